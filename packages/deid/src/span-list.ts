import type { Label, Span } from './labels.js';

/**
 * The spans of one label that a detector finds, each extent once. Where a second rule finds the
 * same extent, its span could never be kept (the first found wins a tie), so it is not made at all:
 * fewer objects for the collector and for settling overlaps.
 */
export class SpanList {
  readonly spans: Span[] = [];
  /** The length of the extent found at each start; a list where one start has several. Small integers: no number objects. */
  private readonly lengths = new Map<number, number | number[]>();

  constructor(private readonly label: Label) {}

  add(start: number, end: number, source: string): void {
    const length = end - start;
    const known = this.lengths.get(start);
    if (known === undefined) this.lengths.set(start, length);
    else if (known === length || (Array.isArray(known) && known.includes(length))) return;
    else this.lengths.set(start, Array.isArray(known) ? [...known, length] : [known, length]);
    this.spans.push({ start, end, label: this.label, source });
  }
}
