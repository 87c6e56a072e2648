/** A fixed-capacity set of small integers (story slots), 32 to a word: intersections and counts are word-wide. */
export class Bitset {
  words: Uint32Array;

  constructor(capacity = 0) {
    this.words = new Uint32Array(Math.ceil(capacity / 32));
  }

  static of(capacity: number, members: Iterable<number>): Bitset {
    const set = new Bitset(capacity);
    for (const m of members) set.add(m);
    return set;
  }

  /** Grows (never shrinks) so that `slot` fits. */
  private fit(slot: number): void {
    const need = (slot >>> 5) + 1;
    if (need <= this.words.length) return;
    const next = new Uint32Array(Math.max(need, this.words.length * 2, 32));
    next.set(this.words);
    this.words = next;
  }

  add(slot: number): void {
    this.fit(slot);
    this.words[slot >>> 5]! |= 1 << (slot & 31);
  }

  delete(slot: number): void {
    if (slot >>> 5 < this.words.length) this.words[slot >>> 5]! &= ~(1 << (slot & 31));
  }

  has(slot: number): boolean {
    return ((this.words[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
  }

  clone(): Bitset {
    const copy = new Bitset();
    copy.words = this.words.slice();
    return copy;
  }

  /** Keeps only the members `other` has too (in place). */
  and(other: Bitset): this {
    const a = this.words;
    const b = other.words;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) a[i]! &= b[i]!;
    a.fill(0, n);
    return this;
  }

  /** Adds the members of `other` (in place). */
  or(other: Bitset): this {
    if (other.words.length > this.words.length) this.fit(other.words.length * 32 - 1);
    const a = this.words;
    const b = other.words;
    for (let i = 0; i < b.length; i++) a[i]! |= b[i]!;
    return this;
  }

  size(): number {
    let n = 0;
    for (const word of this.words) n += popcount(word);
    return n;
  }

  /** How many members this and `other` share, without building the intersection. */
  sizeAnd(other: Bitset): number {
    const a = this.words;
    const b = other.words;
    const n = Math.min(a.length, b.length);
    let count = 0;
    for (let i = 0; i < n; i++) count += popcount(a[i]! & b[i]!);
    return count;
  }

  *[Symbol.iterator](): IterableIterator<number> {
    const w = this.words;
    for (let i = 0; i < w.length; i++) {
      let word = w[i]!;
      while (word !== 0) {
        const low = word & -word;
        yield (i << 5) + (31 - Math.clz32(low));
        word ^= low;
      }
    }
  }
}

export function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
