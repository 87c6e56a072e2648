import { stemOf } from './dutch-words.js';

// A Dutch compound names a kind of its last part: a "buurtsportcoach" is a coach, not a
// neighbourhood, and an "energieschuld" is a debt. So a long word the vocabulary does not know
// counts as its head, the longest known last part, and never as its first part. (Counting first
// parts too, more weakly, gained nothing on the development notes.)
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;

// Trying every cut stems up to a dozen suffixes, so each word's head is remembered per lexicon.
const heads = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();
const CACHE_LIMIT = 20_000;

/** The stem of the longest last part of `folded` that is in `lexicon`, if any. */
export function compoundHead(folded: string, lexicon: ReadonlySet<string>): string | undefined {
  let known = heads.get(lexicon);
  if (!known) heads.set(lexicon, (known = new Map()));
  let head = known.get(folded);
  if (head === undefined) {
    head = null;
    for (let cut = MIN_MODIFIER; cut <= folded.length - MIN_HEAD && head === null; cut++) {
      const stem = stemOf(folded.slice(cut));
      if (lexicon.has(stem)) head = stem;
    }
    if (known.size >= CACHE_LIMIT) known.clear();
    known.set(folded, head);
  }
  return head ?? undefined;
}
