import type { Label, Span } from './labels.js';

/**
 * The set of extents of the SpanList that added last: one open-addressing table of (start, length)
 * pairs in typed arrays, kept between lists and calls. A slot is taken where its stamp is the
 * table's generation; a new generation frees every slot at once. Each list made its own tables and
 * grew them three times on a 50 kB text (eight typed arrays, each a buffer outside the heap, about
 * 2 % of a call), where one table of the largest size seen serves them all.
 */
const table = {
  stamps: new Int32Array(1024),
  starts: new Int32Array(1024),
  lengths: new Int32Array(1024),
  generation: 1,
  /** The list whose extents the table holds now (null: none). */
  owner: null as SpanList | null,
};

/**
 * The spans of one label that a detector finds, each extent once. Where a second rule finds the
 * same extent, its span could never be kept (the first found wins a tie), so it is not made at all:
 * fewer objects for the collector and for settling overlaps. The lists share one table of extents:
 * fill one list at a time, since a list that finds another used the table since puts all its own
 * extents back (a refill a switch, so lists filled in turns cost the product of their sizes).
 */
export class SpanList {
  readonly spans: Span[] = [];

  constructor(private readonly label: Label) {}

  add(start: number, end: number, source: string): void {
    // Another list added since this one did (two lists in use at once): the table takes this list's extents back.
    if (table.owner !== this) this.own();
    const length = end - start;
    if (!insert(start, length)) return;
    this.spans.push({ start, end, label: this.label, source });
    if (this.spans.length * 2 > table.stamps.length) grow(this.spans);
  }

  /** Makes the table hold this list's extents (each of its spans is one, and once). */
  private own(): void {
    table.owner = this;
    if (this.spans.length * 2 > table.stamps.length) grow(this.spans);
    else refill(this.spans);
  }
}

/** Adds the extent to the table; false if it was there already. */
function insert(start: number, length: number): boolean {
  const { stamps, starts, lengths, generation } = table;
  const mask = stamps.length - 1;
  let slot = Math.imul(start * 31 + length, 0x9e3779b1) >>> 0;
  for (slot &= mask; stamps[slot] === generation; slot = (slot + 1) & mask)
    if (starts[slot] === start && lengths[slot] === length) return false;
  stamps[slot] = generation;
  starts[slot] = start;
  lengths[slot] = length;
  return true;
}

/** Empties the table (a new generation) and puts the spans' extents in it. */
function refill(spans: readonly Span[]): void {
  // Stamps are compared for equality only; past 2^31 generations the table starts over from zeroed stamps.
  if (table.generation === 0x7fffffff) {
    table.stamps.fill(0);
    table.generation = 0;
  }
  table.generation++;
  for (let s = 0; s < spans.length; s++) insert(spans[s]!.start, spans[s]!.end - spans[s]!.start);
}

/** A table twice as large (at most half full after), holding the spans' extents. */
function grow(spans: readonly Span[]): void {
  let size = table.stamps.length * 2;
  while (spans.length * 2 > size) size *= 2;
  table.stamps = new Int32Array(size);
  table.starts = new Int32Array(size);
  table.lengths = new Int32Array(size);
  table.generation = 0;
  refill(spans);
}

/** The index of the first of the sorted, non-overlapping spans that ends after `position` (their length if none does), by bisection. */
export function firstEndingAfter(spans: readonly Span[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.end <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether any span of `spans` (sorted, non-overlapping) overlaps [start, end). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const first = firstEndingAfter(spans, start);
  return first < spans.length && spans[first]!.start < end;
}

/** The spans without those `drop` holds for; the same array where it holds for none, so an unchanged list is not copied. */
export function withoutSpansWhere(spans: Span[], drop: (span: Span) => boolean): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (!drop(span)) out?.push(span);
    else out ??= spans.slice(0, i);
  }
  return out ?? spans;
}
