import { foldForMatching } from './fold.js';
import type { Language, Term } from './model.js';
import { LATEST_VERSION, listTerms } from './registry.js';
import type { VersionId } from './generated/taxonomy-data.js';

export type MatchField = 'label' | 'keyword' | 'notation' | 'id' | 'description';

export interface SearchHit {
  readonly term: Term;
  readonly score: number;
  /** Where the best match was found, to explain a hit in the picker. */
  readonly matchedOn: MatchField;
  readonly matchedText: string;
}

export interface SearchOptions {
  version?: VersionId;
  /** Languages whose labels and descriptions are searched (keywords are Dutch). Default: both. */
  languages?: readonly Language[];
  includeDeprecated?: boolean;
  limit?: number;
}

interface Candidate {
  field: MatchField;
  text: string;
  folded: string;
  weight: number;
}

function candidates(term: Term, languages: readonly Language[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (field: MatchField, text: string, weight: number) => out.push({ field, text, folded: foldForMatching(text), weight });
  for (const lang of languages) add('label', term.label[lang], 100);
  for (const keyword of term.keywords) add('keyword', keyword, 70);
  if (term.notation) add('notation', term.notation, 60);
  add('id', term.id, 40);
  for (const lang of languages) add('description', term.description[lang], 10);
  return out;
}

/** How well one query token matches a text: whole text, start of a word, or inside a word. */
function tokenScore(token: string, folded: string): number {
  if (folded === token) return 1;
  if (folded.startsWith(token)) return 0.8;
  if (folded.includes(` ${token}`)) return 0.6;
  if (token.length >= 3 && folded.includes(token)) return 0.3;
  return 0;
}

/**
 * Searches labels (nl/en), keywords, notations and descriptions, case- and diacritics-insensitive.
 * Every word of the query must match somewhere in a term; the best-matching field ranks it.
 */
export function searchTerms(query: string, options: SearchOptions = {}): SearchHit[] {
  const { version = LATEST_VERSION, languages = ['nl', 'en'], includeDeprecated = false, limit } = options;
  const tokens = foldForMatching(query).split(' ').filter(Boolean);
  if (tokens.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const term of listTerms({ version, includeDeprecated })) {
    const fields = candidates(term, languages);
    let total = 0;
    let best: Candidate | undefined;
    let bestScore = 0;
    for (const token of tokens) {
      let tokenBest = 0;
      for (const field of fields) {
        const score = tokenScore(token, field.folded) * field.weight;
        if (score > tokenBest) tokenBest = score;
        if (score > bestScore) {
          bestScore = score;
          best = field;
        }
      }
      if (tokenBest === 0) {
        total = 0;
        break;
      }
      total += tokenBest;
    }
    if (total > 0 && best) hits.push({ term, score: total / tokens.length, matchedOn: best.field, matchedText: best.text });
  }
  hits.sort((a, b) => b.score - a.score);
  return limit === undefined ? hits : hits.slice(0, limit);
}
