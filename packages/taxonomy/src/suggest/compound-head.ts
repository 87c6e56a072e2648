import { stemOf } from './dutch-words.js';

// A Dutch compound names a kind of its last part: a "buurtsportcoach" is a coach, not a
// neighbourhood, and an "energieschuld" is a debt. So a long word the vocabulary does not know
// counts as its head, the longest known last part, and never as its first part. (Counting first
// parts too, more weakly, gained nothing on the development notes.)
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;

// Stemming is slow (tens of microseconds a word) and a long word has a dozen cuts. A stem keeps
// its word's first letters, so a cut is only stemmed where some lexicon stem starts as it does
// (its first four letters, or all three of a three-letter stem); each word's head is remembered.
const PREFIX = 4;
let heads = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();
const starts = new WeakMap<ReadonlySet<string>, Set<string>>();
const CACHE_LIMIT = 20_000;

function startsOf(lexicon: ReadonlySet<string>): Set<string> {
  let set = starts.get(lexicon);
  if (!set) starts.set(lexicon, (set = new Set([...lexicon].map((stem) => stem.slice(0, PREFIX)))));
  return set;
}

const mayStartStem = (rest: string, possible: Set<string>) =>
  possible.has(rest.slice(0, PREFIX)) || possible.has(rest.slice(0, PREFIX - 1));

/** Forgets every compound head worked out so far (with `forgetStems`: words never seen before, for a benchmark). */
export function forgetCompoundHeads(): void {
  heads = new WeakMap();
}

/** The stem of the longest last part of `folded` that is in `lexicon`, if any. */
export function compoundHead(folded: string, lexicon: ReadonlySet<string>): string | undefined {
  let known = heads.get(lexicon);
  if (!known) heads.set(lexicon, (known = new Map()));
  let head = known.get(folded);
  if (head === undefined) {
    head = null;
    const possible = startsOf(lexicon);
    for (let cut = MIN_MODIFIER; cut <= folded.length - MIN_HEAD && head === null; cut++) {
      if (!mayStartStem(folded.slice(cut), possible)) continue;
      const stem = stemOf(folded.slice(cut));
      if (lexicon.has(stem)) head = stem;
    }
    if (known.size >= CACHE_LIMIT) known.clear();
    known.set(folded, head);
  }
  return head ?? undefined;
}
