/**
 * A forward-only XML tokenizer over text that arrives in pieces, for the part readers that must not
 * hold a whole part (a worksheet can be gigabytes). It finds tags with indexOf and hands each to
 * its handler with the name already located; character data is skipped unless the handler asks
 * for it (`startCapture`), so text nobody reads is never copied. Comments, processing
 * instructions and declarations are skipped; a CDATA section is captured as written, markers
 * included, for decodeCellText to unwrap with the rest.
 *
 * Between pieces it keeps only what is unfinished: a tag not yet closed (bounded by maxTagLength),
 * or the last few characters of a comment, CDATA section or PI that might begin its terminator.
 * No character is searched more than a bounded number of times: a tag left open is searched for
 * ">" in the new text only, and what a handler reads ahead (see XmlTagHandler.tag) is either
 * skipped by the scan or, when the handler gives up, read by it once more.
 *
 * Like the hand-written scanner before it, a tag ends at the first ">": SpreadsheetML attribute
 * values we read (r, s, t) never hold one.
 */
import { ScanLimits } from "./scan-limits";
import { leadingDigits } from "./tag-attributes";

export interface XmlTagHandler {
  /**
   * A start, end or empty-element tag; its position and name are on the stream. Returns where
   * scanning resumes in `stream.source` when the handler read past the tag itself, else -1.
   */
  tag(stream: XmlStream): number;
  /** The error to throw when a tag or a captured text is over its limit. */
  overLimit(what: "tag" | "text", limit: number): Error;
}

const SLASH = 47;
const COLON = 58;
const BANG = 33;
const QUESTION = 63;

// What a piece ended inside of.
const NOTHING = 0;
const MARKUP_START = 1; // "<", "<!", "<![CD": too short to tell a tag from a comment or CDATA
const TAG = 2;
const SKIPPED = 3; // comment, PI or declaration
const CDATA = 4;

const COMMENT_START = "<!--";
const CDATA_START = "<![CDATA[";

export class XmlStream {
  /** The current tag: source[lt] is "<", source[gt] is ">". */
  source = "";
  lt = 0;
  gt = 0;
  /** The local name (after any prefix such as "x:") is source[localStart, nameEnd). */
  localStart = 0;
  nameEnd = 0;
  closing = false;
  empty = false;
  /** Set by the handler when nothing after this point matters: the rest is not even decoded. */
  stopped = false;

  private capturing = false;
  // The captured text: while it is one piece, only where it is (most values are, and reading a
  // shared-string index from there allocates nothing); from a second piece on, joined.
  private pieces = 0;
  private pieceSource = "";
  private pieceFrom = 0;
  private pieceTo = 0;
  private captured = "";
  private pending = NOTHING;
  /** The unfinished tag, or the tail that may begin a terminator. */
  private held = "";
  private terminator = "";

  constructor(
    private readonly handler: XmlTagHandler,
    private readonly limits: ScanLimits,
  ) {}

  /** Whether the text so far ends inside a tag, comment, CDATA section or PI. */
  get insideMarkup(): boolean {
    return this.pending !== NOTHING;
  }

  /** Character data from here on is gathered (raw: entities and CDATA as written) until taken. */
  startCapture(): void {
    this.capturing = true;
    this.pieces = 0;
  }

  takeCaptured(): string {
    this.capturing = false;
    const pieces = this.pieces;
    this.pieces = 0;
    if (pieces <= 1) return pieces === 0 ? "" : this.pieceSource.slice(this.pieceFrom, this.pieceTo);
    const text = this.captured;
    this.captured = "";
    return text;
  }

  /** The non-negative integer the captured text starts with, or -1 (see leadingDigits). */
  capturedDigits(): number {
    if (this.pieces === 1) return leadingDigits(this.pieceSource, this.pieceFrom, this.pieceTo);
    return this.pieces === 0 ? -1 : leadingDigits(this.captured, 0, this.captured.length);
  }

  /** Ends the capture, its text not wanted. */
  dropCaptured(): void {
    this.capturing = false;
    this.pieces = 0;
    this.captured = "";
  }

  push(text: string): void {
    if (this.stopped || text.length === 0) return;
    switch (this.pending) {
      case NOTHING:
        this.scan(text, 0);
        return;
      case TAG: {
        const gt = text.indexOf(">");
        if (gt < 0) {
          this.held += text;
          if (this.held.length > this.limits.maxTagLength) throw this.handler.overLimit("tag", this.limits.maxTagLength);
          return;
        }
        const tag = this.held + text.slice(0, gt + 1);
        this.pending = NOTHING;
        this.held = "";
        // Nothing follows the joined tag, so its handler cannot read past it.
        this.emitTag(tag, 0, tag.length - 1);
        this.scan(text, gt + 1);
        return;
      }
      case MARKUP_START: {
        const joined = this.held + text;
        this.pending = NOTHING;
        this.held = "";
        this.scan(joined, 0);
        return;
      }
      default: {
        // The held tail is a few characters: joining it costs nothing.
        const joined = this.held + text;
        const kind = this.pending;
        this.pending = NOTHING;
        this.held = "";
        const next = kind === CDATA ? this.cdata(joined, 0) : this.skipUntil(joined, 0, this.terminator);
        this.scan(joined, next);
      }
    }
  }

