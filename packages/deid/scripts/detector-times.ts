// Where a detect call's time goes, step by step, and which patterns run over the whole text (prints figures; not a test).
// Run: node --conditions=vertelpunt-source --import tsx packages/deid/scripts/detector-times.ts [SELECTIONS]
// Two inputs in one process, each after a warm-up: SELECTIONS (default 40) new generated selections of 50 kB (as
// bench.ts draws them), and the repeated 50 kB generated selection as often.
// 1. Each step of the pipeline (every function detect.ts imports: the detectors and the layers after them), by its
//    time with its callees in a CPU profile (100 µs samples; a step that calls another counts it too).
// 2. Every pattern run over the whole text: `RegExp.prototype.exec` is wrapped (test, matchAll, split, replace and
//    match call it once it is not the builtin), and each call on the text itself (or a copy of its length, as its
//    lower case) by a pattern that is not sticky is timed, by pattern and the rule file that called it. The wrap
//    slows every pattern call, so these times are an upper bound; their share is of the unwrapped step times' total.
import { Session } from 'node:inspector/promises';
import { readFileSync } from 'node:fs';
import { detect } from '../src/index.js';
import { freshTextOfSize, textOfSize } from './generated-notes.js';

const count = Number(process.argv[2] ?? 40);
const WARM_UP = 20;
const here = new URL('.', import.meta.url).pathname;
const detectSource = readFileSync(`${here}../src/detect.ts`, 'utf8');
/** The steps: what detect.ts imports (and the scan), by name. */
const steps = new Set(['detect', 'scan', 'detectByRules', 'allFound']);
for (const [, names] of detectSource.matchAll(/import \{([^}]*)\} from '\.\/[^']+'/g))
  for (const name of names!.split(',')) if (/^\s*[a-z]\w*\s*$/.test(name)) steps.add(name.trim());

type Node = { id: number; children?: number[]; callFrame: { functionName: string; url: string } };

/** Time per call (ms) of each step, with its callees, each counted once per stack. */
async function stepTimes(selections: readonly string[]): Promise<Map<string, number>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (const selection of selections) detect(selection);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const nodes = profile.nodes as Node[];
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const times = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const onStack = new Set<string>();
    for (let at: number | undefined = samples[i]; at !== undefined; at = parents.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (steps.has(name)) onStack.add(name);
    }
    for (const name of onStack) times.set(name, (times.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000 / selections.length);
  }
  return times;
}

interface Pass {
  calls: number;
  ms: number;
  where: string;
}

/** Time per call (ms) of every pattern that ran over the whole text, keyed by pattern. */
function wholeTextPasses(selections: readonly string[]): Map<string, Pass> {
  const passes = new Map<string, Pass>();
  const builtinExec = RegExp.prototype.exec;
  let length = -1;
  RegExp.prototype.exec = function timedExec(this: RegExp, input: string) {
    if (this.sticky || typeof input !== 'string' || input.length !== length) return builtinExec.call(this, input);
    const start = performance.now();
    const result = builtinExec.call(this, input);
    const ms = performance.now() - start;
    const key = `/${this.source}/${this.flags}`;
    let pass = passes.get(key);
    if (!pass) {
      const frame = (new Error().stack ?? '').split('\n').find((line) => line.includes('/src/')) ?? '';
      passes.set(key, (pass = { calls: 0, ms: 0, where: /src\/([\w/-]+\.ts)/.exec(frame)?.[1] ?? '?' }));
    }
    pass.calls++;
    pass.ms += ms;
    return result;
  };
  try {
    for (const selection of selections) {
      length = selection.length;
      detect(selection);
    }
  } finally {
    RegExp.prototype.exec = builtinExec;
  }
  for (const pass of passes.values()) {
    pass.calls /= selections.length;
    pass.ms /= selections.length;
  }
  return passes;
}

async function report(title: string, warmUp: readonly string[], measured: readonly string[]): Promise<void> {
  for (const selection of warmUp) detect(selection);
  const times = await stepTimes(measured);
  const total = times.get('detect') ?? 0;
  console.log(`\n## ${title}: ${total.toFixed(2)} ms per detect call (CPU profile)\n`);
  console.log('| step (with its callees) | ms per call | share |\n|---|---|---|');
  for (const [name, ms] of [...times].sort((a, b) => b[1] - a[1]))
    console.log(`| ${name} | ${ms.toFixed(3)} | ${((100 * ms) / total).toFixed(1)} % |`);
  const passes = wholeTextPasses(measured);
  console.log('\n| pattern over the whole text | file | calls per detect | ms per detect (wrapped) | share |\n|---|---|---|---|---|');
  for (const [pattern, pass] of [...passes].sort((a, b) => b[1].ms - a[1].ms))
    console.log(
      `| \`${pattern.replaceAll('|', '\\|').slice(0, 90)}\` | ${pass.where} | ${pass.calls.toFixed(1)} | ${pass.ms.toFixed(3)} | ${((100 * pass.ms) / total).toFixed(1)} % |`,
    );
}

const fresh = Array.from({ length: WARM_UP + count }, (_, run) => freshTextOfSize(50 * 1024, 1 + run));
await report(`${count} new generated selections of 50 kB`, fresh.slice(0, WARM_UP), fresh.slice(WARM_UP));
const repeated = textOfSize(50 * 1024);
await report(
  'the repeated 50 kB generated selection',
  Array.from({ length: WARM_UP }, () => repeated),
  Array.from({ length: count }, () => repeated),
);
