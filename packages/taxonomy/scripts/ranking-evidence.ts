// Better evidence for the ranking itself (suggest16). Two steps, on the selection sets only (the dev half and
// labelled2-6; the held-out half and the later judges are never read):
//   --inversions: every note where a term the note did not choose is ranked in the top 3 above one it chose, sorted
//     into classes (ranking-inversions.ts), one line a case (--cases) and the counts by class and set;
//   otherwise: the new kinds of evidence (focus: focus.ts; character grams: char-grams.ts) as further columns of the
//     first stage's logistic regression, fitted by leaving one set out (selection-set-fit.ts's fit, the new weights
//     pulled towards 0) with the committed thresholds, beside the same refit without them and the committed ranking.
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/ranking-evidence.ts
//     [--inversions [--cases]] [--ridges 0.5,2,10] [--columns focus,grams,…]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listTerms } from '../src/index.js';
import { SUGGESTION_COMBINATION } from '../src/generated/suggestion-combination.js';
import { SUGGESTION_MODEL } from '../src/generated/suggestion-model.js';
import { buildGramIndex, gramLikeness } from '../src/suggest/char-grams.js';
import type { CombineParameters, SelectionFit } from '../src/suggest/combine.js';
import { DEFAULT_COMBINE_PARAMETERS, furtherLogits, rankByCombinedScore, shownRanks, withSelectionFit } from '../src/suggest/combine.js';
import { dutchWords } from '../src/suggest/dutch-words.js';
import { focusLogits, passagesOf } from '../src/suggest/focus.js';
import { scoreWords, DEFAULT_RANK_PARAMETERS } from '../src/suggest/rank.js';
import { featuresOfWords } from '../src/suggest/note-features.js';
import { loadTermModel, scoreWithModel } from '../src/suggest/term-model.js';
import { buildTermCentroids, centroidLikeness, DEFAULT_CENTROID_OPTIONS } from './term-centroids.js';
import { gramModelLogits, loadGramModel } from '../src/suggest/gram-model.js';
import { readTrainingDir } from './train-suggestions.js';
import { DEFAULT_GRAM_MODEL_PARAMETERS, trainGramModel } from './gram-model-training.js';
import { classifyInversion, INVERSION_CLASSES, type InversionClass } from './ranking-inversions.js';
import {
  firstStageColumns,
  fitTowardsPrior,
  judgedNotes,
  selectionFitOf,
  measuresBySet,
  variance,
  type JudgedNote,
} from './selection-set-fit.js';
import { formatMeasures, meanOf, objectiveOf, type SelectionSet, type SetMeasures } from './suggestion-selection-sets.js';
import { LABELLED_VERSION } from './suggestion-score.js';

const { values: args } = parseArgs({
  options: {
    inversions: { type: 'boolean', default: false },
    cases: { type: 'boolean', default: false },
    // The inversions of the committed ranking (with the selection-set fit) rather than main's.
    kept: { type: 'boolean', default: false },
    ridges: { type: 'string', default: '0.5,2,10' },
    columns: { type: 'string', default: 'focus;grams;focus,grams' },
    'gram-size': { type: 'string', default: '4' },
    // The committed combination's weights held (only the new columns fitted), not refitted beside them.
    pin: { type: 'boolean', default: false },
    // Fit the first stage with these columns and this ridge on all six sets and write src/generated/suggestion-selection-fit.ts.
    write: { type: 'boolean', default: false },
    'write-ridge': { type: 'string', default: '1' },
    // With --write: print the module instead of writing it (the test compares it with the committed one).
    print: { type: 'boolean', default: false },
    // The ridge chosen among --ridges inside each fold, on the five fitting sets (nested), not after the fact.
    nested: { type: 'boolean', default: false },
    // Each kind of evidence alone: recall@5 when it ranks the terms by itself, and on the committed ranking's
    // inversions of the implied class, how often it puts the right term above the wrong one (suggest17).
    alone: { type: 'boolean', default: false },
    // With --alone: one line an implied case, the clip's words that the right term's training notes share most
    // (its profile's largest parts in the clip, term-centroids.ts), against the wrong term's.
    words: { type: 'boolean', default: false },
    // suggest17: the terms' profiles learnt from the training notes (term-centroids.ts), their choices.
    'centroid-gram-size': { type: 'string', default: String(DEFAULT_CENTROID_OPTIONS.gramSize) },
    'centroid-gram-weight': { type: 'string', default: String(DEFAULT_CENTROID_OPTIONS.gramWeight) },
    'centroid-kept': { type: 'string', default: String(DEFAULT_CENTROID_OPTIONS.kept) },
    'centroid-min-notes': { type: 'string', default: String(DEFAULT_CENTROID_OPTIONS.minNotes) },
    // The second model's training parameters (JSON, over gram-model-training.ts's defaults).
    'gram-model': { type: 'string' },
  },
});

