// The classes of suggest16's error analysis: why a term the note did not choose is ranked in the top 3 above one it
// chose. A reading aid, not a model: each class is a test on the evidence of the two terms, and a case is counted in
// the first class that fits (and, apart, in every class that fits). Used by ranking-evidence.ts --inversions.
import type { Term } from '../src/model.js';

export const INVERSION_CLASSES = [
  // A word of the wrong term's vocabulary carries it above the right one (its BM25F part is larger than the gap).
  'vocabulary-word',
  // The wrong term is of the right one's facet, or its parent, child or sibling: two themes or roles that overlap.
  'facet-neighbour',
  // The right term has no word of its own in the clip (no BM25F match): it is only implied.
  'right-implied',
  // The wrong term leads in one passage only, of three or more, where the right term leads in more: mentioned in passing.
  'in-passing',
  // The wrong term leads in no passage, the right one in some: its evidence is spread thin over the clip.
  'spread-thin',
  // None of these: the learners read the situation as the wrong term's, passage by passage too.
  'situation',
] as const;
export type InversionClass = (typeof INVERSION_CLASSES)[number];

export interface Inversion {
  readonly wrong: Term;
  readonly right: Term;
  /** The clip's words matched by BM25F for each (folded). */
  readonly wrongWords: readonly string[];
  readonly rightWords: readonly string[];
  /** The wrong term's BM25F part of its first-stage logit. */
  readonly wrongBm25: number;
  /** The wrong term's combined logit less the right one's (positive: it is above). */
  readonly wrongLogitGap: number;
  /** Per passage of the clip, each term's place in that passage's own ranking (from 0). */
  readonly passageRanks: readonly { readonly wrong: number; readonly right: number }[];
}

const TOP = 3;

const neighbours = (a: Term, b: Term) =>
  a.facet === b.facet || a.parent === b.id || b.parent === a.id || (a.parent !== undefined && a.parent === b.parent);

/** Every class that fits a case, in the order of INVERSION_CLASSES, and the first of them. */
export function classifyInversion(c: Inversion): { first: InversionClass; all: InversionClass[] } {
  const leadsWrong = c.passageRanks.filter((p) => p.wrong >= 0 && p.wrong < TOP).length;
  const leadsRight = c.passageRanks.filter((p) => p.right >= 0 && p.right < TOP).length;
  const tests: Record<InversionClass, boolean> = {
    'vocabulary-word': c.wrongWords.length > 0 && c.wrongBm25 > c.wrongLogitGap,
    'facet-neighbour': neighbours(c.wrong, c.right),
    'right-implied': c.rightWords.length === 0,
    'in-passing': c.passageRanks.length >= 3 && leadsWrong === 1 && leadsRight > 1,
    'spread-thin': c.passageRanks.length >= 2 && leadsWrong === 0 && leadsRight > 0,
    situation: false,
  };
  const all = INVERSION_CLASSES.filter((k) => tests[k]);
  return { first: all[0] ?? 'situation', all: all.length > 0 ? all : ['situation'] };
}
