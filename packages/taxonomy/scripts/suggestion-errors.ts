// Error analysis of the ranking on the selection sets (scripts/suggestion-selection-sets.ts: the dev
// half and labelled2-6; the held-out half and the later judges are never read), with the committed
// model, index and combination. For every term in a note's top 3 that the note did not choose: its
// evidence as the combination weighs it (model logit, BM25F with the words it matched, the neighbours'
// vote, naive Bayes, the term's offset), the model's three largest contributing words, the score of
// the term above, the chosen terms' places (`@n` shown n-th, `(n)` n-th of the best 8 but not shown,
// `-` further down) and the carriers: each kind of the term's evidence set in turn to the clip's median
// over the terms, the others as they were; a kind whose removal drops the term out of the top 3
// carried it there (docs/suggestion-rounds.md, suggest14). --notes prints one line a note instead:
// its chosen terms, what is shown, and the best 8 with their scores and evidence.
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/suggestion-errors.ts [--json | --notes]
import { parseArgs } from 'node:util';
import { listTerms } from '../src/index.js';
import { SUGGESTION_MODEL } from '../src/generated/suggestion-model.js';
import { SUGGESTION_NEIGHBOURS } from '../src/generated/suggestion-neighbours.js';
import { combineEvidence, DEFAULT_COMBINE_PARAMETERS as C, evidenceFor } from '../src/suggest/combine.js';
import { buildGramIndex } from '../src/suggest/char-grams.js';
import { naiveBayesOf } from '../src/suggest/naive-bayes.js';
import { loadNeighbourIndex } from '../src/suggest/neighbours.js';
import { DEFAULT_RANK_PARAMETERS } from '../src/suggest/rank.js';
import { loadTermModel } from '../src/suggest/term-model.js';
import { buildProfileIndex } from '../src/suggest/term-profiles.js';
import { LABELLED_VERSION } from './suggestion-score.js';
import { readSelectionSets } from './suggestion-selection-sets.js';

const { values: args } = parseArgs({ options: { json: { type: 'boolean', default: false }, notes: { type: 'boolean', default: false } } });
const index = buildProfileIndex(listTerms({ version: LABELLED_VERSION }));
const model = loadTermModel(SUGGESTION_MODEL);
const neighbours = loadNeighbourIndex(SUGGESTION_NEIGHBOURS, SUGGESTION_MODEL.features);
const nb = { nb: naiveBayesOf(neighbours), alpha: C.naiveBayes!.alpha };
const grams = buildGramIndex(listTerms({ version: LABELLED_VERSION }));
const round = (x: number) => Math.round(x * 100) / 100;

