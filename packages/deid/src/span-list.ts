import type { Label, Span } from './labels.js';

/**
 * The spans of one label that a detector finds, each extent once. Where a second rule finds the
 * same extent, its span could never be kept (the first found wins a tie), so it is not made at all:
 * fewer objects for the collector and for settling overlaps.
 */
export class SpanList {
  readonly spans: Span[] = [];
  /**
   * The extents seen, as an open-addressing set of (start, length) pairs in typed arrays (-1 marks
   * a free slot): a Map of starts grew its table and boxed lists on the heap, about 80 kB a 50 kB
   * selection.
   */
  private starts = new Int32Array(256).fill(-1);
  private lengths = new Int32Array(256);
  private size = 0;

  constructor(private readonly label: Label) {}

  add(start: number, end: number, source: string): void {
    const length = end - start;
    if (!this.insert(start, length)) return;
    this.spans.push({ start, end, label: this.label, source });
  }

  /** Adds the extent to the set; false if it was there already. */
  private insert(start: number, length: number): boolean {
    const mask = this.starts.length - 1;
    let slot = Math.imul(start * 31 + length, 0x9e3779b1) >>> 0;
    for (slot &= mask; this.starts[slot] !== -1; slot = (slot + 1) & mask)
      if (this.starts[slot] === start && this.lengths[slot] === length) return false;
    this.starts[slot] = start;
    this.lengths[slot] = length;
    if (++this.size * 2 > this.starts.length) this.grow();
    return true;
  }

  private grow(): void {
    const starts = this.starts;
    const lengths = this.lengths;
    this.starts = new Int32Array(starts.length * 2).fill(-1);
    this.lengths = new Int32Array(starts.length * 2);
    this.size = 0;
    for (let slot = 0; slot < starts.length; slot++) if (starts[slot] !== -1) this.insert(starts[slot]!, lengths[slot]!);
  }
}
