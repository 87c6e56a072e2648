import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { COUNT_CSV_COLUMNS, countTableCsv, StoryCounter } from '../src/index.js';
import { aStory, V5 } from './factory.js';

const inMonth = (month: string, n: number) =>
  Array.from({ length: n }, (_, i) => aStory({ createdAt: `${month}-10T12:00:${String(i).padStart(2, '0')}.000Z` }));

describe('StoryCounter.table', () => {
  it('names the groups it leaves out, never their counts, and takes another minimum without counting again', () => {
    const counter = new StoryCounter({ by: 'term' });
    for (let i = 0; i < 6; i++) counter.add(aStory({ tags: { version: V5, terms: ['kernwaarde-lef'] } }));
    for (let i = 0; i < 2; i++) counter.add(aStory({ tags: { version: V5, terms: ['opgave-armoede', 'kernwaarde-samen'] } }));
    expect(counter.table()).toEqual({
      rows: [{ key: 'kernwaarde-lef', label: 'Lef', stories: 6 }],
      suppressed: 2,
      suppressedKeys: ['kernwaarde-samen', 'opgave-armoede'],
      total: 8,
    });
    const all = counter.table(1);
    expect(all.rows.map((r) => [r.key, r.stories])).toEqual([
      ['kernwaarde-lef', 6],
      ['kernwaarde-samen', 2],
      ['opgave-armoede', 2],
    ]);
    expect(all.suppressedKeys).toEqual([]);
    expect(() => counter.table(0)).toThrow(RangeError);
  });

  it('lists a month left out to protect a small one (secondary suppression) among the left-out keys', () => {
    const counter = new StoryCounter({ by: 'month' });
    for (const s of [...inMonth('2026-01', 9), ...inMonth('2026-02', 6), ...inMonth('2026-04', 2)]) counter.add(s);
    const table = counter.table();
    expect(table.rows.map((r) => r.key)).toEqual(['2026-01']);
    expect(table.suppressedKeys).toEqual(['2026-02', '2026-04']);
  });
  it('gives each co-occurrence row and each pair left out as a tuple of term ids, in id order', () => {
    const counter = new StoryCounter({ cooccurrence: true });
    for (let i = 0; i < 5; i++) counter.add(aStory({ tags: { version: V5, terms: ['opgave-armoede', 'kernwaarde-lef'] } }));
    counter.add(aStory({ tags: { version: V5, terms: ['kernwaarde-samen', 'kernwaarde-lef'] } }));
    const table = counter.table();
    expect(table.rows).toEqual([
      { key: 'kernwaarde-lef + opgave-armoede', label: 'Lef + Armoede', stories: 5, pair: ['kernwaarde-lef', 'opgave-armoede'] },
    ]);
    expect(table.suppressedKeys).toEqual(['kernwaarde-lef + kernwaarde-samen']);
    expect(table.suppressedPairs).toEqual([['kernwaarde-lef', 'kernwaarde-samen']]);
    expect(new StoryCounter({ by: 'term' }).table()).not.toHaveProperty('suppressedPairs');
  });
});

describe('countTableCsv', () => {
  it('writes key, label, stories; a group left out has an empty count', () => {
    const csv = countTableCsv({
      rows: [
        { key: '2026-01', label: 'januari 2026', stories: 12 },
        { key: '2026-02', label: 'februari 2026', stories: null },
      ],
    });
    expect(csv).toBe('key,label,stories\r\n2026-01,januari 2026,12\r\n2026-02,februari 2026,\r\n');
    const { data, errors } = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(data[0]).toEqual([...COUNT_CSV_COLUMNS]);
  });

  it('neutralises cells a spreadsheet would run as a formula, and quotes separators', () => {
    const csv = countTableCsv({ rows: [{ key: '=1+1', label: '@SUM(A1); "x", y', stories: 5 }] });
    expect(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data[1]).toEqual(["'=1+1", `'@SUM(A1); "x", y`, '5']);
  });

  it('writes Dutch Excel CSV with ; and a BOM when asked', () => {
    expect(countTableCsv({ rows: [{ key: 'a', label: 'A', stories: 1 }] }, { excelNl: true })).toBe('\uFEFFkey;label;stories\r\na;A;1\r\n');
  });

  it('writes only the header for an empty table', () => {
    expect(countTableCsv({ rows: [] })).toBe('key,label,stories\r\n');
  });
});