for (const [set, notes] of readSelectionSets()) {
  for (const note of notes) {
    const e = evidenceFor(note.text, index, model, DEFAULT_RANK_PARAMETERS, neighbours, nb, grams, true);
    const shown = combineEvidence(
      index,
      e.bm25,
      e.modelScores,
      8,
      { ...C, tailMinScore: 0, minScore: 0, topShareOfPrevious: 0 },
      e.votes,
      e.bayes,
      e.likeness,
      e.focus,
    );
    const real = combineEvidence(index, e.bm25, e.modelScores, 5, C, e.votes, e.bayes, e.likeness, e.focus).map((s) => s.term.id as string);
    const parts = (id: string) => {
      const logit = e.modelScores.get(id)?.logit ?? C.unmodelledLogit;
      const bm = e.bm25.get(id)?.score ?? 0;
      const vote = e.votes.get(id) ?? 0;
      const bayes = e.bayes.get(id) ?? 0;
      return {
        model: round(C.modelScale * logit),
        bm25: round(C.bm25Scale * Math.log1p(bm)),
        vote: round(C.neighbourScale! * Math.log(C.neighbourFloor! + vote)),
        voteShare: round(vote),
        bayes: round(C.naiveBayes!.scale * bayes),
        offset: round(C.termBias[id] ?? 0),
        bm25Words: e.bm25.get(id)?.matched ?? [],
        modelWords: e.modelScores.get(id)?.because() ?? [],
      };
    };
    // Which evidence put the term in the top 3: the term's evidence of one kind set to the clip's
    // median over the terms (what an unremarkable term gets from it), the others as they were; a
    // kind whose removal drops it out of the top 3 carried it there.
    const ids = index.profiles.map((p) => p.term.id as string);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const typical = {
      bm25: median(ids.map((id) => e.bm25.get(id)?.score ?? 0)),
      model: median(ids.map((id) => e.modelScores.get(id)?.logit ?? C.unmodelledLogit)),
      vote: median(ids.map((id) => e.votes.get(id) ?? 0)),
      bayes: median(ids.map((id) => e.bayes.get(id) ?? 0)),
    };
    const carriers = (id: string) => {
      const bm25 = e.bm25.get(id);
      const without = {
        bm25: () =>
          combineEvidence(
            index,
            bm25 ? new Map(e.bm25).set(id, { ...bm25, score: typical.bm25 }) : e.bm25,
            e.modelScores,
            5,
            C,
            e.votes,
            e.bayes,
            e.likeness,
            e.focus,
          ),
        model: () =>
          combineEvidence(
            index,
            e.bm25,
            new Map(e.modelScores).set(id, { logit: typical.model, probability: 0, because: () => [] }),
            5,
            C,
            e.votes,
            e.bayes,
            e.likeness,
            e.focus,
          ),
        vote: () =>
          combineEvidence(index, e.bm25, e.modelScores, 5, C, new Map(e.votes).set(id, typical.vote), e.bayes, e.likeness, e.focus),
        bayes: () =>
          combineEvidence(index, e.bm25, e.modelScores, 5, C, e.votes, new Map(e.bayes).set(id, typical.bayes), e.likeness, e.focus),
        offset: () =>
          combineEvidence(
            index,
            e.bm25,
            e.modelScores,
            5,
            { ...C, termBias: { ...C.termBias, [id]: 0 } },
            e.votes,
            e.bayes,
            e.likeness,
            e.focus,
          ),
      };
      return Object.entries(without)
        .filter(
          ([, rank]) =>
            !rank()
              .slice(0, 3)
              .some((s) => s.term.id === id),
        )
        .map(([kind]) => kind);
    };
    const top8 = shown.map((s) => ({ id: s.term.id as string, score: round(s.score) }));
    if (args.notes) {
      // One line a note: its chosen terms, what is shown, and the best 8 with their scores, for a study of the show rule.
      console.log(
        JSON.stringify({
          set,
          note: note.id,
          terms: note.terms,
          wrong: note.wrong,
          shown: real,
          top: top8.map((t) => ({ ...t, ...parts(t.id) })),
        }),
      );
      continue;
    }
    const placeOf = (id: string) => {
      const shownAt = real.indexOf(id) + 1;
      const candidateAt = top8.findIndex((t) => t.id === id) + 1;
      return shownAt > 0 ? `${shownAt}` : candidateAt > 0 ? `(${candidateAt})` : '-';
    };
    real.slice(0, 3).forEach((id, rank) => {
      if (note.terms.includes(id)) return;
      const row = {
        set,
        note: note.id,
        rank: rank + 1,
        id,
        named: note.wrong.includes(id),
        score: top8.find((t) => t.id === id)?.score,
        above: rank > 0 ? top8.find((t) => t.id === real[rank - 1])?.score : undefined,
        shownCount: real.length,
        chosen: note.terms.map((t) => `${t}@${placeOf(t)}`),
        top: top8.map((t) => `${t.id}:${t.score}`).slice(0, 6),
        carriers: carriers(id),
        ...parts(id),
      };
      console.log(
        args.json ? JSON.stringify(row) : `${set} ${note.id} #${row.rank} ${id}${row.named ? ' NAMED' : ''} ${JSON.stringify(row)}`,
      );
    });
  }
}