// The training notes' combination, before the selection-set fit: the prior every fit here is pulled towards.
const base = SUGGESTION_COMBINATION;
const { index, notes } = judgedNotes();
const sets = [...new Set(notes.map((n) => n.set))];
const model = loadTermModel(SUGGESTION_MODEL);
const grams = buildGramIndex(listTerms({ version: LABELLED_VERSION }), Number(args['gram-size']));
const terms = new Map(index.profiles.map((p) => [p.term.id as string, p.term]));
// suggest17's evidence learnt from the training notes (the centroids and the second model), only when asked for: the
// training takes half a minute.
const fromTraining = args.alone || /centroid|gramModel/.test(args.columns);
const trainingNotes = fromTraining ? readTrainingDir().map((n) => ({ words: dutchWords(n.text), terms: n.terms })) : [];
const centroids = buildTermCentroids(trainingNotes, [...terms.keys()], {
  gramSize: Number(args['centroid-gram-size']),
  gramWeight: Number(args['centroid-gram-weight']),
  kept: Number(args['centroid-kept']),
  minNotes: Number(args['centroid-min-notes']),
});
// The second model (gram-model.ts), trained here for the first model's terms with --gram-model's parameters.
const gramModel = fromTraining
  ? loadGramModel(
      trainGramModel(
        trainingNotes,
        SUGGESTION_MODEL.terms.map((t) => t.id),
        { ...DEFAULT_GRAM_MODEL_PARAMETERS, ...JSON.parse(args['gram-model'] ?? '{}') },
      ),
    )
  : undefined;

/** The new kinds of evidence of a note, per term (columns of the fit). */
interface NewEvidence {
  /** The model's best logit in one passage, less its logit over the whole clip (0 for a clip of one passage). */
  readonly focus: Map<string, number>;
  /** Character-gram likeness to the term's texts, as a share of the clip's best term's. */
  readonly grams: Map<string, number>;
  /** The same likeness as it is (a cosine, 0 to 1). */
  readonly gramsRaw: Map<string, number>;
  /** The model's best logit in one passage, as it is. */
  readonly focusRaw: Map<string, number>;
  /** The share of the clip's passages in whose own ranking (by model logit) the term is among the best 3. */
  readonly leads: Map<string, number>;
  /** The likeness to the term's profile from its training notes (term-centroids.ts), as it is. */
  readonly centroid: Map<string, number>;
  /** The same as a share of the clip's most alike term's. */
  readonly centroidShare: Map<string, number>;
  /** The likeness less its mean over the terms, in units of its spread over them (a z-score within the clip). */
  readonly centroidZ: Map<string, number>;
  /** The likeness less its mean over the terms. */
  readonly centroidCentred: Map<string, number>;
  /** The per-term linear model's logit over stems and grams (--gram-model). */
  readonly gramModel: Map<string, number>;
}

function passageLeads(words: ReturnType<typeof dutchWords>): Map<string, number> {
  const passages = passagesOf(words);
  const leads = new Map<string, number>();
  for (const passage of passages) {
    const ranked = [...scoreWithModel(model, featuresOfWords(passage, model))].sort((x, y) => y[1].logit - x[1].logit);
    for (const [id] of ranked.slice(0, 3)) leads.set(id, (leads.get(id) ?? 0) + 1 / passages.length);
  }
  return leads;
}

const newEvidence: NewEvidence[] = notes.map(({ note, evidence }) => {
  const words = dutchWords(note.text);
  const focus = focusLogits(words, model);
  const likeness = gramLikeness(grams, words);
  const best = Math.max(1e-9, ...likeness.values());
  const centroid = fromTraining ? centroidLikeness(centroids, words) : new Map<string, number>();
  const bestCentroid = Math.max(1e-9, ...centroid.values());
  return {
    centroid,
    centroidShare: new Map([...centroid].map(([id, v]) => [id, v / bestCentroid])),
    ...withinClip(centroid),
    gramModel: gramModel ? withUnmodelled(gramModelLogits(gramModel, words)) : new Map<string, number>(),
    focus: new Map([...focus].map(([id, z]) => [id, z - (evidence.modelScores.get(id)?.logit ?? z)])),
    grams: new Map([...likeness].map(([id, v]) => [id, v / best])),
    gramsRaw: likeness,
    focusRaw: focus,
    leads: passageLeads(words),
  };
});
type Column = keyof NewEvidence;

