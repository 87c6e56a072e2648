import { describe, expect, it } from 'vitest';
import { StoryCounter, type CountTable } from '@vertelpunt/exchange';
import { aStory } from '@vertelpunt/stories/testing';
import { heatMap, monthSeries, nextMonth, termBars } from './chart-data';

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
    expect(termBars(table([['b', 9], ['a', 5]]), (id) => `label ${id}`)).toEqual([
      { key: 'b', label: 'label b', stories: 9 },
      { key: 'a', label: 'label a', stories: 5 },
    ]);
  });
});

describe('heatMap', () => {
  it('puts both halves of each pair in the matrix, axes in vocabulary order', () => {
    const map = heatMap(table([['a + c', 7], ['a + b', 5]]), upper, ['c', 'b', 'a']);
    expect(map.terms.map((t) => t.id)).toEqual(['c', 'b', 'a']);
    expect(map.cells).toEqual([
      { x: 'A', y: 'C', stories: 7 },
      { x: 'C', y: 'A', stories: 7 },
      { x: 'A', y: 'B', stories: 5 },
      { x: 'B', y: 'A', stories: 5 },
    ]);
    expect(map.rows).toEqual([
      { key: 'a + c', label: 'A + C', stories: 7 },
      { key: 'a + b', label: 'A + B', stories: 5 },
    ]);
  });

  it('marks a pair left out as null where both terms are on the axes, and adds no axis for it alone', () => {
    const map = heatMap(table([['a + b', 6], ['b + c', 5]], ['a + c', 'c + d']), upper);
    expect(map.terms.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(map.cells.filter((c) => c.stories === null)).toEqual([
      { x: 'A', y: 'C', stories: null },
      { x: 'C', y: 'A', stories: null },
    ]);
    expect(map.rows.slice(2)).toEqual([
      { key: 'a + c', label: 'A + C', stories: null },
      { key: 'c + d', label: 'C + D', stories: null },
    ]);
  });

  it('reads the pairs a StoryCounter makes', () => {
    const counter = new StoryCounter({ cooccurrence: true, minGroup: 1 });
    counter.add(aStory({ tags: { version: V5, terms: ['opgave-armoede', 'kernwaarde-lef'] } }));
    const map = heatMap(counter.table(), (id) => id);
    expect(map.cells).toEqual([
      { x: 'kernwaarde-lef', y: 'opgave-armoede', stories: 1 },
      { x: 'opgave-armoede', y: 'kernwaarde-lef', stories: 1 },
    ]);
  });

  it('is empty for an empty table', () => {
    expect(heatMap(table([]), upper)).toEqual({ terms: [], cells: [], rows: [] });
  });
});

describe('monthSeries', () => {
  it('fills months without stories with 0 and shows a left-out month as null, not 0', () => {
    const series = monthSeries(table([['2025-11', 8], ['2026-02', 5]], ['2025-12']));
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
