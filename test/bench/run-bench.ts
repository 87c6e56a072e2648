// `pnpm bench`: builds what it needs, runs every benchmark of issue 14 (each a script of its own,
// in its own process and browser), reads the BENCH_JSON line each prints, measures the baselines
// beside their figures in the same run, prints one table and writes out/bench/latest.json.
// Options: --only capture,library,overview,export,cli,deid,growth  --quick (small sizes, a smoke run)
// --no-build (use the builds in extension/.output as they are). See test/bench/README.md.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { CHROMIUM_PATH, REPO_ROOT } from '../support/paths.js';
import {
  figureSpec,
  formatTable,
  growthFigure,
  measure,
  numberFrom,
  parseBenchJson,
  parseDeidOutput,
  parseExchangeOutput,
  parseOptions,
  type FigureValues,
  type GrowthPoint,
  type Measured,
} from './figures.js';
import { countsAgreement } from './counts-agreement.js';

const options = parseOptions(process.argv.slice(2));
const wants = (group: string) => options.only.some((g) => g === group);
const SIZES = options.quick
  ? { clicks: 20, stories: 5_000, cliStories: 20_000, growth: [500, 5_000] }
  : { clicks: 200, stories: 100_000, cliStories: 1_000_000, growth: [1_000, 10_000, 100_000] };
const BENCH_DIR = join(REPO_ROOT, 'test/bench');
// BENCH_OUT: another file for a run beside the main one (latest.json is the main run's).
const OUT_FILE = process.env.BENCH_OUT ?? join(REPO_ROOT, 'out/bench/latest.json');
const NODE_TSX = ['--conditions=vertelpunt-source', '--import', 'tsx'];

interface Run {
  stdout: string;
  stderr: string;
  ms: number;
}

/** A command that failed, with what it printed before (a bench script's figures so far). */
class RunFailed extends Error {
  constructor(
    message: string,
    readonly stdout: string,
  ) {
    super(message);
  }
}

/** Runs a command, passing its output through (indented) while keeping it; rejects on a non-zero exit. */
function run(command: string, args: readonly string[], env: Record<string, string> = {}, { quiet = false } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!quiet) process.stdout.write(chunk.toString().replace(/^(?!BENCH_JSON)(?=.)/gm, '    '));
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code === 0) resolve({ stdout, stderr, ms });
      else reject(new RunFailed(`${command} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`, stdout));
    });
  });
}

const script = (file: string, args: readonly string[] = [], env: Record<string, string> = {}, quiet = false) =>
  run(process.execPath, [...NODE_TSX, file.startsWith('/') ? file : join(BENCH_DIR, file), ...args], env, { quiet });

/**
 * The figures a script printed last; a script that printed none is an error. A script that
 * failed after printing some (an export that timed out after three formats) gives those, and
 * its failure is listed.
 */
