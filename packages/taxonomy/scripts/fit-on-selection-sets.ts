// Does fitting the combination and the show rule on notes labelled the way the judges label help (suggest15)?
// Leave one set out over the selection sets (the dev half and labelled2-6; the held-out half and the later judges are
// never read): for each set, the combination (scripts/selection-set-fit.ts) and the thresholds are fitted on the other
// five and the set is scored with them; the mean of the six out-of-set figures is what compares with the committed
// ranking's figures on the same sets (score-selection-sets.ts). Prints one line a setting and set, then the mean and
// its objective; --write-all fits the chosen setting on all six sets and prints the combination it gives.
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/fit-on-selection-sets.ts
//     [--ridges 0.1,0.5,2,10] [--wrong-weights 1,3] [--second-stage] [--thresholds main|fit] [--write-all RIDGE]
import { parseArgs } from 'node:util';
import { DEFAULT_COMBINE_PARAMETERS, shownRanks, type CombineParameters } from '../src/suggest/combine.js';
import {
  chooseThresholds,
  fitOnJudgedNotes,
  judgedNotes,
  measuresBySet,
  rankedScores,
  type FitOptions,
  type ThresholdGrid,
} from './selection-set-fit.js';
import { formatMeasures, meanOf, objectiveOf, SELECTION_SETS, type SelectionSet, type SetMeasures } from './suggestion-selection-sets.js';

const { values: args } = parseArgs({
  options: {
    ridges: { type: 'string', default: '0.1,0.5,2,10' },
    'wrong-weights': { type: 'string', default: '1' },
    'second-stage': { type: 'boolean', default: false },
    thresholds: { type: 'string', default: 'fit' },
    'first-min': { type: 'string', default: '0.1,0.15,0.2' },
    'min-score': { type: 'string', default: '0.05,0.08,0.1' },
    'prev-share': { type: 'string', default: '0.25,0.3,0.35,0.4,0.45,0.5' },
    'third-min': { type: 'string', default: '0.05,0.1,0.12,0.15,0.2,0.25,0.3' },
    'write-all': { type: 'string' },
    // Thresholds that cost a fitting set more than this recall@5 against the committed ranking are not chosen.
    'max-recall-loss': { type: 'string' },
  },
});
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
      ? `a ${c.modelScale.toFixed(2)} b ${c.bm25Scale.toFixed(2)} d ${c.neighbourScale!.toFixed(2)} e ${c.naiveBayes!.scale.toFixed(2)} c ${c.bias.toFixed(2)} offsets ×${((c.termBias['kernwaarde-lef'] ?? 0) / (base.termBias['kernwaarde-lef'] ?? 1)).toFixed(2)}${c.rerank && options.secondStage ? ` second ${c.rerank.logitScale.toFixed(2)} ${c.rerank.bias.toFixed(2)}` : ''}`
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

if (args['write-all']) {
  const c = fitted(notes, {
    ridge: Number(args['write-all']),
    wrongWeight: numbers(args['wrong-weights'])[0]!,
    secondStage: args['second-stage'],
  });
  console.log(JSON.stringify({ ...c, termBias: undefined, rerank: c.rerank && { ...c.rerank, lift: undefined } }, null, 2));
} else {
  if (args.thresholds === 'fit') report('committed combination, thresholds fitted', leaveOneSetOut(undefined), committed);
  for (const ridge of numbers(args.ridges))
    for (const wrongWeight of numbers(args['wrong-weights'])) {
      const name = `ridge ${ridge}, named wrong ×${wrongWeight}${args['second-stage'] ? ', second stage refitted' : ''}, thresholds ${args.thresholds}${args['max-recall-loss'] ? ` (recall@5 −${args['max-recall-loss']} at most)` : ''}`;
      console.log(name);
      report(name, leaveOneSetOut({ ridge, wrongWeight, secondStage: args['second-stage'] }), committed);
    }
}
