import { hashOfCodeUnits } from './hash-of-text.js';

/**
 * A value made from a piece of text as written (its lower case, a person's key), kept between calls
 * by a hash of the piece's code units: names and capitalised words recur within and across notes,
 * and each occurrence made its strings anew, a large share of a call's garbage. A hit is checked
 * code unit by code unit against the text, so the value is always `make(text.slice(start, end))`.
 *
 * The pieces are found by open addressing in a typed array (each slot the hash plus one and the
 * piece's index), not in a Map of entry objects: on a text of new names most lookups miss, and a
 * Map's bucket, entry, entry object and string were each a miss of the processor's caches.
 */
/** Slots at the start and after each `clear`: grown by doubling as pieces come. */
const INITIAL_SLOTS = 1024;

export class MemoByWritten<T> {
  /** At 2·slot the hash of the slot's piece plus one (0: a free slot), at 2·slot + 1 its index in `written`. */
  private slots = new Int32Array(2 * INITIAL_SLOTS);
  private written: string[] = [];
  private values: T[] = [];

  /** `limit`: beyond this many pieces the memo starts over, a bound far above a note's vocabulary. */
  constructor(
    private readonly make: (written: string) => T,
    private readonly limit = 20000,
  ) {}

  /** Forgets every piece. */
  clear(): void {
    this.slots = new Int32Array(2 * INITIAL_SLOTS);
    this.written = [];
    this.values = [];
  }

  between(text: string, start: number, end: number): T {
    return this.hashedBetween(text, start, end, hashOfCodeUnits(text, start, end));
  }

  /** `between`, given `hashOfCodeUnits(text, start, end)` (a caller that has it already). */
  hashedBetween(text: string, start: number, end: number, hash: number): T {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const tag = slots[2 * slot]!;
      if (tag === 0) break;
      if (tag !== hash + 1) continue;
      const index = slots[2 * slot + 1]!;
      const written = this.written[index]!;
      if (written.length !== end - start) continue;
      let same = true;
      for (let i = start; i < end && same; i++) same = written.charCodeAt(i - start) === text.charCodeAt(i);
      if (same) return this.values[index]!;
    }
    const written = text.slice(start, end);
    const value = this.make(written);
    if (this.written.length >= this.limit) this.clear();
    // A flat copy of the piece, not a view that would keep the whole text alive: V8 copies a slice
    // shorter than 13 code units anyway (most words), and makes a view of a longer one.
    this.written.push(written.length < 13 ? written : (' ' + written).slice(1));
    this.values.push(value);
    if (this.written.length * 2 > this.slots.length >> 1) this.grow();
    this.place(hash, this.written.length - 1);
    return value;
  }

  /** Puts piece `index` with `hash` in the first free slot from its own. */
  private place(hash: number, index: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = hash + 1;
    slots[2 * slot + 1] = index;
  }

  /** Doubles the slots (kept under half full), placing every piece again. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot] !== 0) this.place(old[slot]! - 1, old[slot + 1]!);
  }
}
