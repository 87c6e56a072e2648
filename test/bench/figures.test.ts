import { describe, expect, it } from 'vitest';
import { countsAgreement } from './counts-agreement';
import {
  benchJsonLine,
  FIGURES,
  formatTable,
  growthFigure,
  measure,
  meetsGoal,
  missFactor,
  numberFrom,
  parseBenchJson,
  parseDeidOutput,
  parseExchangeOutput,
  parseOptions,
  tenfoldRatios,
} from './figures';

// The pure half of `pnpm bench` (test/bench/run-bench.ts): no browser, no timing.

describe('the figures of issue 14', () => {
  it('names every figure once, in the groups the issue gives', () => {
    const names = FIGURES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of [
      'capture.clickToShownP95Ms',
      'library100k.queryP95Ms',
      'overview100k.filterChangeMs',
      'export100k.peakHeapMB',
      'cli1m.countsRatioVsDuckdb',
      'deid.p95Ms50kB',
    ])
      expect(names).toContain(name);
  });

  it('checks goals by their operator, a missing value never meets one', () => {
    expect(meetsGoal(99.9, { op: '<', value: 100 })).toBe(true);
    expect(meetsGoal(100, { op: '<', value: 100 })).toBe(false);
    expect(meetsGoal(1.2, { op: '<=', value: 1.2 })).toBe(true);
    expect(meetsGoal(4.9, { op: '>=', value: 5 })).toBe(false);
    expect(meetsGoal(Number.NaN, { op: '>=', value: 5 })).toBe(false);
    expect(missFactor(300, { op: '<', value: 100 })).toBe(3);
    expect(missFactor(2.5, { op: '>=', value: 5 })).toBe(2);
  });

  it('measures a known figure with its goal and refuses an unknown name', () => {
    expect(measure('capture.saveRatioVsBarePut', 1.5)).toMatchObject({ unit: '×', goal: { op: '<=', value: 1.2 }, met: false });
    expect(measure('deid.mbPerS', 6)).toMatchObject({ met: true });
    expect(() => measure('capture.nope', 1)).toThrow("unknown bench figure 'capture.nope'");
  });
});

