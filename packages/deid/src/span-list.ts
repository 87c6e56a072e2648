import type { Label, Span } from './labels.js';

/** Extents up to this length get a numeric key; longer ones (never a name or address) are always kept. */
const LONGEST_KEYED = 2 ** 24;

/**
 * The spans of one label that a detector finds, each extent once. Where a second rule finds the
 * same extent, its span could never be kept (the first found wins a tie), so it is not made at all:
 * fewer objects for the collector and for settling overlaps.
 */
export class SpanList {
  readonly spans: Span[] = [];
  private readonly extents = new Set<number>();

  constructor(private readonly label: Label) {}

  add(start: number, end: number, source: string): void {
    if (end - start < LONGEST_KEYED) {
      const key = start * LONGEST_KEYED + (end - start);
      if (this.extents.has(key)) return;
      this.extents.add(key);
    }
    this.spans.push({ start, end, label: this.label, source });
  }

  has(start: number, end: number): boolean {
    return end - start < LONGEST_KEYED && this.extents.has(start * LONGEST_KEYED + (end - start));
  }
}
