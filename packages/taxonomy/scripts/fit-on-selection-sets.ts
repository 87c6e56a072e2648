// Does fitting the combination and the show rule on notes labelled the way the judges label help (suggest15)?
// Leave one set out over the selection sets (the dev half and labelled2-6; the held-out half and the later judges are
// never read): for each set, the combination (scripts/selection-set-fit.ts) and the thresholds are fitted on the other
// five and the set is scored with them; the mean of the six out-of-set figures is what compares with the committed
// ranking's figures on the same sets (score-selection-sets.ts). Prints one line a setting and set, then the mean and
// its objective; --fit-all fits a setting on all six sets and prints its in-sample figures and combination.
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/fit-on-selection-sets.ts
//     [--ridges 0.1,0.5,2,10] [--wrong-weights 1,3] [--second-stage none|own|all] [--thresholds main|fit] [--fit-all RIDGE|none]
import { parseArgs } from 'node:util';
import { DEFAULT_COMBINE_PARAMETERS, shownRanks, type CombineParameters } from '../src/suggest/combine.js';
import {
  calibrateTerms,
  chooseThresholds,
  fitOnJudgedNotes,
  judgedNotes,
  measuresBySet,
  rankedScores,
  type FitOptions,
  type ThresholdGrid,
} from './selection-set-fit.js';
import { fitCountModel, shownByCount, wordsOf } from './show-count-fit.js';
import { formatMeasures, meanOf, objectiveOf, SELECTION_SETS, type SelectionSet, type SetMeasures } from './suggestion-selection-sets.js';

const { values: args } = parseArgs({
  options: {
    ridges: { type: 'string', default: '0.1,0.5,2,10' },
    'wrong-weights': { type: 'string', default: '1' },
    // none, own (its own-logit weight and bias) or all (every weight of the second stage).
    'second-stage': { type: 'string', default: 'none' },
    thresholds: { type: 'string', default: 'fit' },
    'first-min': { type: 'string', default: '0.1,0.15,0.2' },
    'min-score': { type: 'string', default: '0.05,0.08,0.1' },
    'prev-share': { type: 'string', default: '0.25,0.3,0.35,0.4,0.45,0.5' },
    'third-min': { type: 'string', default: '0.05,0.1,0.12,0.15,0.2,0.25,0.3' },
    // A ceiling, not a rule: the committed ranking showing in its top 3 exactly as many terms as the note has chosen.
    'oracle-count': { type: 'boolean', default: false },
    // Fit on all six sets with this ridge ('none': the committed combination) and print the in-sample figures.
    'fit-all': { type: 'string' },
    // Step 2: the learned count of terms to show in the top 3 (show-count-fit.ts), with these ridges.
    count: { type: 'string' },
    // Step 3: per-term calibration on the fitting sets with these ridges (in notes); --calibrate-terms limits it to
    // a list, --down-only keeps only shifts down.
    calibrate: { type: 'string' },
    'calibrate-terms': { type: 'string' },
    'down-only': { type: 'boolean', default: false },
    cuts: { type: 'string', default: '0.1,0.15,0.2,0.25,0.3,0.35,0.4,0.45,0.5' },
    // Thresholds that cost a fitting set more than this recall@5 against the committed ranking are not chosen.
    'max-recall-loss': { type: 'string' },
  },
});
const secondStage = () => {
  const v = args['second-stage'];
  if (v !== 'none' && v !== 'own' && v !== 'all') throw new Error(`--second-stage ${v}: none, own or all`);
  return v;
};
const numbers = (list: string) => list.split(',').map(Number);
const grid: ThresholdGrid = {
  firstMinScore: numbers(args['first-min']),
  minScore: numbers(args['min-score']),
  topShareOfPrevious: numbers(args['prev-share']),
  thirdMinScore: numbers(args['third-min']),
};
const { index, notes } = judgedNotes();
const sets = Object.keys(SELECTION_SETS) as SelectionSet[];
const base = DEFAULT_COMBINE_PARAMETERS;

/** The combination (and thresholds) a setting fits on `on`; without options the committed combination. */
function fitted(on: typeof notes, options: FitOptions | undefined): CombineParameters {
  const c = options ? fitOnJudgedNotes(index, on, base, options) : base;
  const maxLoss = args['max-recall-loss'];
  const floor = maxLoss === undefined ? undefined : new Map([...committed].map(([set, m]) => [set, m.recall - Number(maxLoss)]));
  return args.thresholds === 'fit' ? chooseThresholds(on, rankedScores(index, on, c), c, grid, floor) : c;
}

