import { packLists, type PackedList } from './packed-lists.js';

/**
 * Nearest neighbours over the training notes: a term's vote is how much of the similarity of the
 * k training notes most like the clip falls on notes labelled with it. A note is the set of the
 * model's features it has (stems, compound heads and stem pairs), each weighed by its idf over the
 * training notes; similarity is the cosine. Each training note keeps only its `KEPT_FEATURES`
 * rarest features, which keeps the index small. It is evidence beside the one-vs-rest weights,
 * which see each term alone: a neighbour carries its whole set of terms.
 */
export interface NeighbourIndex {
  /** The term ids the labels point into. */
  readonly termIds: readonly string[];
  /** Per training note, the indexes of its terms in termIds. */
  readonly labels: readonly (readonly number[])[];
  /** Feature → the training notes that have it, with the feature's TF-IDF weight in their unit vector. */
  readonly postings: ReadonlyMap<string, readonly { note: number; weight: number }[]>;
  /** Feature → its idf over the training notes. */
  readonly idf: ReadonlyMap<string, number>;
  /** How votes are counted, as stored with the index. */
  readonly parameters?: NeighbourParameters;
  /** Per training note, how much its similarity and its counts weigh (absent: 1 each). */
  readonly weights?: Float64Array;
}

/** How a clip's neighbours become votes. */
export interface NeighbourParameters {
  /** How many of the most similar notes vote. */
  readonly k: number;
  /** Each neighbour's similarity is raised to this power: the nearest count most. */
  readonly power: number;
}

export const DEFAULT_NEIGHBOUR_PARAMETERS: NeighbourParameters = { k: 100, power: 1 };

/** How many features each training note keeps in the index (its rarest, by idf). */
export const KEPT_FEATURES = 8;

/**
 * The index as the generated module stores it (scripts/suggestion-neighbours.ts writes it): note
 * numbers and term numbers as digits of URL-safe base 64, which JSON and gzip carry well.
 */
export interface NeighbourData {
  readonly k: number;
  readonly power: number;
  /** The term ids the labels point into. */
  readonly terms: readonly string[];
  /** Per training note, its terms as one digit each (a number into `terms`); notes separated by ','. */
  readonly labels: string;
  /**
   * Per feature of the model (in the model's order), the training notes that keep it: the gaps
   * between their numbers, less one, as variable-length numbers (digits ≥ 32 say another follows);
   * features separated by ','.
   */
  readonly postings: string;
  /** Per training note, its weight as one digit (absent when every note weighs 1). */
  readonly weights?: string;
}

/** A note's features as the index sees them: the model's features it has, each counted once. */
export function neighbourFeatures(values: ReadonlyMap<string, number>, known: { has(feature: string): boolean }): Map<string, number> {
  const kept = new Map<string, number>();
  for (const feature of values.keys()) if (known.has(feature)) kept.set(feature, 1);
  return kept;
}

export const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A number as variable-length digits, most significant first. */
export function encodeNumber(n: number): string {
  let out = DIGITS[n % 32]!;
  for (n = Math.floor(n / 32); n > 0; n = Math.floor(n / 32)) out = DIGITS[32 + (n % 32)]! + out;
  return out;
}

/** The stored form of training notes (each: its kept features, as indexes into `features`, and its terms). */
export function encodeNeighbours(
  notes: readonly { features: readonly number[]; terms: readonly string[]; weight?: number }[],
  featureCount: number,
  p: NeighbourParameters,
): NeighbourData {
  const terms = [...new Set(notes.flatMap((n) => n.terms))].sort();
  if (terms.length > 64) throw new Error(`${terms.length} terms: a label digit holds 64`);
  const at = new Map(terms.map((t, i) => [t, i]));
  const lists: number[][] = Array.from({ length: featureCount }, () => []);
  notes.forEach((n, i) => n.features.forEach((f) => lists[f]!.push(i)));
  const postings = lists
    .map((list) => (list.length < 2 ? '' : list.map((note, j) => encodeNumber(note - (j === 0 ? -1 : list[j - 1]!) - 1)).join('')))
    .join(',');
  const weights = notes.map((n) => n.weight ?? 1);
  if (weights.some((w) => !Number.isInteger(w) || w < 0 || w >= 64)) throw new Error('a note weight must be a whole number from 0 to 63');
  return {
    k: p.k,
    power: p.power,
    terms,
    labels: notes.map((n) => n.terms.map((t) => DIGITS[at.get(t)!]).join('')).join(','),
    postings,
    ...(weights.some((w) => w !== 1) ? { weights: weights.map((w) => DIGITS[w]).join('') } : {}),
  };
}

