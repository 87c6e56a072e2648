// Benchmark (prints figures; not a test): throughput on generated Dutch notes, and the time for
// one 50 kB selection, as the side panel would run it.
// Run: node --conditions=vertelpunt-source --import tsx packages/deid/scripts/bench.ts
import { detect, redact } from '../src/index.js';
import { annotatedNotes, repeatedNotes } from './annotated-notes.js';
import { textOfSize } from './generated-notes.js';

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const median = (values: number[]) => percentile(values, 50);

/** MB/s of detect + redact over a text: one run to let the JIT compile, then the median of five. */
function throughput(text: string): { median: number; low: number; high: number; spans: number } {
  let spans = redact(text, detect(text)).replacements.length;
  const rates: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    spans = redact(text, detect(text)).replacements.length;
    rates.push(text.length / 1024 / 1024 / ((performance.now() - started) / 1000));
  }
  return { median: median(rates), low: Math.min(...rates), high: Math.max(...rates), spans };
}

const report = (what: string, text: string): number => {
  const { median: rate, low, high, spans } = throughput(text);
  console.log(
    `throughput: ${rate.toFixed(2)} MB/s (median of 5; ${low.toFixed(2)}-${high.toFixed(2)}) on ${(text.length / 1024 / 1024).toFixed(1)} MB of ${what} (${spans} spans, detect + redact)`,
  );
  return rate;
};

// The selections first, in a heap that has not held megabytes of spans: as in the side panel.
const annotated = annotatedNotes();
const notes = repeatedNotes(annotated, 3 * 1024 * 1024);

/** p50 and p95 of detect + redact on one selection: 200 runs after 20 to warm up. */
function selectionTimes(what: string, selection: string): number {
  for (let run = 0; run < 20; run++) redact(selection, detect(selection));
  const times: number[] = [];
  for (let run = 0; run < 200; run++) {
    const started = performance.now();
    redact(selection, detect(selection));
    times.push(performance.now() - started);
  }
  console.log(
    `50 kB selection of ${what}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (200 runs after 20 to warm up)`,
  );
  return percentile(times, 95);
}
const p95Generated = selectionTimes('generated notes', textOfSize(50 * 1024));
selectionTimes('the annotated notes', notes.slice(0, 50 * 1024));

const mbPerS = report('generated notes', textOfSize(3 * 1024 * 1024));
// The annotated notes (dev, held-out, unseen), repeated: fewer identifiers per kB, more varied wording.
const annotatedMbPerS = report('the annotated notes, repeated', notes);
// For the repository's `pnpm bench` harness: the generated notes' figures, as the lines above print them.
console.log(
  `BENCH_JSON ${JSON.stringify({ mbPerS: Number(mbPerS.toFixed(2)), p95Ms50kB: Number(p95Generated.toFixed(1)), annotatedMbPerS: Number(annotatedMbPerS.toFixed(2)) })}`,
);
