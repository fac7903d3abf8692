/**
 * Looking records up by ID the way governance matches them: exactly, else ignoring case. The
 * exact lookup comes first so that the usual case (IDs typed consistently) allocates nothing.
 */
export class IdMap<T> {
  private readonly exact = new Map<string, T>();
  private readonly folded = new Map<string, T>();

  /** The first value set for an ID wins, as the first row of a duplicated ID does. */
  set(id: string, value: T): void {
    if (!this.exact.has(id)) this.exact.set(id, value);
    const folded = id.toLowerCase();
    if (!this.folded.has(folded)) this.folded.set(folded, value);
  }

  get(id: string): T | undefined {
    return this.exact.get(id) ?? this.folded.get(id.toLowerCase());
  }
}
