import { foldForMatching } from './fold.js';
import type { Term } from './model.js';
import { LATEST_VERSION, listTerms } from './registry.js';
import type { VersionId } from './generated/taxonomy-data.js';

export interface Suggestion {
  readonly term: Term;
  /** How many times the term's keywords or label occur in the text. */
  readonly hits: number;
  /** The keywords that matched, as written in the vocabulary. */
  readonly matched: readonly string[];
}

export interface SuggestOptions {
  version?: VersionId;
  limit?: number;
}

/** Counts whole-word occurrences of a folded phrase; the last word may run on ("schuld" finds "schulden"). */
function countPhrase(words: readonly string[], phrase: readonly string[]): number {
  let count = 0;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    let match = true;
    for (let j = 0; j < phrase.length && match; j++) {
      const word = words[i + j]!;
      const wanted = phrase[j]!;
      match = j === phrase.length - 1 && wanted.length >= 4 ? word.startsWith(wanted) : word === wanted;
    }
    if (match) count++;
  }
  return count;
}

/**
 * Terms whose Dutch label or keywords occur in a text, most hits first. Runs locally on the
 * vocabulary's own keywords: nothing leaves the device.
 */
export function suggestTerms(text: string, options: SuggestOptions = {}): Suggestion[] {
  const { version = LATEST_VERSION, limit = 5 } = options;
  const words = foldForMatching(text).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const suggestions: Suggestion[] = [];
  for (const term of listTerms({ version })) {
    let hits = 0;
    const matched: string[] = [];
    for (const phrase of new Set([term.label.nl, ...term.keywords])) {
      const n = countPhrase(words, foldForMatching(phrase).split(' ').filter(Boolean));
      if (n > 0) {
        hits += n;
        matched.push(phrase);
      }
    }
    if (hits > 0) suggestions.push({ term, hits, matched });
  }
  return suggestions.sort((a, b) => b.hits - a.hits).slice(0, limit);
}