describe('reading what the scripts print', () => {
  it('takes the last BENCH_JSON line among other output', () => {
    const output = [
      'Library benchmark',
      benchJsonLine({ firstRowsMs: 1 }),
      '  more',
      benchJsonLine({ firstRowsMs: 739.5, stories: 100000 }),
      '',
    ].join('\n');
    expect(parseBenchJson(output)).toEqual({ firstRowsMs: 739.5, stories: 100000 });
    expect(parseBenchJson('no figures here\n')).toBeUndefined();
  });

  it('refuses a BENCH_JSON line that is not an object of figures, naming it', () => {
    expect(() => parseBenchJson('BENCH_JSON {"a": 1')).toThrow(/not JSON: BENCH_JSON \{"a": 1/);
    expect(() => parseBenchJson('BENCH_JSON [1, 2]')).toThrow(/not an object of figures/);
    expect(() => numberFrom({ a: 'x' }, 'a', 'library-100k.ts')).toThrow(`library-100k.ts: no number 'a' in its BENCH_JSON line (got "x")`);
    expect(() => numberFrom(undefined, 'a', 'x.ts')).toThrow(/no number 'a'/);
  });

  it('reads the de-identification bench text', () => {
    const output = [
      '50 kB selection of generated notes: p50 6.5 ms, p95 8.9 ms, max 12.0 ms (200 runs after 20 to warm up)',
      '50 kB selection of the annotated notes: p50 7.5 ms, p95 9.5 ms, max 11.0 ms (200 runs after 20 to warm up)',
      '50 kB, a new selection each run (generated notes, people, streets and places drawn from the lists): p50 9.0 ms, p95 14.2 ms, max 30.1 ms (200 selections after 20 to warm up)',
      'throughput: 6.31 MB/s (median of 5; 6.10-6.50) on 3.0 MB of generated notes (1234 spans, detect + redact)',
      'throughput: 6.50 MB/s (median of 5; 6.10-6.70) on 3.0 MB of the annotated notes, repeated (99 spans, detect + redact)',
    ].join('\n');
    expect(parseDeidOutput(output)).toEqual({ mbPerS: 6.31, p95Ms50kB: 8.9, p95Ms50kBNewSelection: 14.2 });
    expect(() => parseDeidOutput('throughput: 6 MB/s')).toThrow(/deid bench: no/);
    const withoutNewSelections = output
      .split('\n')
      .filter((line) => !line.startsWith('50 kB, a new'))
      .join('\n');
    expect(() => parseDeidOutput(withoutNewSelections)).toThrow(/a new selection each run/);
  });

  it('reads the exchange bench text, with and without peak memory', () => {
    const runs = parseExchangeOutput(
      [
        'pnpm analyse on 1,000,000 stories (620 MB NDJSON)',
        '  counts --by term                     31.2 s   peak   812 MB',
        '  merge (the file with itself)        208.0 s   ',
        '',
      ].join('\n'),
    );
    expect(runs.get('counts --by term')).toEqual({ seconds: 31.2, peakMB: 812 });
    expect(runs.get('merge (the file with itself)')).toEqual({ seconds: 208 });
  });

  it('compares the CLI counts table with DuckDB counts term by term', () => {
    const cli = [
      'term    stories     %  key',
      'Samen       1,083   4.2  kernwaarde-samen',
      'Lef, met moed  12   0.6  kernwaarde-lef',
      '95 stories in total',
    ].join('\n');
    expect(countsAgreement(cli, { 'kernwaarde-samen': 1083, 'kernwaarde-lef': 11 })).toBe(
      "1 of 2 DuckDB term counts equal the CLI's (2 terms)",
    );
    expect(countsAgreement(cli, undefined)).toBe('DuckDB printed no counts');
  });
});

describe('growth', () => {
  it('gives the factor per tenfold, also between sizes that are not ten apart', () => {
    expect(
      tenfoldRatios([
        { stories: 10_000, value: 50 },
        { stories: 1000, value: 10 },
        { stories: 100_000, value: 500 },
      ]),
    ).toEqual([5, 10]);
    const [perTenfold] = tenfoldRatios([
      { stories: 500, value: 10 },
      { stories: 5000 * 10, value: 1000 },
    ]);
    expect(perTenfold).toBeCloseTo(10);
  });

  it('judges the worst step: linear passes, worse than linear misses', () => {
    const linear = growthFigure(
      'growth.exportPerTenfold',
      [
        { stories: 1000, value: 30 },
        { stories: 10_000, value: 300 },
      ],
      'ms',
    );
    expect(linear).toMatchObject({ value: 10, met: true, baseline: '1k: 30.0 ms, 10k: 300 ms' });
    expect(
      growthFigure(
        'growth.queryP95PerTenfold',
        [
          { stories: 1000, value: 2 },
          { stories: 10_000, value: 10 },
          { stories: 100_000, value: 150 },
        ],
        'ms',
      ),
    ).toMatchObject({ value: 15, met: false, note: 'per 10×: 5.00×, 15.00×' });
    expect(() => growthFigure('growth.exportPerTenfold', [{ stories: 1000, value: 1 }], 'ms')).toThrow(/at least two sizes/);
  });
});

describe('options', () => {
  it('runs every group by default, a subset with --only, small sizes with --quick', () => {
    expect(parseOptions([])).toEqual({
      only: ['capture', 'library', 'overview', 'export', 'cli', 'deid', 'growth'],
      quick: false,
      build: true,
    });
    expect(parseOptions(['--', '--only', 'capture,library', '--quick', '--no-build'])).toEqual({
      only: ['capture', 'library'],
      quick: true,
      build: false,
    });
    expect(parseOptions(['--only=deid']).only).toEqual(['deid']);
  });

  it('refuses an unknown group or option, naming it', () => {
    expect(() => parseOptions(['--only', 'capture,libary'])).toThrow("--only: unknown group 'libary'");
    expect(() => parseOptions(['--only'])).toThrow(/give a comma-separated list/);
    expect(() => parseOptions(['--fast'])).toThrow("unknown option '--fast'");
  });
});

describe('the table', () => {
  it('shows value, goal, met or missed by how much, and the baseline', () => {
    const table = formatTable([
      measure('capture.injectedGzipBytes', 1710),
      measure('capture.saveRatioVsBarePut', 24.4, { baseline: 'save 100 ms vs bare put 4.1 ms' }),
      measure('library100k.firstRowsMs', 739),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^\| figure +\| value +\| goal +\| met +\| baseline \(same run\) +\| note +\|$/);
    expect(lines[2]).toContain('| 1710 B ');
    expect(lines[2]).toContain('| met ');
    expect(lines[3]).toContain('missed (20.3×)');
    expect(lines[3]).toContain('save 100 ms vs bare put 4.1 ms');
    expect(lines[4]).toContain('| < 150 ms ');
    expect(lines[4]).toContain('missed (4.9×)');
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(formatTable([measure('export100k.qdpxMs', Number.NaN)])).toMatch(/\| — +\| < 10000 ms +\| missed \(no value\) \|/);
  });
});