function leaveOneSetOut(options: FitOptions | undefined): Map<SelectionSet, SetMeasures> {
  const out = new Map<SelectionSet, SetMeasures>();
  for (const held of sets) {
    const test = notes.filter((n) => n.set === held);
    const c = fitted(
      notes.filter((n) => n.set !== held),
      options,
    );
    const ranked = rankedScores(index, test, c);
    const shown = ranked.map((r) => shownRanks(r.scores, c, 5).map((k) => r.ids[k]!));
    out.set(held, measuresBySet(test, shown).get(held)!);
    const described = options
      ? `a ${c.modelScale.toFixed(2)} b ${c.bm25Scale.toFixed(2)} d ${c.neighbourScale!.toFixed(2)} e ${c.naiveBayes!.scale.toFixed(2)} c ${c.bias.toFixed(2)} offsets ×${((c.termBias['kernwaarde-lef'] ?? 0) / (base.termBias['kernwaarde-lef'] ?? 1)).toFixed(2)}${c.rerank && options.secondStage !== 'none' ? ` second ${c.rerank.logitScale.toFixed(2)} ${c.rerank.bias.toFixed(2)}` : ''}`
      : 'committed combination';
    console.log(
      `  ${held.padEnd(10)} ${formatMeasures(out.get(held)!)}  (${described}; first ${c.firstMinScore} others ${c.minScore} share ${c.topShareOfPrevious} third ${c.thirdMinScore})`,
    );
  }
  return out;
}

function report(name: string, measures: Map<SelectionSet, SetMeasures>, reference?: Map<SelectionSet, SetMeasures>) {
  const mean = meanOf([...measures.values()]);
  const worst = reference ? Math.min(...sets.map((s) => measures.get(s)!.recall - reference.get(s)!.recall)) : 0;
  console.log(
    `${name}: mean ${formatMeasures(mean)}  objective ${objectiveOf(mean).toFixed(3)}${reference ? `  worst set's recall@5 change ${worst.toFixed(3)}` : ''}\n`,
  );
}

// The committed ranking on each set (its thresholds were chosen on all six: in-sample, the figure to beat).
const committed = (() => {
  const ranked = rankedScores(index, notes, base);
  return measuresBySet(
    notes,
    ranked.map((r) => shownRanks(r.scores, base, 5).map((k) => r.ids[k]!)),
  );
})();
for (const s of sets) console.log(`  ${s.padEnd(10)} ${formatMeasures(committed.get(s)!)}`);
report('committed ranking', committed);

/** Step 2, leaving one set out: the profile model and its two cuts fitted on five sets (committed combination and floors). */
function leaveOneSetOutCount(ridge: number): Map<SelectionSet, SetMeasures> {
  const out = new Map<SelectionSet, SetMeasures>();
  const cuts = numbers(args.cuts);
  const maxLoss = args['max-recall-loss'];
  for (const held of sets) {
    const train = notes.filter((n) => n.set !== held);
    const test = notes.filter((n) => n.set === held);
    const rankedTrain = rankedScores(index, train, base);
    const model = fitCountModel(train, rankedTrain, ridge);
    const shownWith = (on: typeof notes, ranked: typeof rankedTrain, pair: readonly [number, number]) =>
      ranked.map((r, i) => shownByCount(r.scores, wordsOf(on[i]!.note.text), base, model, pair).map((k) => r.ids[k]!));
    let best = { objective: Infinity, pair: [0, 0] as readonly [number, number] };
    for (const second of cuts)
      for (const third of cuts) {
        const measures = measuresBySet(train, shownWith(train, rankedTrain, [second, third]));
        if (maxLoss !== undefined && [...measures].some(([set, m]) => m.recall < committed.get(set)!.recall - Number(maxLoss) - 1e-9))
          continue;
        const objective = objectiveOf(meanOf([...measures.values()]));
        if (objective < best.objective - 1e-12) best = { objective, pair: [second, third] };
      }
    out.set(held, measuresBySet(test, shownWith(test, rankedScores(index, test, base), best.pair)).get(held)!);
    const weights = model.map((w) => w.map((x) => x.toFixed(2)).join(' ')).join(' | ');
    console.log(`  ${held.padEnd(10)} ${formatMeasures(out.get(held)!)}  (cuts ${best.pair.join(' / ')}; weights ${weights})`);
  }
  return out;
}