/** A term the second model was not trained on counts from the first model's low logit for such a term, as there. */
function withUnmodelled(logits: Map<string, number>): Map<string, number> {
  if (logits.size > 0) for (const id of terms.keys()) if (!logits.has(id)) logits.set(id, base.unmodelledLogit);
  return logits;
}

function withinClip(likeness: ReadonlyMap<string, number>) {
  const values = [...likeness.values()];
  const mean = values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, values.length)) || 1;
  return {
    centroidZ: new Map([...likeness].map(([id, v]) => [id, (v - mean) / sd])),
    centroidCentred: new Map([...likeness].map(([id, v]) => [id, v - mean])),
  };
}

const committedScores = (n: JudgedNote, c: CombineParameters, extra?: ReadonlyMap<string, number>) =>
  rankByCombinedScore(index, n.evidence.bm25, n.evidence.modelScores, c, n.evidence.votes, n.evidence.bayes, extra);

function measuresOf(which: readonly JudgedNote[], rankings: readonly { term: { id: string }; score: number }[][], c: CombineParameters) {
  const shown = rankings.map((r) =>
    shownRanks(
      r.map((s) => s.score),
      c,
      5,
    ).map((k) => r[k]!.term.id as string),
  );
  return measuresBySet(which, shown);
}

function report(name: string, measures: ReadonlyMap<SelectionSet, SetMeasures>, reference?: ReadonlyMap<SelectionSet, SetMeasures>) {
  for (const s of sets)
    console.log(
      `  ${s.padEnd(10)} ${formatMeasures(measures.get(s)!)}${reference ? `  recall@5 ${(measures.get(s)!.recall - reference.get(s)!.recall).toFixed(3)}` : ''}`,
    );
  const mean = meanOf(sets.map((s) => measures.get(s)!));
  const worst = reference ? Math.min(...sets.map((s) => measures.get(s)!.recall - reference.get(s)!.recall)) : 0;
  console.log(
    `${name}: mean ${formatMeasures(mean)}  objective ${objectiveOf(mean).toFixed(3)}${reference ? `  worst recall@5 ${worst.toFixed(3)}` : ''}\n`,
  );
}

const committed = measuresOf(
  notes,
  notes.map((n) => committedScores(n, base)),
  base,
);

