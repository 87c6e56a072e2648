// Times suggestTerms() on 2 kB clips made from the labelled notes (each note repeated and cut to
// 2,048 characters), after one warm-up call that builds the term index.
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/bench-suggestions.ts
// Prints the first call (index build included), p50/p95/max of each clip's first call (words not
// seen before: stems and compound heads computed) and of later calls (as while editing), in ms:
// wall-clock time, and the process's CPU time, which a busy shared machine does not inflate; then
// new words once the code is compiled (stems and heads forgotten before each round); then
// the share of a call the nearest-neighbour search takes (its own wall time over the same clips),
// and the same for naive Bayes (with the time its counts take to read from the index).
// With --warm-up, warmUpSuggestions() runs first, as the side panel runs it when idle after opening,
// so "first call" and "new clip" are what a user's first clips cost after it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { suggestTerms, warmUpSuggestions } from '../src/index.js';
import { forgetCompoundHeads } from '../src/suggest/compound-head.js';
import { forgetStems } from '../src/suggest/dutch-words.js';
import { SUGGESTION_MODEL } from '../src/generated/suggestion-model.js';
import { SUGGESTION_NEIGHBOURS } from '../src/generated/suggestion-neighbours.js';
import { loadNeighbourIndex, neighbourFeatures, neighbourVotes } from '../src/suggest/neighbours.js';
import { noteFeatures } from '../src/suggest/note-features.js';
import { loadTermModel } from '../src/suggest/term-model.js';
import { naiveBayesOf } from '../src/suggest/naive-bayes.js';
import { scaledBayes } from '../src/suggest/combine.js';
import { SUGGESTION_COMBINATION } from '../src/generated/suggestion-combination.js';
import { readLabelledNotes } from './suggestion-score.js';

const CLIP = 2048;
const ROUNDS = 20;
const FRESH_WARM_ROUNDS = 10;
const FRESH_ROUNDS = 20;
const file = fileURLToPath(new URL('../data/suggest/labelled.jsonl', import.meta.url));
const clips = readLabelledNotes(readFileSync(file, 'utf8'), file).map((n) =>
  `${n.text} `.repeat(Math.ceil(CLIP / n.text.length)).slice(0, CLIP),
);

let started = performance.now();
if (process.argv.includes('--warm-up')) {
  warmUpSuggestions();
  console.log(`warm-up (as the side panel runs it when idle)  ${(performance.now() - started).toFixed(1)} ms`);
  started = performance.now();
}
suggestTerms(clips[0]!, { limit: 5 });
const first = performance.now() - started;
// Warms the JIT on words none of the clips has (each word spelt backwards), so "new clip" below
// measures unseen words, not the engine compiling the code on its first calls.
for (const clip of clips.slice(1))
  suggestTerms(
    clip.replace(/\p{L}+/gu, (w) => [...w].reverse().join('')),
    { limit: 5 },
  );
const cold: number[] = [];
// clips[0] already ran once; its words are no longer new.
const warm: number[] = [];
const coldCpu: number[] = [];
const warmCpu: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const clip of round === 0 ? clips.slice(1) : clips) {
    const cpu = process.cpuUsage();
    started = performance.now();
    suggestTerms(clip, { limit: 5 });
    (round === 0 ? cold : warm).push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    (round === 0 ? coldCpu : warmCpu).push((used.user + used.system) / 1000);
  }
}
const figures = (times: number[]) => {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3);
  return `p50 ${at(0.5)} ms   p95 ${at(0.95)} ms   max ${times.at(-1)!.toFixed(3)} ms   (${times.length} calls)`;
};
console.log(`${clips.length} clips of ${CLIP} characters, ${ROUNDS} rounds`);
console.log(`first call (builds the index)  ${first.toFixed(1)} ms`);
console.log(`new clip, wall   ${figures(cold)}`);
console.log(`new clip, CPU    ${figures(coldCpu)}`);
console.log(`same clip, wall  ${figures(warm)}`);
console.log(`same clip, CPU   ${figures(warmCpu)}`);

// The first round above still runs while the engine compiles the code the clips' real words
// reach (the spelt-backwards warm-up reaches little of it: everyday senses, phrases, known
// features), and a compiler thread's time counts as the process's CPU. Here the code is warm and
// only the words are new: every stem and compound head is forgotten before each round.
const fresh: number[] = [];
const freshCpu: number[] = [];
for (let round = 0; round < FRESH_ROUNDS; round++) {
  forgetStems();
  forgetCompoundHeads();
  for (const clip of clips) {
    const cpu = process.cpuUsage();
    started = performance.now();
    suggestTerms(clip, { limit: 5 });
    if (round >= FRESH_WARM_ROUNDS) fresh.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    if (round >= FRESH_WARM_ROUNDS) freshCpu.push((used.user + used.system) / 1000);
  }
}
console.log(`new words, compiled code (${FRESH_ROUNDS - FRESH_WARM_ROUNDS} rounds after ${FRESH_WARM_ROUNDS}), wall  ${figures(fresh)}`);
console.log(`new words, compiled code, CPU   ${figures(freshCpu)}`);

// The nearest-neighbour search alone, over the features the model sees of each clip.
const model = loadTermModel(SUGGESTION_MODEL);
started = performance.now();
const neighbours = loadNeighbourIndex(SUGGESTION_NEIGHBOURS, SUGGESTION_MODEL.features);
const load = performance.now() - started;
const queries = clips.map((clip) => neighbourFeatures(noteFeatures(clip, model).values, model.byFeature));
const search: number[] = [];
for (let round = 0; round < ROUNDS; round++)
  for (const query of queries) {
    started = performance.now();
    neighbourVotes(neighbours, query);
    search.push(performance.now() - started);
  }
console.log(`neighbour index read  ${load.toFixed(1)} ms;  search, wall  ${figures(search)}`);

// Naive Bayes: its counts are read from the neighbour index once, then each clip's scores.
started = performance.now();
const bayes = naiveBayesOf(neighbours);
const counted = performance.now() - started;
const alpha = SUGGESTION_COMBINATION.naiveBayes?.alpha ?? 0.5;
const scoring: number[] = [];
for (let round = 0; round < ROUNDS; round++)
  for (const query of queries) {
    started = performance.now();
    scaledBayes(bayes, query, alpha);
    scoring.push(performance.now() - started);
  }
console.log(`naive Bayes counts  ${counted.toFixed(1)} ms;  scores, wall  ${figures(scoring)}`);
