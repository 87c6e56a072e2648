import type { Page } from '@playwright/test';

// The mixed library queries behind `library100k.queryP95Ms` and the growth curve: text, terms,
// a date range and an origin, alone and combined, each asking for the first page (50 rows) as
// the library does. Shared by library-100k.ts and query-growth.ts so both time the same work.
// The seeded stories (seed-library.ts) are one a minute from 2024-01-01, 20 origins, two terms each.

const FILTERS: readonly object[] = [
  { text: 'schulden' },
  { text: 'keukentafel mantelzorg' },
  { terms: ['opgave-armoede'] },
  { terms: ['opgave-armoede', 'kernwaarde-lef'], termMode: 'all' },
  { from: '2024-01-20T00:00:00.000Z', to: '2024-01-31T23:59:59.999Z' },
  { origin: 'https://team3.example.nl' },
  { text: 'voedselbank', terms: ['rol-netwerker'] },
  { text: 'huiswerk', from: '2024-01-02T00:00:00.000Z', to: '2024-02-28T23:59:59.999Z', origin: 'https://team7.example.nl' },
  { terms: ['kernwaarde-samen', 'les-ontmoeting'], origin: 'https://team11.example.nl' },
  { text: 'taalcafé', terms: ['opgave-eenzaamheid'], from: '2024-01-10T00:00:00.000Z' },
];

/**
 * Times each filter `rounds` times, after one round that is not counted (the first call of a code
 * path compiles it); returns every time in ms. `engine`: as the library asks, the query worker's
 * page of ids and then those stories by key; `indexeddb`: the old path through the e2e build's
 * storage seam (index walks per query), the baseline.
 */
export async function timeMixedQueries(page: Page, rounds = 5, path: 'engine' | 'indexeddb' = 'engine'): Promise<number[]> {
  const times: number[] = [];
  const perFilter = FILTERS.map(() => [] as number[]);
  for (let round = -1; round < rounds; round++) {
    for (const filter of FILTERS) {
      const ms = await page.evaluate(
        async ({ filter, path }) => {
          const g = globalThis as unknown as {
            __vertelpuntStorage: { queryStories(f: object, p: object): Promise<unknown>; getStories(ids: string[]): Promise<unknown> };
            __vertelpuntQuery: { page(f: object, offset: number, limit: number): Promise<{ ids: string[] }> };
          };
          const start = performance.now();
          if (path === 'engine') await g.__vertelpuntStorage.getStories((await g.__vertelpuntQuery.page(filter, 0, 50)).ids);
          else await g.__vertelpuntStorage.queryStories(filter, { limit: 50 });
          return performance.now() - start;
        },
        { filter, path },
      );
      if (round < 0) continue;
      times.push(ms);
      perFilter[FILTERS.indexOf(filter)]!.push(ms);
    }
  }
  // Which query the p95 comes from: the median of each, slowest first.
  const slowest = FILTERS.map((filter, i) => ({ filter, median: percentile(perFilter[i]!, 50) })).sort((a, b) => b.median - a.median);
  for (const { filter, median } of slowest.slice(0, 3))
    console.log(`    median ${median.toFixed(0).padStart(5)} ms  ${JSON.stringify(filter)}`);
  return times;
}

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