async function figuresOf(file: string, env: Record<string, string> = {}): Promise<FigureValues> {
  let stdout: string;
  try {
    stdout = (await script(file, [], env)).stdout;
  } catch (error) {
    if (!(error instanceof RunFailed) || !parseBenchJson(error.stdout)) throw error;
    failures.push(`${file}: ${error.message.split('\n').find((line) => /Error|exceeded/.test(line)) ?? error.message.split('\n')[0]}`);
    stdout = error.stdout;
  }
  const figures = parseBenchJson(stdout);
  if (!figures) throw new Error(`${file}: printed no BENCH_JSON line`);
  return figures;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const measured: Measured[] = [];
const details: Record<string, unknown> = {};
const failures: string[] = [];
const section = (title: string) =>
  console.log(
    `\n== ${title} (${new Date().toISOString().slice(11, 19)} UTC, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );
/** Takes figures from a script's output: `library100k.firstRowsMs` ← figures.firstRowsMs. */
const take = (prefix: string, figures: FigureValues, file: string, names: readonly string[]) => {
  for (const name of names) {
    if (typeof figures[name] === 'number') measured.push(measure(`${prefix}.${name}`, numberFrom(figures, name, file)));
    else failures.push(`${prefix}.${name}: ${file} printed no figure for it`);
  }
};

/** Runs one group; a failing group is reported and the others still run. */
async function group(name: string, body: () => Promise<void>): Promise<void> {
  if (!wants(name)) return;
  section(name);
  try {
    await body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failures.push(`${name}: ${message.split('\n')[0]}`);
    console.error(`  ${name} failed: ${message}`);
  }
  // Written after every group: a long run stopped midway keeps what it measured.
  writeResult();
}

function writeResult() {
  const result = {
    machine: { ...machine, loadAtEnd: loadavg() },
    options,
    sizes: SIZES,
    figures: Object.fromEntries(measured.map((m) => [m.name, m])),
    failures,
    details,
  };
  mkdirSync(dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

const machine = {
  date: new Date().toISOString(),
  nproc: availableParallelism(),
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  // Debian's wrapper script warns on stderr about its own memory test: not ours to show.
  chromium: execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\n')[0]!
    .trim(),
  node: process.version,
  loadAtStart: loadavg(),
};
console.log(
  `pnpm bench${options.quick ? ' --quick' : ''}: ${options.only.join(', ')} — ${machine.nproc} cores, ${machine.memoryGB} GB, ${machine.chromium}, load ${machine.loadAtStart.map((l) => l.toFixed(1)).join(' ')}`,
);

if (options.build) {
  // The capture figures are of the production build; the library, overview and exports are
  // seeded through the test build's storage seam.
  if (wants('capture')) await run('pnpm', ['--filter', '@vertelpunt/extension', 'build'], {}, { quiet: true });
  if (['library', 'overview', 'export', 'growth'].some(wants))
    await run('pnpm', ['--filter', '@vertelpunt/extension', 'build:e2e'], {}, { quiet: true });
}

await group('capture', async () => {
  const figures = await figuresOf('capture-to-saved.ts', { RUNS: String(SIZES.clicks) });
  take('capture', figures, 'capture-to-saved.ts', ['clickToShownP95Ms', 'injectedGzipBytes']);
  const ratio = numberFrom(figures, 'saveRatioVsBarePut', 'capture-to-saved.ts');
  measured.push(
    measure('capture.saveRatioVsBarePut', ratio, {
      baseline: `save ${ms(numberFrom(figures, 'saveP50Ms', 'capture'))} vs bare put ${ms(numberFrom(figures, 'barePutStrictP50Ms', 'capture'))} (medians)`,
      note: `${String(figures.clicks)} clicks; put with default durability ${ms(numberFrom(figures, 'barePutDefaultP50Ms', 'capture'))}${typeof figures.storageGetSetP50Ms === 'number' ? `; storage.local get + set ${ms(figures.storageGetSetP50Ms)}` : ''}`,
    }),
  );
  details.capture = figures;
});

let libraryFigures: FigureValues | undefined;
await group('library', async () => {
  libraryFigures = await figuresOf('library-100k.ts', { STORIES: String(SIZES.stories) });
  take('library100k', libraryFigures, 'library-100k.ts', ['firstRowsMs', 'queryP95Ms', 'facetCountsMs', 'longestFrameMs']);
  details.library = libraryFigures;
});

await group('overview', async () => {
  const figures = await figuresOf('overview-100k.ts', { STORIES: String(SIZES.stories) });
  take('overview100k', figures, 'overview-100k.ts', ['allChartsMs', 'filterChangeMs']);
  details.overview = figures;
});

let exportFigures: FigureValues | undefined;
await group('export', async () => {
  exportFigures = await figuresOf('export-100k.ts', { STORIES: String(SIZES.stories), FORMATS: 'csv-long,json,parquet,qdpx' });
  take('export100k', exportFigures, 'export-100k.ts', ['csvLongMs', 'jsonMs', 'parquetMs', 'qdpxMs', 'backupMs', 'peakHeapMB']);
  details.export = exportFigures;
});

await group('cli', async () => {
  const n = SIZES.cliStories;
  // The CLI's own bench makes (once) and reuses out/bench-<n>.ndjson; the merge figures are its.
  const exchange = await script(join(REPO_ROOT, 'packages/exchange/scripts/bench.ts'), [String(n), 'merge']);
  const own = parseBenchJson(exchange.stdout);
  const merge = parseExchangeOutput(exchange.stdout).get('merge (the file with itself)');
  const mergeS = typeof own?.mergeS === 'number' ? own.mergeS : merge?.seconds;
  const mergePeakMB = typeof own?.mergePeakMB === 'number' ? own.mergePeakMB : merge?.peakMB;
  if (mergeS === undefined) throw new Error('packages/exchange/scripts/bench.ts: no merge time in its output');
  measured.push(measure('cli1m.mergeS', mergeS, { note: `${n.toLocaleString('en')} stories merged with themselves` }));
  if (mergePeakMB === undefined) failures.push('cli: no merge peak memory (GNU time, /usr/bin/time, is not installed)');
  else measured.push(measure('cli1m.mergePeakMB', mergePeakMB));

  if (typeof own?.countsRatioVsDuckdb === 'number') {
    measured.push(measure('cli1m.countsRatioVsDuckdb', own.countsRatioVsDuckdb, { note: 'from the CLI bench' }));
    details.cli = own;
    return;
  }
  // Side by side on the same file, alternating so that both see the same load: the CLI's
  // `counts --by term` and DuckDB's read_json + unnest + group by, each as a process of its own.
  const file = join(REPO_ROOT, 'out', `bench-${n}.ndjson`);
  const cli = join(REPO_ROOT, 'packages/exchange/src/cli/main.ts');
  const cliMs: number[] = [];
  const duckMs: number[] = [];
  let agreement = '';
  for (let round = 0; round < 2; round++) {
    const counted = await run(process.execPath, [...NODE_TSX, cli, 'counts', file, '--by', 'term'], {}, { quiet: true });
    cliMs.push(counted.ms);
    const duck = await script(join(REPO_ROOT, 'packages/exchange/scripts/duckdb-counts.ts'), [file], {}, true);
    duckMs.push(duck.ms);
    const duckCounts = parseBenchJson(duck.stdout)?.counts;
    agreement = countsAgreement(counted.stdout, duckCounts);
    console.log(
      `    round ${round + 1}: counts --by term ${(counted.ms / 1000).toFixed(1)} s, DuckDB ${(duck.ms / 1000).toFixed(1)} s (query alone ${(numberFrom(parseBenchJson(duck.stdout), 'queryMs', 'duckdb-counts.ts') / 1000).toFixed(1)} s); ${agreement}`,
    );
  }
  const best = (values: number[]) => Math.min(...values);
  measured.push(
    measure('cli1m.countsRatioVsDuckdb', best(cliMs) / best(duckMs), {
      baseline: `counts ${(best(cliMs) / 1000).toFixed(1)} s vs DuckDB ${(best(duckMs) / 1000).toFixed(1)} s (best of 2, processes with start-up)`,
      note: agreement,
    }),
  );
  details.cli = { stories: n, mergeS, mergePeakMB, countsMs: cliMs, duckdbMs: duckMs, agreement };
});

await group('deid', async () => {
  const { stdout } = await script(join(REPO_ROOT, 'packages/deid/scripts/bench.ts'));
  const figures = parseDeidOutput(stdout);
  measured.push(measure('deid.mbPerS', figures.mbPerS, { note: '3 MB of generated notes, median of 5' }));
  measured.push(measure('deid.p95Ms50kB', figures.p95Ms50kB, { note: '50 kB of generated notes, 200 runs' }));
  measured.push(
    measure('deid.p95Ms50kBNewSelection', figures.p95Ms50kBNewSelection, {
      note: '50 kB, a new selection of generated notes each run, 200 runs',
    }),
  );
  details.deid = figures;
});

await group('growth', async () => {
  const queries: GrowthPoint[] = [];
  const exports: GrowthPoint[] = [];
  for (const stories of SIZES.growth) {
    // The largest size is the library and export runs above, where they ran at that size.
    const reuseLibrary = libraryFigures && stories === SIZES.stories;
    const query = reuseLibrary ? libraryFigures! : await figuresOf('query-growth.ts', { STORIES: String(stories) });
    queries.push({ stories, value: numberFrom(query, 'queryP95Ms', 'query-growth.ts') });
    const reuseExport = exportFigures && stories === SIZES.stories;
    const exported = reuseExport ? exportFigures! : await figuresOf('export-100k.ts', { STORIES: String(stories), FORMATS: 'csv-long' });
    exports.push({ stories, value: numberFrom(exported, 'csvLongMs', 'export-100k.ts') });
  }
  measured.push(growthFigure('growth.queryP95PerTenfold', queries, 'ms'));
  measured.push(growthFigure('growth.exportPerTenfold', exports, 'ms'));
  details.growth = { queryP95Ms: queries, csvLongMs: exports };
});

const result = writeResult();
const minutes = ((Date.parse(new Date().toISOString()) - Date.parse(machine.date)) / 60_000).toFixed(0);
console.log(
  `\n${options.quick ? 'Quick run (small sizes; the names keep the full sizes)' : 'Full run'}, ${minutes} min, load at end ${result.machine.loadAtEnd.map((l) => l.toFixed(1)).join(' ')}\n`,
);
console.log(formatTable(measured.filter((m) => figureSpec(m.name))));
for (const failure of failures) console.log(`not measured: ${failure}`);
console.log(`\nwritten: ${relative(REPO_ROOT, OUT_FILE)}`);
if (failures.length > 0) process.exitCode = 1;
