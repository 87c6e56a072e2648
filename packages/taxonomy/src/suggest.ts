import { LATEST_VERSION, listTerms } from './registry.js';
import type { VersionId } from './generated/taxonomy-data.js';
import { rankTerms, type Suggestion } from './suggest/rank.js';
import { buildProfileIndex, type ProfileIndex } from './suggest/term-profiles.js';

export type { Suggestion } from './suggest/rank.js';

export interface SuggestOptions {
  version?: VersionId;
  limit?: number;
}

const indexes = new Map<VersionId, ProfileIndex>();

/** The term index of a version, built on first use and kept: the vocabulary does not change at run time. */
function profileIndexFor(version: VersionId): ProfileIndex {
  let index = indexes.get(version);
  if (!index) {
    index = buildProfileIndex(listTerms({ version }));
    indexes.set(version, index);
  }
  return index;
}

/**
 * The terms a clip is about, best first: BM25F over each term's label, keywords, description and
 * cited quote, with Dutch stems and compound heads, phrases counted whole, everyday senses of
 * marked words discounted, and a threshold, so a clip with weak evidence gets fewer suggestions or
 * none. Runs locally: nothing leaves the device. Deterministic: ties keep vocabulary order.
 * The side panel and `pnpm taxonomy suggest` both call this; see the README for the method.
 */
export function suggestTerms(text: string, options: SuggestOptions = {}): Suggestion[] {
  const { version = LATEST_VERSION, limit = 5 } = options;
  return rankTerms(text, profileIndexFor(version), limit);
}
