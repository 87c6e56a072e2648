import { z } from 'zod';

// The pure half of `pnpm bench`: which figures there are and their goals (from issue 14), the
// figure lines the bench scripts print, goal checks and the table. No I/O here, so it is unit-tested.

export const GROUPS = ['capture', 'library', 'overview', 'export', 'cli', 'deid', 'growth'] as const;
export type Group = (typeof GROUPS)[number];

export interface Goal {
  op: '<' | '<=' | '>=';
  value: number;
}

export interface FigureSpec {
  name: string;
  group: Group;
  unit: string;
  goal: Goal;
}

const spec = (name: string, group: Group, unit: string, op: Goal['op'], value: number): FigureSpec => ({
  name,
  group,
  unit,
  goal: { op, value },
});

/** Every figure of issue 14, with the goal the issue gives (peakHeapMB: see test/bench/README.md). */
export const FIGURES: readonly FigureSpec[] = [
  spec('capture.clickToShownP95Ms', 'capture', 'ms', '<', 100),
  spec('capture.saveRatioVsBarePut', 'capture', '×', '<=', 1.2),
  spec('capture.injectedGzipBytes', 'capture', 'B', '<=', 4096),
  spec('library100k.firstRowsMs', 'library', 'ms', '<', 150),
  spec('library100k.queryP95Ms', 'library', 'ms', '<', 50),
  spec('library100k.facetCountsMs', 'library', 'ms', '<', 50),
  spec('library100k.longestFrameMs', 'library', 'ms', '<=', 50),
  spec('overview100k.allChartsMs', 'overview', 'ms', '<', 1000),
  spec('overview100k.filterChangeMs', 'overview', 'ms', '<', 200),
  spec('export100k.csvLongMs', 'export', 'ms', '<', 3000),
  spec('export100k.jsonMs', 'export', 'ms', '<', 3000),
  spec('export100k.parquetMs', 'export', 'ms', '<', 3000),
  spec('export100k.qdpxMs', 'export', 'ms', '<', 10_000),
  spec('export100k.backupMs', 'export', 'ms', '<', 3000),
  spec('export100k.peakHeapMB', 'export', 'MB', '<=', 512),
  spec('cli1m.countsRatioVsDuckdb', 'cli', '×', '<=', 3),
  spec('cli1m.mergeS', 'cli', 's', '<', 60),
  spec('cli1m.mergePeakMB', 'cli', 'MB', '<', 1024),
  spec('deid.mbPerS', 'deid', 'MB/s', '>=', 5),
  spec('deid.p95Ms50kB', 'deid', 'ms', '<', 10),
  // The same goal on a new selection each run: a user's next clip has names the last one had not.
  spec('deid.p95Ms50kBNewSelection', 'deid', 'ms', '<', 10),
  // Linear or better: ten times the stories may cost at most ten times the time.
  spec('growth.queryP95PerTenfold', 'growth', '×', '<=', 10),
  spec('growth.exportPerTenfold', 'growth', '×', '<=', 10),
];

export const figureSpec = (name: string): FigureSpec | undefined => FIGURES.find((f) => f.name === name);

/** One measured figure of a run: its value, whether it meets its goal, and the baseline beside it. */
export interface Measured {
  name: string;
  value: number;
  unit: string;
  goal: Goal;
  met: boolean;
  /** What the figure was measured against in the same run (a ratio's denominator, the smaller sizes of a growth curve). */
  baseline?: string;
  note?: string;
}

export function meetsGoal(value: number, goal: Goal): boolean {
  if (!Number.isFinite(value)) return false;
  if (goal.op === '<') return value < goal.value;
  if (goal.op === '<=') return value <= goal.value;
  return value >= goal.value;
}

/** How far a missed figure is from its goal, as a factor (2 = twice the allowed time; for `>=` goals, the goal over the value). */
export function missFactor(value: number, goal: Goal): number {
  return goal.op === '>=' ? goal.value / value : value / goal.value;
}

export function measure(name: string, value: number, extra: { baseline?: string; note?: string } = {}): Measured {
  const found = figureSpec(name);
  if (!found) throw new Error(`unknown bench figure '${name}'`);
  return { name, value, unit: found.unit, goal: found.goal, met: meetsGoal(value, found.goal), ...extra };
}

// ---- what the scripts print ----

const BENCH_JSON_PREFIX = 'BENCH_JSON ';
const FigureValuesSchema = z.record(
  z.string(),
  z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(z.unknown()), z.record(z.string(), z.unknown())]),
);
export type FigureValues = z.infer<typeof FigureValuesSchema>;

/**
 * The figures a bench script printed as its `BENCH_JSON {...}` line (the last one wins), or
 * undefined when it printed none. A line that is not a JSON object of figures is an error that
 * names the line, so a broken script never passes for one that measured nothing.
 */
export function parseBenchJson(output: string): FigureValues | undefined {
  const lines = output.split('\n').filter((line) => line.startsWith(BENCH_JSON_PREFIX));
  const last = lines.at(-1);
  if (last === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(last.slice(BENCH_JSON_PREFIX.length));
  } catch {
    throw new Error(`BENCH_JSON line is not JSON: ${last.slice(0, 120)}`);
  }
  const parsed = FigureValuesSchema.safeParse(json);
  if (!parsed.success) throw new Error(`BENCH_JSON line is not an object of figures: ${last.slice(0, 120)}`);
  return parsed.data;
}

