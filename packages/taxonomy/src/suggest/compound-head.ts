import { stemOf } from './dutch-words.js';

// A Dutch compound names a kind of its last part: a "wijkteam" is a team, not a neighbourhood,
// and an "energieschuld" is a debt. So a long word the vocabulary does not know counts as its
// head, the longest known last part, and never as its first part.
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;

/** The stem of the longest last part of `folded` that is in `lexicon`, if any. */
export function compoundHead(folded: string, lexicon: ReadonlySet<string>): string | undefined {
  for (let cut = MIN_MODIFIER; cut <= folded.length - MIN_HEAD; cut++) {
    const stem = stemOf(folded.slice(cut));
    if (lexicon.has(stem)) return stem;
  }
  return undefined;
}
