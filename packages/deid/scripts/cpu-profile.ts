// Where detect() spends its CPU time (prints figures; not a test): profiles detect on the 50 kB
// selections of speed-vs-reference.ts (generated notes and annotated notes), or with `new` on a new
// generated selection each run as bench.ts draws them, and sums self time per function and per source line.
// Run: node --experimental-transform-types --enable-source-maps --conditions=vertelpunt-source packages/deid/scripts/cpu-profile.ts [RUNS] [TOP] [profile.cpuprofile] [generated|annotated|new]
// Not through tsx: tsx puts each module on one line (esbuild's minifyWhitespace), so the profile's
// line ticks all fall on line 1. Node's own transform keeps a source map back to the lines; the
// hook (ts-imports-hook.mjs) lets the sources' `./x.js` imports find `./x.ts`, as tsx and TypeScript do.
import './ts-imports-hook.mjs';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { findSourceMap } from 'node:module';
import { z } from 'zod';

// After the hook, so that these and what they import resolve through it.
const { detect } = await import('../src/index.js');
const { annotatedNotes, repeatedNotes } = await import('./annotated-notes.js');
const { freshTextOfSize, textOfSize } = await import('./generated-notes.js');

const Args = z.tuple(
  [
    z.coerce
      .number({ error: 'RUNS: expected a number' })
      .int('RUNS: expected a whole number')
      .positive('RUNS: expected at least 1')
      .default(300),
    z.coerce
      .number({ error: 'TOP: expected a number' })
      .int('TOP: expected a whole number')
      .positive('TOP: expected at least 1')
      .default(40),
    z.string().optional(),
    z.enum(['generated', 'annotated', 'new'], { error: "the fourth argument: expected 'generated', 'annotated' or 'new'" }).optional(),
  ],
  { error: 'usage: cpu-profile.ts [RUNS] [TOP] [profile.cpuprofile] [generated|annotated|new]' },
);
const parsed = Args.safeParse(process.argv.slice(2));
if (!parsed.success) {
  console.error(parsed.error.issues.map((issue) => issue.message).join('\n'));
  process.exit(2);
}
const [runs, top, profilePath, only] = parsed.data;
const selections =
  only === 'new'
    ? []
    : [
        ...(only === 'annotated' ? [] : [textOfSize(50 * 1024)]),
        ...(only === 'generated' ? [] : [repeatedNotes(annotatedNotes(), 1024 * 1024).slice(0, 50 * 1024)]),
      ];
// `new`: a selection per run, all made before the profile starts (bench.ts's seeds 1-20 warm up, the next RUNS are profiled).
const fresh = only === 'new' ? Array.from({ length: 20 + runs }, (_, run) => freshTextOfSize(50 * 1024, 1 + run)) : [];
const perRun = only === 'new' ? 1 : selections.length;

// Warm up first, so the profile shows optimised code, as the side panel runs it after its warm-up.
if (only === 'new') for (const selection of fresh.slice(0, 20)) detect(selection);
else for (let run = 0; run < 50; run++) for (const selection of selections) detect(selection);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
// 100 µs: the default 1 ms gives too few samples per line in a run of a few seconds.
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
if (only === 'new') for (const selection of fresh.slice(20)) detect(selection);
else for (let run = 0; run < runs; run++) for (const selection of selections) detect(selection);
const { profile } = await session.post('Profiler.stop');
if (profilePath) writeFileSync(profilePath, JSON.stringify(profile));

type Node = {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  positionTicks?: { line: number; ticks: number }[];
};
const nodes = profile.nodes as Node[];
const byId = new Map(nodes.map((node) => [node.id, node]));
// Self time per node from the samples and their time deltas (µs).
const selfTime = new Map<number, number>();
const samples = profile.samples ?? [];
const deltas = profile.timeDeltas ?? [];
for (let i = 0; i < samples.length; i++) selfTime.set(samples[i]!, (selfTime.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? 0));
const total = [...selfTime.values()].reduce((sum, time) => sum + time, 0);

/** file:line in the .ts source of a 1-based line of the code node ran (its transform moves lines; --enable-source-maps keeps the map). */
function sourceLine(url: string, line: number): string {
  const file = url.split('/').slice(-2).join('/');
  // The last mapping on the line: a mapping at column 0 may be the previous line's, carried over.
  const entry = findSourceMap(url)?.findEntry(line - 1, 10_000) as { generatedLine?: number; originalLine?: number } | undefined;
  return entry?.originalLine !== undefined && entry.generatedLine === line - 1
    ? `${file}:${entry.originalLine + 1}`
    : `${file}:${line}(js)`;
}

const byFunction = new Map<string, number>();
const byLine = new Map<string, number>();
for (const [id, time] of selfTime) {
  const node = byId.get(id)!;
  const { functionName, url, lineNumber } = node.callFrame;
  const name = `${functionName || '(anonymous)'} ${url ? sourceLine(url, lineNumber + 1) : ''}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + time);
  const ticks = node.positionTicks ?? [];
  const allTicks = ticks.reduce((sum, tick) => sum + tick.ticks, 0);
  if (!allTicks) {
    byLine.set(name, (byLine.get(name) ?? 0) + time);
    continue;
  }
  for (const tick of ticks) {
    const where = `${sourceLine(url, tick.line)} (${functionName || 'anonymous'})`;
    byLine.set(where, (byLine.get(where) ?? 0) + (time * tick.ticks) / allTicks);
  }
}

const print = (title: string, times: Map<string, number>) => {
  console.log(`\n${title}, ms per call of detect on one 50 kB selection, % of all):`);
  for (const [what, time] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${(time / 1000 / runs / perRun).toFixed(3).padStart(7)}  ${((100 * time) / total).toFixed(1).padStart(5)} %  ${what}`);
};
// Total time per function (its own and its callees', each function counted once per stack): what a rule costs in all.
const parents = new Map<number, number>();
for (const node of nodes) for (const child of node.children ?? []) parents.set(child, node.id);
const byFunctionTotal = new Map<string, number>();
for (const [id, time] of selfTime) {
  const onStack = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
    const { functionName, url, lineNumber } = byId.get(at)!.callFrame;
    if (!url) continue;
    onStack.add(`${functionName || '(anonymous)'} ${sourceLine(url, lineNumber + 1)}`);
  }
  for (const name of onStack) byFunctionTotal.set(name, (byFunctionTotal.get(name) ?? 0) + time);
}

console.log(`${samples.length} samples, ${(total / 1000 / runs / perRun).toFixed(2)} ms per detect call`);
print('By function (self time', byFunction);
print('By function (total time, with its callees', byFunctionTotal);
print('By line (self time', byLine);