/** The index from its stored form; `features` is the model's feature list the postings follow. */
export function loadNeighbourIndex(data: NeighbourData, features: readonly string[]): NeighbourIndex {
  const value = new Map([...DIGITS].map((d, i) => [d, i]));
  const labels = data.labels.split(',');
  const weights = data.weights === undefined ? undefined : [...data.weights].map((d) => value.get(d)!);
  const notes = labels.map((l, i) => ({
    values: new Map<string, number>(),
    terms: [...l].map((d) => data.terms[value.get(d)!]!),
    ...(weights ? { weight: weights[i]! } : {}),
  }));
  data.postings.split(',').forEach((list, f) => {
    let note = -1;
    let n = 0;
    for (const digit of list) {
      const v = value.get(digit)!;
      if (v >= 32) n = n * 32 + (v - 32);
      else {
        note += n * 32 + v + 1;
        n = 0;
        notes[note]!.values.set(features[f]!, 1);
      }
    }
  });
  return { ...buildNeighbourIndex(notes), parameters: { k: data.k, power: data.power } };
}

/** A training note as the index is built from: its feature values and its terms. */
export interface NeighbourNote {
  readonly values: ReadonlyMap<string, number>;
  readonly terms: readonly string[];
  /** How much the note's similarity and counts weigh (absent: 1). */
  readonly weight?: number;
}

/** The index of a set of training notes. */
export function buildNeighbourIndex(notes: readonly NeighbourNote[]): NeighbourIndex {
  const df = new Map<string, number>();
  for (const note of notes) for (const feature of note.values.keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
  const idf = new Map<string, number>();
  // A feature of one note matches no other: it only lowers that note's other weights.
  for (const [feature, n] of df) if (n >= 2) idf.set(feature, Math.log(notes.length / n));
  const termIds = [...new Set(notes.flatMap((n) => n.terms))].sort();
  const termAt = new Map(termIds.map((id, i) => [id, i]));
  const postings = new Map<string, { note: number; weight: number }[]>();
  const labels: number[][] = [];
  notes.forEach((note, i) => {
    labels.push(note.terms.map((t) => termAt.get(t)!));
    const vector = weigh(note.values, idf);
    for (const [feature, weight] of vector) {
      const list = postings.get(feature) ?? [];
      list.push({ note: i, weight });
      postings.set(feature, list);
    }
  });
  const weighted = notes.some((n) => (n.weight ?? 1) !== 1);
  return { termIds, labels, postings, idf, ...(weighted ? { weights: Float64Array.from(notes, (n) => n.weight ?? 1) } : {}) };
}

/** A note's TF-IDF unit vector over the features the index knows. */
function weigh(values: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [feature, value] of values) {
    const w = idf.get(feature);
    if (w === undefined) continue;
    vector.set(feature, value * w);
    norm += (value * w) ** 2;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [feature, value] of vector) vector.set(feature, value / norm);
  return vector;
}

const packed = new WeakMap<NeighbourIndex, ReadonlyMap<string, PackedList>>();

/** The index's postings as typed arrays, made once per index (a search reads thousands of them). */
function packedPostings(index: NeighbourIndex): ReadonlyMap<string, PackedList> {
  let map = packed.get(index);
  if (!map)
    packed.set(
      index,
      (map = packLists(
        index.postings,
        (p) => p.note,
        (p) => p.weight,
      )),
    );
  return map;
}

// Scratch arrays kept between calls: a typed array of every note's similarity is 36 kB, and a
// typed array that large lives outside the heap, where allocating one a call was a good part of
// the garbage collector's work. Only the notes touched are set, and they are zeroed after.
let similarityScratch = new Float64Array(0);
let sortScratch = new Float64Array(0);