  private scan(s: string, from: number): void {
    const length = s.length;
    let pos = from;
    while (pos < length && !this.stopped) {
      const lt = s.indexOf("<", pos);
      if (lt < 0) {
        if (this.capturing) this.capture(s, pos, length);
        return;
      }
      if (this.capturing && lt > pos) this.capture(s, pos, lt);
      if (lt + 1 === length) {
        this.hold(MARKUP_START, s.slice(lt));
        return;
      }
      const next = s.charCodeAt(lt + 1);
      if (next === BANG || next === QUESTION) {
        pos = this.markup(s, lt, next);
        continue;
      }
      const gt = s.indexOf(">", lt + 1);
      if (gt < 0) {
        this.hold(TAG, s.slice(lt));
        if (length - lt > this.limits.maxTagLength) throw this.handler.overLimit("tag", this.limits.maxTagLength);
        return;
      }
      const resume = this.emitTag(s, lt, gt);
      pos = resume >= 0 ? resume : gt + 1;
    }
  }

  private emitTag(s: string, lt: number, gt: number): number {
    if (gt - lt >= this.limits.maxTagLength) throw this.handler.overLimit("tag", this.limits.maxTagLength);
    let i = lt + 1;
    const closing = s.charCodeAt(i) === SLASH;
    if (closing) i++;
    let localStart = i;
    for (; i < gt; i++) {
      const code = s.charCodeAt(i);
      if (code === COLON) localStart = i + 1;
      else if (code <= 32 || code === SLASH) break;
    }
    this.source = s;
    this.lt = lt;
    this.gt = gt;
    this.localStart = localStart;
    this.nameEnd = i;
    this.closing = closing;
    this.empty = !closing && s.charCodeAt(gt - 1) === SLASH;
    return this.handler.tag(this);
  }

  /** A comment, CDATA section, PI or declaration at s[lt]; where scanning resumes. */
  private markup(s: string, lt: number, next: number): number {
    if (next === QUESTION) return this.skipUntil(s, lt + 2, "?>");
    const available = s.length - lt;
    if (available < CDATA_START.length) {
      const start = s.slice(lt);
      const mayBe = (marker: string) => start.length < marker.length && marker.startsWith(start);
      if (mayBe(COMMENT_START) || mayBe(CDATA_START)) {
        this.hold(MARKUP_START, start);
        return s.length;
      }
    }
    if (s.startsWith(COMMENT_START, lt)) return this.skipUntil(s, lt + COMMENT_START.length, "-->");
    if (s.startsWith(CDATA_START, lt)) {
      if (this.capturing) this.capture(s, lt, lt + CDATA_START.length);
      return this.cdata(s, lt + CDATA_START.length);
    }
    return this.skipUntil(s, lt + 2, ">");
  }

  /** Past `terminator` at or after `from`; or, not there yet, holds what may begin it. */
  private skipUntil(s: string, from: number, terminator: string): number {
    const end = s.indexOf(terminator, from);
    if (end >= 0) return end + terminator.length;
    this.terminator = terminator;
    this.hold(SKIPPED, s.slice(Math.max(from, s.length - terminator.length + 1)));
    return s.length;
  }

  /** Inside a CDATA section from `from`: its text is captured when wanted, up to "]]>". */
  private cdata(s: string, from: number): number {
    const end = s.indexOf("]]>", from);
    if (end >= 0) {
      if (this.capturing) this.capture(s, from, end + 3);
      return end + 3;
    }
    const keep = Math.max(from, s.length - 2);
    if (this.capturing && keep > from) this.capture(s, from, keep);
    this.hold(CDATA, s.slice(keep));
    return s.length;
  }

  private hold(kind: number, text: string): void {
    this.pending = kind;
    this.held = text;
  }

  private capture(s: string, from: number, to: number): void {
    if (this.pieces === 0) {
      this.pieceSource = s;
      this.pieceFrom = from;
      this.pieceTo = to;
      this.pieces = 1;
      if (to - from <= this.limits.maxElementText) return;
    } else {
      if (this.pieces === 1) this.captured = this.pieceSource.slice(this.pieceFrom, this.pieceTo);
      this.captured += s.slice(from, to);
      this.pieces++;
      if (this.captured.length <= this.limits.maxElementText) return;
    }
    throw this.handler.overLimit("text", this.limits.maxElementText);
  }
}