/** Step 3, leaving one set out: each term's offset shifted to fit the other five sets (committed combination and thresholds). */
function leaveOneSetOutCalibration(ridge: number): Map<SelectionSet, SetMeasures> {
  const out = new Map<SelectionSet, SetMeasures>();
  const terms = args['calibrate-terms'] ? new Set(args['calibrate-terms'].split(',')) : undefined;
  for (const held of sets) {
    const c = calibrateTerms(
      index,
      notes.filter((n) => n.set !== held),
      base,
      { ridge, terms, downOnly: args['down-only'] },
    );
    const test = notes.filter((n) => n.set === held);
    const shown = rankedScores(index, test, c).map((r) => shownRanks(r.scores, c, 5).map((k) => r.ids[k]!));
    out.set(held, measuresBySet(test, shown).get(held)!);
    const moved = Object.entries(c.termBias)
      .map(([id, v]) => [id, v - (base.termBias[id] ?? 0)] as const)
      .filter(([, d]) => Math.abs(d) >= 0.1)
      .map(([id, d]) => `${id} ${d.toFixed(2)}`);
    console.log(`  ${held.padEnd(10)} ${formatMeasures(out.get(held)!)}  (moved by 0.1 or more: ${moved.join(', ') || 'none'})`);
  }
  return out;
}

if (args['oracle-count']) {
  const shown = rankedScores(index, notes, base).map((r, i) => {
    const ranks = shownRanks(r.scores, { ...base, topShareOfPrevious: 0, thirdMinScore: 0 }, 5);
    const count = Math.min(3, notes[i]!.note.terms.length);
    return (ranks.length > count && count < 3 ? ranks.slice(0, count) : ranks).map((k) => r.ids[k]!);
  });
  const measures = measuresBySet(notes, shown);
  for (const s of sets) console.log(`  ${s.padEnd(10)} ${formatMeasures(measures.get(s)!)}`);
  report("committed ranking, top 3 cut at the note's number of chosen terms (a ceiling)", measures, committed);
} else if (args.calibrate) {
  for (const ridge of numbers(args.calibrate)) {
    const name = `per-term calibration, ridge ${ridge}${args['calibrate-terms'] ? ' (listed terms)' : ''}${args['down-only'] ? ', down only' : ''}`;
    console.log(name);
    report(name, leaveOneSetOutCalibration(ridge), committed);
  }
} else if (args.count) {
  for (const ridge of numbers(args.count)) {
    const name = `learned count, ridge ${ridge}${args['max-recall-loss'] ? ` (recall@5 −${args['max-recall-loss']} at most)` : ''}`;
    console.log(name);
    report(name, leaveOneSetOutCount(ridge), committed);
  }
} else if (args['fit-all']) {
  // In sample: what the setting reaches on the very sets it is fitted on, a ceiling for its out-of-set figure.
  const ridge = args['fit-all'];
  const c = fitted(
    notes,
    ridge === 'none' ? undefined : { ridge: Number(ridge), wrongWeight: numbers(args['wrong-weights'])[0]!, secondStage: secondStage() },
  );
  const shown = rankedScores(index, notes, c).map((r) => shownRanks(r.scores, c, 5).map((k) => r.ids[k]!));
  const measures = measuresBySet(notes, shown);
  for (const s of sets) console.log(`  ${s.padEnd(10)} ${formatMeasures(measures.get(s)!)}`);
  report(`fitted on all six, ridge ${ridge}, thresholds ${args.thresholds} (in sample)`, measures, committed);
  console.log(JSON.stringify({ ...c, termBias: undefined, rerank: c.rerank && { ...c.rerank, lift: undefined } }));
} else {
  if (args.thresholds === 'fit') report('committed combination, thresholds fitted', leaveOneSetOut(undefined), committed);
  for (const ridge of numbers(args.ridges))
    for (const wrongWeight of numbers(args['wrong-weights'])) {
      const name = `ridge ${ridge}, named wrong ×${wrongWeight}${args['second-stage'] !== 'none' ? `, second stage refitted (${args['second-stage']})` : ''}, thresholds ${args.thresholds}${args['max-recall-loss'] ? ` (recall@5 −${args['max-recall-loss']} at most)` : ''}`;
      console.log(name);
      report(name, leaveOneSetOut({ ridge, wrongWeight, secondStage: secondStage() }), committed);
    }
}
