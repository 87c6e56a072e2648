import { foldForMatching } from '@vertelpunt/taxonomy';

/** Words shorter than this are not indexed: they match too much to narrow a search. */
export const MIN_WORD_LENGTH = 2;

/**
 * The distinct folded words of a text, for a multi-entry search index: lower case, no accents
 * ("Geïntegreerd" → "geintegreerd"), so a search finds a word however it was typed.
 */
export function searchWords(...texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of foldForMatching(text).split(' ')) if (word.length >= MIN_WORD_LENGTH) words.add(word);
  return [...words];
}

/** The words of a search query; the last one may still be being typed and matches as a prefix. */
export function queryWords(query: string): { words: string[]; prefix: string | undefined } {
  const all = foldForMatching(query).split(' ').filter(Boolean);
  const typing = /\s$/.test(query) ? undefined : all.pop();
  return { words: all, prefix: typing };
}