/** The `k` training notes most like a clip, nearest first: [note, cosine similarity]. Ties: lower note first. */
export function nearestNotes(index: NeighbourIndex, values: ReadonlyMap<string, number>, k: number): [number, number][] {
  if (similarityScratch.length < index.labels.length) similarityScratch = new Float64Array(index.labels.length);
  const similarity = similarityScratch;
  const touched: number[] = [];
  const postings = packedPostings(index);
  for (const [feature, weight] of weigh(values, index.idf)) {
    const list = postings.get(feature);
    if (list === undefined) continue;
    const { at: notes, weights } = list;
    for (let i = 0; i < notes.length; i++) {
      const note = notes[i]!;
      if (similarity[note] === 0) touched.push(note);
      similarity[note]! += weight * weights[i]!;
    }
  }
  // Sorting every note touched (thousands) was the costliest step of a call: only the notes at or
  // above the k-th largest similarity are sorted, which gives the same first k, ties included.
  let candidates = touched;
  if (touched.length > k && k > 0) {
    if (sortScratch.length < touched.length) sortScratch = new Float64Array(Math.max(touched.length, 2 * sortScratch.length));
    const sims = sortScratch.subarray(0, touched.length);
    for (let i = 0; i < touched.length; i++) sims[i] = similarity[touched[i]!]!;
    const kth = sims.sort()[touched.length - k]!;
    candidates = touched.filter((note) => similarity[note]! >= kth);
  }
  const nearest = candidates
    .sort((a, b) => similarity[b]! - similarity[a]! || a - b)
    .slice(0, k)
    .map((note): [number, number] => [note, similarity[note]!]);
  for (const note of touched) similarity[note] = 0;
  return nearest;
}

/**
 * Each term's vote from the nearest notes, by term id: Σ sim^power over the k nearest notes
 * labelled with it, over Σ sim^power of all k (so between 0 and 1). A note labelled with no term
 * votes for none.
 */
export function votesOf(index: NeighbourIndex, nearest: readonly [number, number][], p: NeighbourParameters): Map<string, number> {
  // Summed by term number in the order of the nearest notes, then named: the same sums as by id.
  const sums: number[] = new Array<number>(index.termIds.length).fill(0);
  const seen: number[] = [];
  let total = 0;
  const k = Math.min(p.k, nearest.length);
  for (let n = 0; n < k; n++) {
    const [note, sim] = nearest[n]!;
    const w = (p.power === 1 ? sim : sim ** p.power) * (index.weights?.[note] ?? 1);
    total += w;
    for (const t of index.labels[note]!) {
      if (!seen.includes(t)) seen.push(t);
      sums[t]! += w;
    }
  }
  const votes = new Map<string, number>();
  for (const t of seen) votes.set(index.termIds[t]!, total > 0 ? sums[t]! / total : sums[t]!);
  return votes;
}

/**
 * A clip with fewer of the model's features than this votes with that share: the cosine does not
 * see how much of a clip there is, so without it three words that happen to be in a few notes
 * ("Geen enkel woord uit de woordenlijst") would vote as firmly as a whole note. About the fewest a
 * training note has; the model does the same with its features (MIN_NORM, note-features.ts).
 */
export const MIN_FEATURES = 12;

/** Each term's vote for a clip from its k nearest training notes (`votesOf`), scaled down for a clip of few features. */
export function neighbourVotes(
  index: NeighbourIndex,
  values: ReadonlyMap<string, number>,
  p: NeighbourParameters = index.parameters ?? DEFAULT_NEIGHBOUR_PARAMETERS,
): Map<string, number> {
  return scaleVotes(votesOf(index, nearestNotes(index, values, p.k), p), featureShare(values));
}

/** How much of a note a clip is: its count of the model's features (`values`) as a share of MIN_FEATURES, at most 1. */
export function featureShare(values: ReadonlyMap<string, number>): number {
  return Math.min(1, values.size / MIN_FEATURES);
}

/** Votes times a clip's feature share. */
export function scaleVotes(votes: Map<string, number>, share: number): Map<string, number> {
  if (share < 1) for (const [id, v] of votes) votes.set(id, v * share);
  return votes;
}