function inversions() {
  const counts = new Map<InversionClass, Map<SelectionSet | 'all', number>>(INVERSION_CLASSES.map((k) => [k, new Map()]));
  const fitting = new Map<InversionClass, number>(INVERSION_CLASSES.map((k) => [k, 0]));
  let notesWithInversion = 0;
  notes.forEach((n, i) => {
    const ranked = args.kept
      ? committedScores(n, DEFAULT_COMBINE_PARAMETERS, furtherLogits(DEFAULT_COMBINE_PARAMETERS, n.evidence.likeness, n.evidence.focus))
      : committedScores(n, base);
    const ids = ranked.map((s) => s.term.id as string);
    const shown = shownRanks(
      ranked.map((s) => s.score),
      args.kept ? DEFAULT_COMBINE_PARAMETERS : base,
      5,
    ).map((k) => ids[k]!);
    const words = dutchWords(n.note.text);
    const passages = passagesOf(words).map((passage) => {
      // A passage's own ranking: the model's logit and BM25F on its words, each term's offset (as the first stage weighs them).
      const features = featuresOfWords(passage, model);
      const modelScores = scoreWithModel(model, features);
      const bm25 = new Map(scoreWords(passage, index, DEFAULT_RANK_PARAMETERS).map((s) => [s.term.id as string, s.score]));
      return [...terms.keys()]
        .map((id) => ({
          id,
          z:
            base.modelScale * (modelScores.get(id)?.logit ?? base.unmodelledLogit) +
            base.bm25Scale * Math.log1p(bm25.get(id) ?? 0) +
            (base.termBias[id] ?? 0),
        }))
        .sort((a, b) => b.z - a.z)
        .map((t) => t.id);
    });
    let any = false;
    shown.slice(0, 3).forEach((id, rank) => {
      if (n.note.terms.includes(id)) return;
      const below = n.note.terms.filter((t) => ids.indexOf(t) > rank).sort((a, b) => ids.indexOf(a) - ids.indexOf(b));
      if (below.length === 0) return;
      any = true;
      const right = below[0]!;
      const { first, all } = classifyInversion({
        wrong: terms.get(id)!,
        right: terms.get(right)!,
        wrongWords: n.evidence.bm25.get(id)?.matched ?? [],
        rightWords: n.evidence.bm25.get(right)?.matched ?? [],
        wrongBm25: base.bm25Scale * Math.log1p(n.evidence.bm25.get(id)?.score ?? 0),
        wrongLogitGap: (ranked[rank]!.logit ?? 0) - (ranked[ids.indexOf(right)]!.logit ?? 0),
        passageRanks: passages.map((p) => ({ wrong: p.indexOf(id), right: p.indexOf(right) })),
      });
      for (const k of all) fitting.set(k, fitting.get(k)! + 1);
      const byClass = counts.get(first)!;
      byClass.set(n.set, (byClass.get(n.set) ?? 0) + 1);
      byClass.set('all', (byClass.get('all') ?? 0) + 1);
      if (args.cases)
        console.log(
          JSON.stringify({
            set: n.set,
            note: n.note.id,
            rank: rank + 1,
            wrong: id,
            named: n.note.wrong.includes(id),
            right,
            rightAt: ids.indexOf(right) + 1,
            first,
            all,
            wrongWords: n.evidence.bm25.get(id)?.matched ?? [],
            rightWords: n.evidence.bm25.get(right)?.matched ?? [],
            focus: [newEvidence[i]!.focus.get(id), newEvidence[i]!.focus.get(right)].map((x) => Math.round((x ?? 0) * 100) / 100),
            passages: passages.map((p) => `${p.indexOf(id) + 1}/${p.indexOf(right) + 1}`).join(' '),
          }),
        );
    });
    if (any) notesWithInversion++;
  });
  console.log(`notes with a wrong term above a right one in the top 3: ${notesWithInversion} of ${notes.length}`);
  console.log(`| class | cases | ${sets.join(' | ')} | fits (any order) |`);
  for (const k of INVERSION_CLASSES) {
    const c = counts.get(k)!;
    console.log(`| ${k} | ${c.get('all') ?? 0} | ${sets.map((s) => c.get(s) ?? 0).join(' | ')} | ${fitting.get(k)} |`);
  }
}

/** The first stage refitted on `on` with the new columns (prior 0) beside the committed ones; returns the combination and the new weights. */
function refit(
  on: readonly number[],
  columns: readonly Column[],
  ridge: number,
): { c: CombineParameters; shrink: number; weights: number[] } {
  const rows = on.flatMap((i) => {
    const { note, evidence: e } = notes[i]!;
    return [...terms.keys()].map((id) => ({
      x: [...firstStageColumns(e, id, base), ...columns.map((k) => newEvidence[i]![k].get(id) ?? 0)],
      y: note.terms.includes(id) ? 1 : 0,
      weight: 1,
      fixed: 0,
    }));
  });
  const prior = [
    base.modelScale,
    base.bm25Scale,
    base.neighbourScale ?? 0,
    base.naiveBayes?.scale ?? 0,
    base.bias,
    1,
    ...columns.map(() => 0),
  ];
  const pinned = (j: number) => args.pin && j < prior.length - columns.length;
  const scale = prior.map((_, j) => (pinned(j) ? 1e9 : variance(rows.map((r) => r.x[j]!)) || 1));
  const fitted = fitTowardsPrior(rows, prior, ridge * on.length, scale);
  const [shrink, weights] = [fitted[5]!, fitted.slice(6)];
  // The new columns' weights are returned apart (the caller adds them to the logit), so no gram or focus weight here.
  const fit = selectionFitOf(fitted.slice(0, 6), 0, 0);
  return {
    c: withSelectionFit(base, fit),
    shrink,
    weights,
  };
}

