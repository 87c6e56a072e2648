import { describe, expect, it } from 'vitest';
import { StoryCounter, type CountTable } from '@vertelpunt/exchange';
import { aStory } from '@vertelpunt/stories/testing';
import { LATEST_VERSION, listFacets, type TermId } from '@vertelpunt/taxonomy';
import { facetCharts, monthSeries, nextMonth, pairRows, termBars } from './chart-data';

const V5 = 'koers-v5-2024-09';
const table = (rows: [string, number][], suppressedKeys: string[] = []): CountTable => ({
  rows: rows.map(([key, stories]) => ({ key, label: key.toUpperCase(), stories })),
  suppressed: suppressedKeys.length,
  suppressedKeys,
  total: 0,
});
const upper = (id: string) => id.toUpperCase();

describe('termBars', () => {
  it('keeps the counter order (largest first) and labels terms in the page language', () => {
    expect(
      termBars(
        table([
          ['b', 9],
          ['a', 5],
        ]),
        (id) => `label ${id}`,
      ),
    ).toEqual([
      { key: 'b', label: 'label b', stories: 9 },
      { key: 'a', label: 'label a', stories: 5 },
    ]);
  });
});

describe('facetCharts', () => {
  it('splits the terms by the vocabulary facets, in the vocabulary order, and counts what each facet left out', () => {
    const counter = new StoryCounter({ by: 'term', minGroup: 5 });
    for (let i = 0; i < 6; i++) counter.add(aStory({ tags: { version: V5, terms: ['kernwaarde-lef', 'opgave-armoede'] } }));
    for (let i = 0; i < 5; i++) counter.add(aStory({ tags: { version: V5, terms: ['kernwaarde-samen'] } }));
    counter.add(aStory({ tags: { version: V5, terms: ['opgave-eenzaamheid'] } }));
    const charts = facetCharts(counter.table(), upper);
    expect(charts.map((c) => c.facet?.id)).toEqual(listFacets(LATEST_VERSION).map((f) => f.id));
    const of = (id: string) => charts.find((c) => c.facet?.id === id)!;
    expect(of('kernwaarden').rows).toEqual([
      { key: 'kernwaarde-lef', label: 'KERNWAARDE-LEF', stories: 6 },
      { key: 'kernwaarde-samen', label: 'KERNWAARDE-SAMEN', stories: 5 },
    ]);
    expect(of('maatschappelijke-opgaven')).toMatchObject({ rows: [{ key: 'opgave-armoede', stories: 6 }], suppressed: 1 });
    expect(of('missie')).toMatchObject({ rows: [], suppressed: 0 });
  });

  it('keeps a term outside every facet in a last group instead of dropping it', () => {
    const charts = facetCharts(table([['not-a-term', 7]], ['also-not']), upper);
    expect(charts.at(-1)).toEqual({ facet: undefined, rows: [{ key: 'not-a-term', label: 'NOT-A-TERM', stories: 7 }], suppressed: 1 });
  });
});

describe('pairRows', () => {
  const counted = () => {
    const counter = new StoryCounter({ cooccurrence: true, minGroup: 2 });
    const add = (n: number, terms: TermId[]) => {
      for (let i = 0; i < n; i++) counter.add(aStory({ tags: { version: V5, terms } }));
    };
    add(4, ['kernwaarde-lef', 'opgave-armoede']);
    add(3, ['kernwaarde-samen', 'opgave-armoede']);
    add(2, ['kernwaarde-lef', 'kernwaarde-samen']);
    add(1, ['ks5-missie-1', 'kernwaarde-pragmatisch']);
    return counter.table();
  };

  it('gives the largest pairs up to the limit, labelled from the tuples of term ids', () => {
    const top = pairRows(counted(), upper, 2);
    expect(top).toMatchObject({ shown: 3, suppressed: 1 });
    expect(top.rows).toEqual([
      {
        key: 'kernwaarde-lef + opgave-armoede',
        label: 'KERNWAARDE-LEF + OPGAVE-ARMOEDE',
        stories: 4,
        pair: ['kernwaarde-lef', 'opgave-armoede'],
      },
      {
        key: 'kernwaarde-samen + opgave-armoede',
        label: 'KERNWAARDE-SAMEN + OPGAVE-ARMOEDE',
        stories: 3,
        pair: ['kernwaarde-samen', 'opgave-armoede'],
      },
    ]);
  });

  it('without a limit lists every pair shown, then the pairs left out as null', () => {
    const all = pairRows(counted(), (id) => id);
    expect(all.rows.map((r) => r.stories)).toEqual([4, 3, 2, null]);
    expect(all.rows.at(-1)).toMatchObject({ pair: ['kernwaarde-pragmatisch', 'ks5-missie-1'], stories: null });
  });

  it('is empty for a table without pairs', () => {
    expect(pairRows(table([]), upper, 10)).toEqual({ rows: [], shown: 0, suppressed: 0 });
  });
});

describe('monthSeries', () => {
  it('fills months without stories with 0 and shows a left-out month as null, not 0', () => {
    const series = monthSeries(
      table(
        [
          ['2025-11', 8],
          ['2026-02', 5],
        ],
        ['2025-12'],
      ),
    );
    expect(series.map((r) => [r.key, r.stories])).toEqual([
      ['2025-11', 8],
      ['2025-12', null],
      ['2026-01', 0],
      ['2026-02', 5],
    ]);
  });

  it('starts or ends with a left-out month when that is the first or last month with stories', () => {
    expect(monthSeries(table([['2026-03', 6]], ['2026-01', '2026-04'])).map((r) => r.stories)).toEqual([null, 0, 6, null]);
  });

  it('labels months for people and is empty without stories', () => {
    expect(monthSeries(table([['2026-01', 5]]), (m) => `maand ${m}`)[0]!.label).toBe('maand 2026-01');
    expect(monthSeries(table([]))).toEqual([]);
  });

  it('agrees with a StoryCounter by month, secondary suppression included', () => {
    const counter = new StoryCounter({ by: 'month' });
    const at = (month: string, n: number) => Array.from({ length: n }, () => aStory({ createdAt: `${month}-15T12:00:00.000Z` }));
    for (const story of [...at('2026-01', 7), ...at('2026-02', 6), ...at('2026-04', 1)]) counter.add(story);
    expect(monthSeries(counter.table()).map((r) => [r.key, r.stories])).toEqual([
      ['2026-01', 7],
      ['2026-02', null],
      ['2026-03', 0],
      ['2026-04', null],
    ]);
  });
});

describe('nextMonth', () => {
  it('rolls over the year', () => {
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(nextMonth('2026-09')).toBe('2026-10');
  });
});
