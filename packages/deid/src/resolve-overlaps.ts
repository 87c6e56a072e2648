import type { Label, Span } from './labels.js';

/** Which label wins where two detections overlap: the more specific, validated kinds first. */
const PRIORITY: Label[] = [
  'EMAIL',
  'URL',
  'IBAN',
  'BSN',
  'PHONE',
  'POSTCODE',
  'LICENSE_PLATE',
  'CASE_ID',
  'DATE',
  'ADDRESS',
  'INSTITUTION',
  'AGE',
  'PERSON',
  'CITY',
];
const RANK = Object.fromEntries(PRIORITY.map((label, rank) => [label, rank])) as Record<Label, number>;

/** Higher priority first, then the longer span, then the earlier; equal ones in the order found. */
const byPriority = (a: Span, b: Span) =>
  placeAroundPerson(a, b) - placeAroundPerson(b, a) ||
  addressAroundDate(a, b) - addressAroundDate(b, a) ||
  RANK[a.label] - RANK[b.label] ||
  b.end - b.start - (a.end - a.start) ||
  a.start - b.start;
/** -1 where `a` is a listed place that holds the person `b` and more ("Midden-Drenthe" around a name "Drenthe" found elsewhere): the place wins. */
const placeAroundPerson = (a: Span, b: Span) =>
  a.source === 'city-lexicon' && b.label === 'PERSON' && a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start ? -1 : 0;

/** -1 where `a` is a street whose house number `b` was read as a day and a month ("Reigerhof 22-4"): the address wins. */
const addressAroundDate = (a: Span, b: Span) =>
  a.label === 'ADDRESS' && b.label === 'DATE' && a.start < b.start && b.end === a.end ? -1 : 0;

/**
 * Sorts the first `size` items of a list in place, stably, by insertion: groups of overlapping spans
 * have a handful of members, and Array.prototype.sort allocates work space on every call (hundreds
 * of calls a clip).
 */
function sortFirst<T>(list: T[], size: number, compare: (a: T, b: T) => number): void {
  if (size > 32) {
    const sorted = list.slice(0, size).sort(compare);
    for (let i = 0; i < size; i++) list[i] = sorted[i]!;
    return;
  }
  for (let i = 1; i < size; i++) {
    const item = list[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(list[j]!, item) > 0; j--) list[j + 1] = list[j]!;
    list[j + 1] = item;
  }
}

/**
 * The greedy choice among the first `size` spans of `group`, which overlap one another: each span
 * in priority order, kept if it overlaps none kept before it. Writes the kept ones to the start of
 * `chosen` in text order (so that the whole list comes out sorted without sorting it) and returns
 * how many. `group` is reordered.
 */
function chooseInto(group: Span[], size: number, chosen: Span[]): number {
  sortFirst(group, size, byPriority);
  let count = 0;
  // By index, and the comparators made once: a few hundred groups a call each left an iterator result and closures.
  for (let r = 0; r < size; r++) {
    const span = group[r]!;
    let free = true;
    for (let c = 0; c < count && free; c++) free = chosen[c]!.end <= span.start || chosen[c]!.start >= span.end;
    if (free) chosen[count++] = span;
  }
  sortFirst(chosen, count, byStart);
  return count;
}
const byStart = (a: Span, b: Span) => a.start - b.start;
/**
 * Work space of a group of three or more overlapping spans, reused from group to group with counts
 * of its own: `list.length = 0` gives V8's backing store away, so each group grew three new ones
 * (about 160 kB a 50 kB selection).
 */
let groupIndices = new Int32Array(64);
const groupSpans: Span[] = [];
const chosenScratch: Span[] = [];

/** Work space kept between calls (a call sorts a few thousand keys): grown when a list is longer, never shrunk. */
let keyPool = new Float64Array(4096);
let orderPool = new Int32Array(4096);

/**
 * Keeps a set of non-overlapping spans: higher priority first, then the longer span, then the
 * earlier. Spans that overlap nothing are kept as they are; only groups of overlapping spans
 * need the priority order, so the work is a sort by start and small sorts per group.
 */
export function resolveOverlaps(spans: readonly Span[]): Span[] {
  // Detectors make no empty spans: the list itself then, not a copy of it.
  const valid = spans.every((span) => span.end > span.start) ? spans : spans.filter((span) => span.end > span.start);
  // Numbers sort much faster than objects: the start and the position in the list in one number.
  const SLOTS = 2 ** 21;
  if (valid.length >= SLOTS) {
    const group = [...valid];
    const chosen = new Array<Span>(group.length);
    chosen.length = chooseInto(group, group.length, chosen);
    return chosen;
  }
  if (keyPool.length < valid.length) {
    keyPool = new Float64Array(valid.length * 2);
    orderPool = new Int32Array(valid.length * 2);
  }
  const keys = keyPool.subarray(0, valid.length);
  for (let i = 0; i < valid.length; i++) keys[i] = valid[i]!.start * SLOTS + i;
  keys.sort();
  // The positions in the list, once: % on doubles is a call to fmod, and each key was read three times.
  const order = orderPool;
  for (let k = 0; k < keys.length; k++) order[k] = keys[k]! - Math.floor(keys[k]! / SLOTS) * SLOTS;
  // Sized once (at most every span is kept) and cut to length at the end: no list grown push by push.
  const kept = new Array<Span>(valid.length);
  let count = 0;
  const spanAt = (k: number) => valid[order[k]!]!;
  /** Settles the spans of keys[from, to): a group that overlaps nothing outside it. */
  const settle = (from: number, to: number) => {
    if (to - from === 1) kept[count++] = spanAt(from);
    // Two spans that overlap (the common case: one name found by two rules): the first by priority wins, or the first found.
    else if (to - from === 2) {
      const a = order[from]!;
      const b = order[from + 1]!;
      const first = valid[Math.min(a, b)]!;
      const second = valid[Math.max(a, b)]!;
      kept[count++] = byPriority(first, second) <= 0 ? first : second;
    } else if (to > from) {
      // In the order found, so that equal priorities are settled as the detectors listed them (the sort is stable).
      const size = to - from;
      if (groupIndices.length < size) groupIndices = new Int32Array(size * 2);
      for (let k = from; k < to; k++) groupIndices[k - from] = order[k]!;
      if (size > 32) groupIndices.subarray(0, size).sort();
      else
        for (let i = 1; i < size; i++) {
          const index = groupIndices[i]!;
          let j = i - 1;
          for (; j >= 0 && groupIndices[j]! > index; j--) groupIndices[j + 1] = groupIndices[j]!;
          groupIndices[j + 1] = index;
        }
      for (let g = 0; g < size; g++) groupSpans[g] = valid[groupIndices[g]!]!;
      const chosen = chooseInto(groupSpans, size, chosenScratch);
      for (let c = 0; c < chosen; c++) kept[count++] = chosenScratch[c]!;
    }
  };
  let groupStart = 0;
  let groupEnd = -1;
  for (let k = 0; k < keys.length; k++) {
    const span = valid[order[k]!]!;
    if (span.start >= groupEnd) {
      settle(groupStart, k);
      groupStart = k;
    }
    groupEnd = Math.max(groupEnd, span.end);
  }
  settle(groupStart, keys.length);
  kept.length = count;
  // Groups come in order of their start; only the spans kept within a group may need ordering.
  return kept.every((span, i) => i === 0 || kept[i - 1]!.start <= span.start) ? kept : kept.sort((a, b) => a.start - b.start);
}
