import { LATEST_VERSION, listTerms } from './registry.js';
import type { VersionId } from './generated/taxonomy-data.js';
import { SUGGESTION_MODEL } from './generated/suggestion-model.js';
import { SUGGESTION_NEIGHBOURS } from './generated/suggestion-neighbours.js';
import { buildGramIndex, type GramIndex } from './suggest/char-grams.js';
import { rankCombined } from './suggest/combine.js';
import type { Suggestion } from './suggest/rank.js';
import { naiveBayesOf, type NaiveBayes } from './suggest/naive-bayes.js';
import { loadNeighbourIndex, type NeighbourIndex } from './suggest/neighbours.js';
import { loadTermModel, type TermModel } from './suggest/term-model.js';
import { buildProfileIndex, type ProfileIndex } from './suggest/term-profiles.js';

export type { Suggestion } from './suggest/rank.js';

export interface SuggestOptions {
  version?: VersionId;
  limit?: number;
}

let model: TermModel | undefined;
let neighbours: NeighbourIndex | undefined;
let bayes: NaiveBayes | undefined;

/** The trained model as lookups, built on first use and kept. */
function termModel(): TermModel {
  return (model ??= loadTermModel(SUGGESTION_MODEL));
}

/** The training notes' nearest-neighbour index (over the model's features), built on first use and kept. */
function neighbourIndex(): NeighbourIndex {
  return (neighbours ??= loadNeighbourIndex(SUGGESTION_NEIGHBOURS, SUGGESTION_MODEL.features));
}

/** The naive Bayes counts, read from the neighbour index on first use and kept. */
function naiveBayes(): NaiveBayes {
  return (bayes ??= naiveBayesOf(neighbourIndex()));
}

/** A version's index, built on first use and kept: the vocabulary does not change at run time. */
function perVersion<T>(build: (version: VersionId) => T): (version: VersionId) => T {
  const built = new Map<VersionId, T>();
  return (version) => {
    let index = built.get(version);
    if (index === undefined) built.set(version, (index = build(version)));
    return index;
  };
}

/** The term index of a version (BM25F's profiles). */
const profileIndexFor = perVersion<ProfileIndex>((version) => buildProfileIndex(listTerms({ version })));

/** The character-gram index of a version's texts. */
const gramIndexFor = perVersion<GramIndex>((version) => buildGramIndex(listTerms({ version })));

/**
 * The terms a clip is about, best first: a weighted sum of four kinds of evidence, BM25F over each
 * term's label, keywords, description and cited quote (Dutch stems, compound heads, phrases counted
 * whole, everyday senses of marked words discounted), a small logistic-regression model trained
 * on synthetic labelled notes (src/generated/suggestion-model.ts), which also sees situations told
 * without the vocabulary's words, and the terms of the training notes most like the clip
 * (src/generated/suggestion-neighbours.ts), and a naive Bayes over those notes (its counts read from the same index);
 * then a second stage over the best 8; and thresholds, so a clip with weak evidence gets fewer suggestions or none,
 * and a clear best with weak followers is shown alone. Runs locally: nothing leaves the device. Deterministic: ties keep vocabulary order.
 * The side panel and `pnpm taxonomy suggest` both call this; see the README for the method.
 */
export function suggestTerms(text: string, options: SuggestOptions = {}): Suggestion[] {
  const { version = LATEST_VERSION, limit = 5 } = options;
  return rankCombined(text, profileIndexFor(version), termModel(), limit, neighbourIndex(), undefined, naiveBayes(), gramIndexFor(version));
}

/**
 * Ranks the vocabulary's own descriptions `rounds` times, so that the first clip a user takes does
 * not pay for building the term index, reading the model, the neighbour index and naive Bayes's counts (about 130 ms) and
 * for a cold JIT. The side panel calls it when idle after opening. Only vocabulary text is ranked:
 * no user data. Returns the number of suggestions made (so the work is not optimised away).
 */
export function warmUpSuggestions(options: { version?: VersionId; rounds?: number } = {}): number {
  const { version = LATEST_VERSION, rounds = 3 } = options;
  const descriptions = listTerms({ version }).map((term) => term.description.nl);
  let made = 0;
  for (let round = 0; round < rounds; round++) for (const text of descriptions) made += suggestTerms(text, { version }).length;
  return made;
}
