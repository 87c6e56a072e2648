/**
 * A value made from a piece of text as written (its lower case, a person's key), kept between calls
 * by a hash of the piece's code units: names and capitalised words recur within and across notes,
 * and each occurrence made its strings anew, a large share of a call's garbage. A hit is checked
 * code unit by code unit against the text, so the value is always `make(text.slice(start, end))`.
 */
export class MemoByWritten<T> {
  private readonly entries = new Map<number, { written: string; value: T }>();

  /** `limit`: beyond this many pieces the memo starts over, a bound far above a note's vocabulary. */
  constructor(
    private readonly make: (written: string) => T,
    private readonly limit = 20000,
  ) {}

  /** Forgets every piece. */
  clear(): void {
    this.entries.clear();
  }

  between(text: string, start: number, end: number): T {
    // FNV-1a, cut to 30 bits: small integers, which map lookups take without making a number object.
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    hash &= 0x3fffffff;
    const known = this.entries.get(hash);
    if (known !== undefined && known.written.length === end - start) {
      const written = known.written;
      let same = true;
      for (let i = start; i < end && same; i++) same = written.charCodeAt(i - start) === text.charCodeAt(i);
      if (same) return known.value;
    }
    const written = text.slice(start, end);
    const value = this.make(written);
    if (this.entries.size >= this.limit) this.entries.clear();
    // A flat copy of the piece, not a view that would keep the whole text alive: V8 copies a slice
    // shorter than 13 code units anyway (most words), and makes a view of a longer one.
    this.entries.set(hash, { written: written.length < 13 ? written : (' ' + written).slice(1), value });
    return value;
  }
}
