/**
 * The text of one string item as it streams past: a shared string `<si>` or an inline string
 * `<is>`. As stringItemText reads it whole: the `<t>` of every run joined (formatting dropped),
 * phonetic runs `<rPh>` (furigana, with their own `<t>`) left out, each run decoded on its own.
 */
import { decodeCellText } from "./shared-strings";
import { XmlStream } from "./xml-stream";

export class StringItemReader {
  text = "";
  private inPhonetic = false;
  private inRun = false;
  private rawLength = 0;

  constructor(private readonly maxRawText: number) {}

  begin(): void {
    this.text = "";
    this.inPhonetic = false;
    this.inRun = false;
    this.rawLength = 0;
  }

  /** A `<t>` or `</t>` inside the item. Returns false when the runs together are over the limit. */
  run(stream: XmlStream): boolean {
    if (this.inPhonetic) return true;
    if (stream.closing) {
      if (!this.inRun) return true;
      this.inRun = false;
      const raw = stream.takeCaptured();
      this.rawLength += raw.length;
      this.text += decodeCellText(raw);
      return this.rawLength <= this.maxRawText;
    }
    if (!stream.empty) {
      this.inRun = true;
      stream.startCapture();
    }
    return true;
  }

  /** An `<rPh>` or `</rPh>` inside the item. */
  phonetic(stream: XmlStream): void {
    if (!stream.empty && !this.inRun) this.inPhonetic = !stream.closing;
  }

  /** The item ends: text still being captured (a `<t>` never closed) is dropped. */
  end(stream: XmlStream): string {
    if (this.inRun) stream.takeCaptured();
    this.inRun = false;
    return this.text;
  }
}
