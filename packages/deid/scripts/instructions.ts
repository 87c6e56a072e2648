// Instructions per detect + redact call, counted by valgrind (prints figures; not a test). Unlike time, the count
// does not move with the other jobs on a shared machine, so a change of a few per cent shows.
// Run: node --conditions=vertelpunt-source --import tsx packages/deid/scripts/instructions.ts [SRC …] [--calls N] [--only INPUT]
// Each SRC (default: this package's src; give a frozen copy, as for speed-vs-reference.ts, to compare) is bundled
// with esbuild and run in a fresh node under `valgrind --tool=cachegrind --cache-sim=no` twice: once making the
// inputs and warming up, once doing that and N more calls; the difference over N is the figure. Node runs
// single-threaded with fixed seeds and GC schedule, so the JIT and the collector work at the same moments in both runs
// and from one run to the next (two runs of the same bundle: within 4,000 instructions).
// Inputs: a 50 kB selection of generated notes (the same each call), of the annotated notes, and a new generated
// selection each call (as bench.ts's "a new selection each run").
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The one call of esbuild's API used here (esbuild is tsx's dependency, not this package's: no types to import). */
interface EsbuildApi {
  buildSync(options: Record<string, unknown>): unknown;
}

const INPUTS = ['generated', 'annotated', 'new'] as const;
const Args = z.object({
  sources: z.array(z.string()),
  calls: z.coerce.number().int().positive().default(10),
  only: z.enum(INPUTS).optional(),
});

function parseArgs(argv: readonly string[]): z.infer<typeof Args> {
  const sources: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) options[arg.slice(2)] = argv[++i] ?? '';
    else sources.push(arg);
  }
  const parsed = Args.safeParse({ sources, ...options });
  if (!parsed.success) {
    console.error('usage: instructions.ts [SRC …] [--calls N] [--only generated|annotated|new]');
    process.exit(2);
  }
  return parsed.data;
}

const { sources, calls, only } = parseArgs(process.argv.slice(2));
const here = fileURLToPath(new URL('.', import.meta.url));
const packageRoot = resolve(here, '..');
// One folder per checkout: a link left by another worktree (perhaps removed since) pointed the bundles at its data.
const work = join('/tmp/deid-instructions', createHash('sha1').update(packageRoot).digest('hex').slice(0, 12));
mkdirSync(work, { recursive: true });
// annotated-notes.ts reads ../data/*.jsonl next to its module: the bundles sit one folder below `work`.
if (!existsSync(join(work, 'data'))) symlinkSync(join(packageRoot, 'data'), join(work, 'data'));

// esbuild comes with tsx (this repository's TypeScript runner), so no dependency of its own.
const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx'))('esbuild') as EsbuildApi;

/** The folder holding index.ts: SRC itself or SRC/src; linked to this package's node_modules if it has none. */
function sourceFolder(source: string): string {
  const root = resolve(source);
  const src = existsSync(join(root, 'src', 'index.ts')) ? join(root, 'src') : root;
  if (!existsSync(join(src, 'index.ts'))) throw new Error(`no index.ts in ${src}`);
  const modules = join(src, '..', 'node_modules');
  if (!existsSync(modules)) symlinkSync(join(packageRoot, 'node_modules'), modules);
  return src;
}

/** A bundle that builds every input, warms up on some and, when asked, runs `calls` more detect + redact calls. */
function bundle(src: string, name: string): string {
  const folder = join(work, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  const entry = join(folder, 'entry.ts');
  writeFileSync(
    entry,
    `import { detect, redact } from ${JSON.stringify(join(src, 'index.ts'))};
import { annotatedNotes, repeatedNotes } from ${JSON.stringify(join(here, 'annotated-notes.ts'))};
import { freshTextOfSize, textOfSize } from ${JSON.stringify(join(here, 'generated-notes.ts'))};
const [input, warmArg, callsArg, measure] = process.argv.slice(2);
const warm = Number(warmArg), calls = Number(callsArg);
const size = 50 * 1024;
const texts =
  input === 'new' ? Array.from({ length: warm + calls }, (_, i) => freshTextOfSize(size, 1 + i))
  : Array(warm + calls).fill(input === 'generated' ? textOfSize(size) : repeatedNotes(annotatedNotes(), size).slice(0, size));
const runs = measure === '1' ? warm + calls : warm;
let spans = 0;
for (let i = 0; i < runs; i++) spans += redact(texts[i], detect(texts[i])).replacements.length;
console.log(spans);
`,
  );
  const out = join(folder, 'bundle.mjs');
  esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    conditions: ['vertelpunt-source'],
    outfile: out,
    logLevel: 'error',
  });
  return out;
}

const WARM = 20;
/** Instructions of one node run of the bundle, as cachegrind counts them (every thread; the JIT's code included). */
function instructionsOf(file: string, input: string, measure: boolean): number {
  const valgrind = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null'];
  // --predictable and its GC schedule: without them V8 sizes the heap by measured GC speed, and two runs of the
  // same bundle differed by about a call's instructions.
  const node = [
    process.execPath,
    '--single-threaded',
    '--predictable',
    '--predictable-gc-schedule',
    '--hash-seed=1',
    '--random-seed=1',
    file,
  ];
  const run = spawnSync('valgrind', [...valgrind, ...node, input, String(WARM), String(calls), measure ? '1' : '0'], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const count = /I\s+refs:\s+([\d,]+)/.exec(run.stderr);
  if (run.status !== 0 || !count) throw new Error(`valgrind failed (${run.status}): ${run.stderr.slice(-2000)}`);
  return Number(count[1]!.replaceAll(',', ''));
}

for (const [index, source] of (sources.length > 0 ? sources : [join(packageRoot, 'src')]).entries()) {
  const file = bundle(sourceFolder(source), `bundle-${index}`);
  for (const input of INPUTS) {
    if (only !== undefined && input !== only) continue;
    const base = instructionsOf(file, input, false);
    const total = instructionsOf(file, input, true);
    console.log(
      `${source} ${input}: ${((total - base) / calls / 1e6).toFixed(2)} M instructions per 50 kB call ` +
        `(${calls} calls after ${WARM}; runs of ${(base / 1e9).toFixed(2)} and ${(total / 1e9).toFixed(2)} G)`,
    );
  }
}
