import { evidenceWeight } from './everyday-senses.js';
import type { Word } from './dutch-words.js';
import { packLists, type PackedList } from './packed-lists.js';
import { weightsByFeature, type TermModelData } from './term-model.js';

/**
 * A second per-term logistic model learnt from the training notes (suggest17), over other features than the first
 * (term-model.ts): every content word's stem and the character grams of its folded form, idf-weighted, each half
 * scaled to unit length. It keeps the weak words of a situation ("aanmaning", "beslag", "deurwaarder" for a debt
 * theme the clip never names), which the first model prunes, and the grams let a word form the notes never had
 * share their evidence. As `scripts/train-gram-model.ts` writes it to `src/generated/suggestion-gram-model.ts`.
 * Not in the ranking (suggest17 kept none of it: docs/suggestion-rounds.md) and not exported by index.ts, so the
 * extension does not ship it; it stays beside the model it extends for the scripts and tests of a later round.
 */
export interface GramModelData {
  readonly gramSize: number;
  /** How much the grams count beside the stems. */
  readonly gramWeight: number;
  /** The smallest norm of a training note's stems and of its grams: a shorter clip is not scaled up past it. */
  readonly minNorms: readonly [number, number];
  /**
   * The idf a feature the model does not keep counts with in a clip's norm (as rare as a kept feature can be): a
   * clip mostly of other words is less like every term, as it was in training.
   */
  readonly unseenIdf: number;
  /** Every feature of the model (a stem, or '#' and a gram), sorted; weights point into this list. */
  readonly features: readonly string[];
  /** Each feature's idf over the training notes, in the order of `features`. */
  readonly idf: readonly number[];
  /** Each term's bias and weights, stored as the first model stores them (flat pairs of feature index and weight). */
  readonly terms: TermModelData['terms'];
}

/** The model as scoring reads it: feature → its idf, and the terms that weigh it. */
export interface GramModel {
  readonly ids: readonly string[];
  readonly biases: readonly number[];
  readonly gramSize: number;
  readonly gramWeight: number;
  readonly minNorms: readonly [number, number];
  readonly unseenIdf: number;
  readonly idf: ReadonlyMap<string, number>;
  readonly byFeature: ReadonlyMap<string, PackedList>;
}

export const isGramFeature = (feature: string) => feature.startsWith('#');

export function loadGramModel(data: GramModelData): GramModel {
  const lists = weightsByFeature(data);
  return {
    ids: data.terms.map((t) => t.id),
    biases: data.terms.map((t) => t.bias),
    gramSize: data.gramSize,
    gramWeight: data.gramWeight,
    minNorms: data.minNorms,
    unseenIdf: data.unseenIdf,
    idf: new Map(data.features.map((f, i) => [f, data.idf[i]!])),
    byFeature: packLists(
      lists,
      (e) => e.term,
      (e) => e.weight,
    ),
  };
}

/** Each text's features (of `stemGramCounts`) and, per feature, in how many texts it is. */
export function stemGramDocumentFrequencies(texts: readonly (readonly Word[])[], gramSize: number) {
  const counts = texts.map((words) => stemGramCounts(words, gramSize));
  const df = new Map<string, number>();
  for (const c of counts) for (const feature of c.keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
  return { counts, df };
}

/** A text's features as counts: content stems and the grams of their folded forms, each everyday sense weighed. */
export function stemGramCounts(words: readonly Word[], gramSize: number): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    // Numbers (ages, amounts, dates) say nothing about a term, as in the first model.
    const weight = word.stop || /^\d+$/.test(word.folded) ? 0 : evidenceWeight(words, at);
    if (weight <= 0) continue;
    add(word.stem, weight);
    const marked = `^${word.folded}$`;
    for (let i = 0; i + gramSize <= marked.length; i++) add(`#${marked.slice(i, i + gramSize)}`, weight);
  }
  return counts;
}

/** The norms of a text's stems and of its grams under `idf` (a feature it does not know counts with `unseenIdf`). */
export function stemGramNorms(counts: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>, unseenIdf = 0): [number, number] {
  let [stems, grams] = [0, 0];
  for (const [feature, n] of counts) {
    const f = idf.get(feature) ?? unseenIdf;
    const v = Math.log1p(n) * f;
    if (isGramFeature(feature)) grams += v * v;
    else stems += v * v;
  }
  return [Math.sqrt(stems), Math.sqrt(grams)];
}

/**
 * Idf-weighted, log-damped counts, the stems and the grams each scaled to unit length (grams then × `gramWeight`);
 * a norm below `minNorms` counts as that (a few words are not a note).
 */
export function stemGramVector(
  counts: ReadonlyMap<string, number>,
  idf: ReadonlyMap<string, number>,
  gramWeight: number,
  minNorms: readonly [number, number] = [0, 0],
  unseenIdf = 0,
): Map<string, number> {
  const [stems, grams] = stemGramNorms(counts, idf, unseenIdf);
  const stemNorm = Math.max(stems, minNorms[0]) || 1;
  const gramNorm = (Math.max(grams, minNorms[1]) || 1) / gramWeight;
  const vector = new Map<string, number>();
  for (const [feature, n] of counts) {
    const f = idf.get(feature);
    if (f !== undefined) vector.set(feature, (Math.log1p(n) * f) / (isGramFeature(feature) ? gramNorm : stemNorm));
  }
  return vector;
}

/** Each term's logit for a clip (none for a clip with no feature of the model). */
export function gramModelLogits(model: GramModel, words: readonly Word[]): Map<string, number> {
  const vector = stemGramVector(stemGramCounts(words, model.gramSize), model.idf, model.gramWeight, model.minNorms, model.unseenIdf);
  const logits = new Map<string, number>();
  if (vector.size === 0) return logits;
  const sums = [...model.biases];
  for (const [feature, v] of vector) {
    const list = model.byFeature.get(feature);
    if (!list) continue;
    for (let k = 0; k < list.at.length; k++) sums[list.at[k]!]! += v * list.weights[k]!;
  }
  sums.forEach((z, t) => logits.set(model.ids[t]!, z));
  return logits;
}