/** The measures by set of the notes `which` (indexes) under a refit's combination and new weights. */
function scoreRefit(which: readonly number[], columns: readonly Column[], c: CombineParameters, weights: readonly number[]) {
  const rankings = which.map((i) => {
    const extra = new Map(
      [...terms.keys()].map((id) => [id, columns.reduce((s, k, j) => s + weights[j]! * (newEvidence[i]![k].get(id) ?? 0), 0)]),
    );
    return committedScores(notes[i]!, c, extra);
  });
  return measuresOf(
    which.map((i) => notes[i]!),
    rankings,
    c,
  );
}

/** Among `ridges`, the one whose fit on `fitOn` scores best on those same notes (the objective of their sets' mean). */
function chooseRidge(fitOn: readonly number[], columns: readonly Column[], ridges: readonly number[]): number {
  let best = { ridge: ridges[0]!, objective: Infinity };
  for (const ridge of ridges) {
    const { c, weights } = refit(fitOn, columns, ridge);
    const objective = objectiveOf(meanOf([...scoreRefit(fitOn, columns, c, weights).values()]));
    if (objective < best.objective - 1e-12) best = { ridge, objective };
  }
  return best.ridge;
}

function leaveOneSetOut(columns: readonly Column[], ridge: number | readonly number[]): Map<SelectionSet, SetMeasures> {
  const out = new Map<SelectionSet, SetMeasures>();
  for (const held of sets) {
    const fitOn = notes.flatMap((n, i) => (n.set === held ? [] : [i]));
    const test = notes.flatMap((n, i) => (n.set === held ? [i] : []));
    const chosen = typeof ridge === 'number' ? ridge : chooseRidge(fitOn, columns, ridge);
    const { c, weights } = refit(fitOn, columns, chosen);
    if (typeof ridge !== 'number') console.log(`  (${held}: ridge ${chosen} chosen on the other five)`);
    out.set(held, scoreRefit(test, columns, c, weights).get(held)!);
    console.log(
      `  (${held}: a ${c.modelScale.toFixed(2)} b ${c.bm25Scale.toFixed(2)} ${columns.map((k, j) => `${k} ${weights[j]!.toFixed(2)}`).join(' ')})`,
    );
  }
  return out;
}

function fit() {
  report("main's ranking (the training notes' combination)", committed);
  if (args.nested) {
    const ridges = args.ridges.split(',').map(Number);
    report(`refit without new evidence, ridge chosen in each fold among ${ridges.join(', ')}`, leaveOneSetOut([], ridges), committed);
    for (const list of args.columns.split(';'))
      report(`+ ${list}, ridge chosen in each fold`, leaveOneSetOut(list.split(',') as Column[], ridges), committed);
    return;
  }
  for (const ridge of args.ridges.split(',').map(Number)) {
    report(`ridge ${ridge}, refit without new evidence`, leaveOneSetOut([], ridge), committed);
    for (const list of args.columns.split(';')) {
      const columns = list.split(',') as Column[];
      report(`ridge ${ridge}, + ${columns.join(' + ')}`, leaveOneSetOut(columns, ridge), committed);
    }
  }
}

