/**
 * The shared-strings part (sharedStrings.xml) read as its bytes stream in, with parseSharedStrings'
 * rules (see string-item.ts), in one forward pass: a table of millions of strings, or one string
 * of hundreds of millions of characters, is never held as a whole part. A string over Excel's
 * cell limit is cut, with a note (`notes()`); one past ScanLimits' raw text bound throws
 * SheetLimitError, and a part that ends early SheetDamagedError (a missing string would
 * otherwise read as a blank cell).
 */
import { failingAgain, formatCount, ScanLimits, scanLimits, ScanNote, SheetDamagedError, SheetLimitError } from "./scan-limits";
import { StringItemReader } from "./string-item";
import { Utf8Chunks } from "./utf8-chunks";
import { XmlStream, XmlTagHandler } from "./xml-stream";
import { truncateText } from "./xml-text";

export interface SharedStringsScanner {
  push(chunk: Uint8Array): void;
  /** The strings by index; throws SheetDamagedError when the part was cut short. */
  finish(): string[];
  /** Strings cut to the cell limit so far. */
  notes(): readonly ScanNote[];
}

const PART = "the shared strings (sharedStrings.xml)";

export function createSharedStringsScanner(limits?: Partial<ScanLimits>): SharedStringsScanner {
  const handler = new SharedStringsHandler(scanLimits(limits));
  const stream = new XmlStream(handler, handler.limits);
  const text = new Utf8Chunks();
  let finished = false;
  const guarded = failingAgain();
  return {
    push(chunk) {
      if (finished) throw new Error("The shared strings were pushed to after they were finished");
      guarded(() => stream.push(text.decode(chunk)));
    },
    finish() {
      guarded(() => {
        if (finished) return;
        finished = true;
        stream.push(text.end());
        // No root element at all is a part cut before it began.
        if (stream.insideMarkup || handler.depth > 0 || !handler.sawRoot) {
          throw new SheetDamagedError(`The workbook is damaged (${PART} end before their end), so it cannot be read whole; open it in Excel and save it again`);
        }
      });
      return handler.strings;
    },
    notes: () => handler.notes,
  };
}

class SharedStringsHandler implements XmlTagHandler {
  readonly strings: string[] = [];
  readonly notes: ScanNote[] = [];
  /** Open elements: a part that ends with some still open was cut short. */
  depth = 0;
  sawRoot = false;
  private inItem = false;
  private readonly item: StringItemReader;

  constructor(readonly limits: ScanLimits) {
    this.item = new StringItemReader(limits.maxElementText);
  }

  tag(stream: XmlStream): number {
    this.sawRoot = true;
    if (stream.closing) this.depth--;
    else if (!stream.empty) this.depth++;
    const s = stream.source;
    const local = stream.localStart;
    const length = stream.nameEnd - local;
    if (length === 2 && s.charCodeAt(local) === 115 && s.charCodeAt(local + 1) === 105) this.itemTag(stream);
    else if (!this.inItem) return -1;
    else if (length === 1 && s.charCodeAt(local) === 116) {
      if (!this.item.run(stream)) throw this.overLimit("text", this.limits.maxElementText);
    } else if (length === 3 && s.startsWith("rPh", local)) this.item.phonetic(stream);
    return -1;
  }

  overLimit(what: "tag" | "text", limit: number): Error {
    const holds = what === "tag" ? `an XML tag over ${formatCount(limit)} characters long` : `a string of over ${formatCount(limit)} characters of XML text`;
    const where = this.inItem ? ` (string ${formatCount(this.strings.length)})` : "";
    return new SheetLimitError(`The workbook's shared strings hold ${holds}${where}; Excel writes nothing that large, so the workbook is damaged or was not made by a spreadsheet program`);
  }

  private itemTag(stream: XmlStream): void {
    if (stream.closing) {
      if (this.inItem) this.add(this.item.end(stream));
      this.inItem = false;
    } else if (stream.empty) this.add("");
    else if (!this.inItem) {
      this.inItem = true;
      this.item.begin();
    }
  }

  private add(text: string): void {
    const limit = this.limits.maxCellText;
    if (text.length > limit) {
      const index = this.strings.length;
      this.notes.push({ sharedString: index, message: `Shared string ${formatCount(index)} is longer than Excel's ${formatCount(limit)} characters; it was cut to that length` });
    }
    this.strings.push(text.length > limit ? truncateText(text, limit) : text);
  }
}
