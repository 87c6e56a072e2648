// Times suggestTerms() on 2 kB clips made from the labelled notes (each note repeated and cut to
// 2,048 characters), after one warm-up call that builds the term index.
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/bench-suggestions.ts
// Prints the first call (index build included), p50/p95/max of each clip's first call (words not
// seen before: stems and compound heads computed) and of later calls (as while editing), in ms.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { suggestTerms } from '../src/index.js';
import { readLabelledNotes } from './suggestion-score.js';

const CLIP = 2048;
const ROUNDS = 20;
const file = fileURLToPath(new URL('../data/suggest/labelled.jsonl', import.meta.url));
const clips = readLabelledNotes(readFileSync(file, 'utf8'), file).map((n) => `${n.text} `.repeat(Math.ceil(CLIP / n.text.length)).slice(0, CLIP));

let started = performance.now();
suggestTerms(clips[0]!, { limit: 5 });
const first = performance.now() - started;
const cold: number[] = [];
const warm: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const clip of clips) {
    started = performance.now();
    suggestTerms(clip, { limit: 5 });
    (round === 0 ? cold : warm).push(performance.now() - started);
  }
}
const figures = (times: number[]) => {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3);
  return `p50 ${at(0.5)} ms   p95 ${at(0.95)} ms   max ${times.at(-1)!.toFixed(3)} ms   (${times.length} calls)`;
};
console.log(`${clips.length} clips of ${CLIP} characters, ${ROUNDS} rounds`);
console.log(`first call (builds the index)  ${first.toFixed(1)} ms`);
console.log(`new clip      ${figures(cold)}`);
console.log(`same clip     ${figures(warm)}`);