/** The first stage fitted on all six sets with the character grams and the focus (suggest16's kept design), as a generated module. */
function write() {
  const ridge = Number(args['write-ridge']);
  const { c, shrink, weights } = refit(
    notes.map((_, i) => i),
    ['grams', 'focusRaw'],
    ridge,
  );
  const fit: SelectionFit = {
    modelScale: round(c.modelScale),
    bm25Scale: round(c.bm25Scale),
    neighbourScale: round(c.neighbourScale!),
    naiveBayesScale: round(c.naiveBayes!.scale),
    bias: round(c.bias),
    offsetFactor: round(shrink),
    gramScale: round(weights[0]!),
    focusScale: round(weights[1]!),
  };
  const file = fileURLToPath(new URL('../src/generated/suggestion-selection-fit.ts', import.meta.url));
  const module = `// Generated by packages/taxonomy/scripts/ranking-evidence.ts --write --write-ridge ${ridge} --gram-size ${args['gram-size']}: the first stage
// refitted on the ${notes.length} notes of the selection sets (the dev half and labelled2-6), each weight pulled towards the training
// notes' fit (suggestion-combination.ts), with the character-gram likeness and the focus beside it (suggest16). Do not edit: run it again
// after tune-model.ts --write (README, "Suggestions").
import type { SelectionFit } from '../suggest/combine.js';

export const SUGGESTION_SELECTION_FIT: SelectionFit = ${JSON.stringify(fit, null, 2).replace(/"(\w+)":/g, '$1:')};
`;
  if (args.print) return void process.stdout.write(module);
  writeFileSync(file, module);
  console.log(JSON.stringify(fit));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Per kind of evidence, its value for a term of a note (undefined: no evidence). */
const KINDS: Record<string, (i: number, id: string) => number | undefined> = {
  model: (i, id) => notes[i]!.evidence.modelScores.get(id)?.logit,
  bm25: (i, id) => notes[i]!.evidence.bm25.get(id)?.score,
  vote: (i, id) => notes[i]!.evidence.votes?.get(id),
  bayes: (i, id) => notes[i]!.evidence.bayes?.get(id),
  grams: (i, id) => newEvidence[i]!.grams.get(id),
  focusRaw: (i, id) => newEvidence[i]!.focusRaw.get(id),
  centroid: (i, id) => newEvidence[i]!.centroid.get(id),
  gramModel: (i, id) => newEvidence[i]!.gramModel.get(id),
};

/** The clip's stems that weigh most in a term's profile from its training notes (grams left out: they do not read). */
function profileWords(i: number, id: string): string[] {
  const t = centroids.termIds.indexOf(id);
  const words = dutchWords(notes[i]!.note.text);
  const parts = new Map<string, number>();
  for (const w of words) {
    const weight = centroids.postings.get(w.stem)?.find((p) => p.term === t)?.weight ?? 0;
    if (weight > 0) parts.set(w.folded, Math.max(parts.get(w.folded) ?? 0, weight * (centroids.idf.get(w.stem) ?? 0)));
  }
  return [...parts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([w]) => w);
}

function sharedWords({ i, wrong, right }: { i: number; wrong: string; right: string }) {
  const v = (k: string, id: string) => Math.round((KINDS[k]!(i, id) ?? 0) * 100) / 100;
  return {
    right,
    rightWords: profileWords(i, right),
    wrong,
    wrongWords: profileWords(i, wrong),
    centroid: [v('centroid', right), v('centroid', wrong)],
    gramModel: [v('gramModel', right), v('gramModel', wrong)],
    model: [v('model', right), v('model', wrong)],
  };
}

function alone() {
  const implied: { i: number; wrong: string; right: string }[] = [];
  notes.forEach((n, i) => {
    const ranked = committedScores(
      n,
      DEFAULT_COMBINE_PARAMETERS,
      furtherLogits(DEFAULT_COMBINE_PARAMETERS, n.evidence.likeness, n.evidence.focus),
    );
    const ids = ranked.map((s) => s.term.id as string);
    const shown = shownRanks(
      ranked.map((s) => s.score),
      DEFAULT_COMBINE_PARAMETERS,
      5,
    ).map((k) => ids[k]!);
    shown.slice(0, 3).forEach((id, rank) => {
      if (n.note.terms.includes(id)) return;
      const below = n.note.terms.filter((t) => ids.indexOf(t) > rank).sort((a, b) => ids.indexOf(a) - ids.indexOf(b));
      const right = below[0];
      if (right !== undefined && (n.evidence.bm25.get(right)?.matched ?? []).length === 0) implied.push({ i, wrong: id, right });
    });
  });
  console.log(`implied inversions of the committed ranking: ${implied.length}`);
  if (args.words)
    for (const c of implied) console.log(JSON.stringify({ note: notes[c.i]!.note.id, set: notes[c.i]!.set, ...sharedWords(c) }));
  for (const [kind, value] of Object.entries(KINDS)) {
    let [found, chosen] = [0, 0];
    notes.forEach((n, i) => {
      const top = [...terms.keys()]
        .map((id) => ({ id, v: value(i, id) ?? -Infinity }))
        .sort((a, b) => b.v - a.v)
        .slice(0, 5);
      found += n.note.terms.filter((t) => top.some((x) => x.id === t && x.v > -Infinity)).length;
      chosen += n.note.terms.length;
    });
    const right = implied.filter(({ i, wrong, right }) => (value(i, right) ?? -Infinity) > (value(i, wrong) ?? -Infinity)).length;
    console.log(
      `${kind.padEnd(9)} alone recall@5 (of all chosen terms) ${(found / chosen).toFixed(3)}; right above wrong on the implied cases ${right} of ${implied.length}`,
    );
  }
}

if (args.alone) alone();
else if (args.inversions) inversions();
else if (args.write) write();
else fit();