/** The line a bench script prints last, for the harness. */
export const benchJsonLine = (figures: Record<string, unknown>): string => `${BENCH_JSON_PREFIX}${JSON.stringify(figures)}`;

/** A number from a script's figures, or an error naming what is missing. */
export function numberFrom(figures: FigureValues | undefined, key: string, script: string): number {
  const value = figures?.[key];
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(`${script}: no number '${key}' in its BENCH_JSON line (got ${JSON.stringify(value)})`);
  return value;
}

/**
 * The de-identification bench's figures, from its text output (packages/deid/scripts/bench.ts
 * prints no JSON): throughput and the 50 kB p95, both on its generated notes.
 */
export function parseDeidOutput(output: string): { mbPerS: number; p95Ms50kB: number; p95Ms50kBNewSelection: number } {
  const rate = /^throughput: ([\d.]+) MB\/s .* of generated notes/m.exec(output)?.[1];
  const p95 = /^50 kB selection of generated notes: .*p95 ([\d.]+) ms/m.exec(output)?.[1];
  const p95New = /^50 kB, a new selection each run .*p95 ([\d.]+) ms/m.exec(output)?.[1];
  if (rate === undefined || p95 === undefined || p95New === undefined)
    throw new Error(
      'deid bench: no "throughput: … generated notes", "50 kB selection of generated notes: … p95" or "50 kB, a new selection each run … p95" line in its output',
    );
  return { mbPerS: Number(rate), p95Ms50kB: Number(p95), p95Ms50kBNewSelection: Number(p95New) };
}

/**
 * One run of packages/exchange/scripts/bench.ts, from its text lines
 * (`  merge (the file with itself)   208.0 s   peak  2600 MB`): seconds and peak MB per label.
 */
export function parseExchangeOutput(output: string): Map<string, { seconds: number; peakMB?: number }> {
  const runs = new Map<string, { seconds: number; peakMB?: number }>();
  for (const match of output.matchAll(/^ {2}(\S.*?)\s+([\d.]+) s(?:\s+peak\s+(\d+) MB)?\s*$/gm)) {
    runs.set(match[1]!, { seconds: Number(match[2]), ...(match[3] === undefined ? {} : { peakMB: Number(match[3]) }) });
  }
  return runs;
}

// ---- growth ----

export interface GrowthPoint {
  stories: number;
  value: number;
}

/** The factor per tenfold more stories between each pair of sizes (sizes need not be exactly 10× apart). */
export function tenfoldRatios(points: readonly GrowthPoint[]): number[] {
  const sorted = [...points].sort((a, b) => a.stories - b.stories);
  return sorted.slice(1).map((point, i) => {
    const before = sorted[i]!;
    return (point.value / before.value) ** (1 / Math.log10(point.stories / before.stories));
  });
}

/** The growth row: the worst factor per tenfold, with each size's value as the baseline. */
export function growthFigure(name: string, points: readonly GrowthPoint[], unit: string): Measured {
  const ratios = tenfoldRatios(points);
  if (ratios.length === 0) throw new Error(`${name}: needs at least two sizes, got ${points.length}`);
  const sorted = [...points].sort((a, b) => a.stories - b.stories);
  const baseline = sorted.map((p) => `${compactCount(p.stories)}: ${round(p.value)} ${unit}`).join(', ');
  return measure(name, Math.max(...ratios), { baseline, note: `per 10×: ${ratios.map((r) => `${r.toFixed(2)}×`).join(', ')}` });
}

// ---- options ----

export interface BenchOptions {
  only: readonly Group[];
  quick: boolean;
  build: boolean;
}

const OptionsSchema = z.object({
  only: z.array(z.enum(GROUPS, { error: (issue) => `--only: unknown group '${String(issue.input)}'; groups are ${GROUPS.join(', ')}` })),
  quick: z.boolean(),
  build: z.boolean(),
});

/** `--only capture,library`, `--quick`, `--no-build`; anything else is an error naming it. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  let only: string[] = [...GROUPS];
  let quick = false;
  let build = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--quick') quick = true;
    else if (arg === '--no-build') build = false;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const list = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (!list) throw new Error('--only: give a comma-separated list of groups, e.g. --only capture,library');
      only = list.split(',').filter(Boolean);
    } else throw new Error(`unknown option '${arg}'; options are --only <groups>, --quick, --no-build`);
  }
  const parsed = OptionsSchema.safeParse({ only, quick, build });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}

// ---- the table ----

const round = (value: number): string => {
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
};

const compactCount = (n: number): string =>
  n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);

export const formatValue = (value: number, unit: string): string => (Number.isFinite(value) ? `${round(value)} ${unit}` : '—');

/** A missed figure says by how much: `missed (3.2×)`. */
export const verdict = (m: Measured): string =>
  m.met ? 'met' : Number.isFinite(m.value) ? `missed (${missFactor(m.value, m.goal).toFixed(1)}×)` : 'missed (no value)';

/** The run's table as Markdown: figure, value, goal, met or missed, the baseline, a note. */
export function formatTable(measured: readonly Measured[]): string {
  const rows = measured.map((m) => [
    `\`${m.name}\``,
    formatValue(m.value, m.unit),
    `${m.goal.op} ${m.goal.value} ${m.unit}`,
    verdict(m),
    m.baseline ?? '',
    m.note ?? '',
  ]);
  const header = ['figure', 'value', 'goal', 'met', 'baseline (same run)', 'note'];
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, col) => c.padEnd(widths[col]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
