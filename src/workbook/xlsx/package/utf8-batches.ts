/**
 * Text written in pieces and kept as UTF-8, encoded a batch of about BATCH_CHARS at a time: a
 * rendered sheet of 40 MB of XML never exists as one string, and its pieces die young instead of
 * being copied from one heap generation to the next until a final join. Pieces are whole XML
 * constructs, so no character is ever split between two batches.
 */
const BATCH_CHARS = 1024 * 1024;
const encoder = new TextEncoder();

export class Utf8Batches {
  private pending: string[] = [];
  private pendingChars = 0;
  private readonly batches: Uint8Array[] = [];
  private total = 0;

  push(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= BATCH_CHARS) this.flush();
  }

  /** Everything pushed, as one array of UTF-8 bytes (what encoding the joined text gives). */
  bytes(): Uint8Array {
    this.flush();
    if (this.batches.length === 1) return this.batches[0];
    const whole = new Uint8Array(this.total);
    let at = 0;
    for (const batch of this.batches) {
      whole.set(batch, at);
      at += batch.length;
    }
    return whole;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const batch = encoder.encode(this.pending.join(""));
    this.pending = [];
    this.pendingChars = 0;
    this.batches.push(batch);
    this.total += batch.length;
  }
}
