// Benchmark (prints figures; not a test): the library with 100,000 stories in headless Chromium.
// Seeds through the e2e build's storage seam, then times the library's queries and scrolling.
// Run: pnpm run build && node --conditions=vertelpunt-source --import tsx test/bench/library-100k.ts
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { E2E_EXTENSION_DIR } from '../support/paths.js';
import { BENCH_TERMS as TERMS } from './seed-library.js';
import { benchJsonLine } from './figures.js';
import { BENCH_PROFILE, seedUnlessKept } from './bench-profile.js';
import { percentile, timeMixedQueries } from './mixed-queries.js';
import { longestFrameWhileScrolling } from './scroll-frames.js';

const TOTAL = Number(process.env.STORIES ?? 100_000);
const context = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR, userDataDir: BENCH_PROFILE });
try {
  const extensionId = extensionIdOf(await extensionServiceWorker(context));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  const seedMs = await seedUnlessKept(page, TOTAL);

  const time = async (what: string, run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    const ms = performance.now() - start;
    console.log(`  ${what.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms`);
    return ms;
  };
  // The figures of `pnpm bench` (test/bench/run-bench.ts), printed last as one BENCH_JSON line.
  const figures: Record<string, number> = { stories: TOTAL };
  const storage = (fn: string, ...args: unknown[]) =>
    page.evaluate(
      ({ fn, args }) =>
        (globalThis as unknown as { __vertelpuntStorage: Record<string, (...a: unknown[]) => Promise<unknown>> }).__vertelpuntStorage[fn]!(
          ...args,
        ).then(() => undefined),
      { fn, args },
    );

  const settle = async () => {
    // The page computes facet counts after showing rows; time the queries once it is idle.
    await page.waitForFunction(() => [...document.querySelectorAll('.filters .count')].some((c) => c.textContent !== '0'), undefined, {
      timeout: 60_000,
    });
    await page.waitForTimeout(500);
  };
  console.log(`Library benchmark: ${TOTAL} stories (seeded in ${(seedMs / 1000).toFixed(1)} s)`);
  figures.firstRowsMs = await time('open library.html until the first rows show', async () => {
    await page.reload();
    await page.locator('.story-title').first().waitFor();
  });
  await settle();
  await time('first page, no filter (50 newest)', () => storage('queryStories', {}, { limit: 50 }));
  await time('count, no filter', () => storage('countStories', {}));
  await time('full-text search "schulden keuken" (first page)', () => storage('queryStories', { text: 'schulden keuken' }, { limit: 50 }));
  await time('one term (first page)', () => storage('queryStories', { terms: ['opgave-armoede'] }, { limit: 50 }));
  await time('two terms, all (first page)', () =>
    storage('queryStories', { terms: ['opgave-armoede', 'kernwaarde-lef'], termMode: 'all' }, { limit: 50 }),
  );
  // The old IndexedDB path (matchingIds + index walks), kept as the baseline in the same run.
  figures.facetCountsBaselineMs = Math.max(
    await time('old path: facet counts for every term, no filter', () => storage('termCounts', {}, TERMS)),
    await time('old path: facet counts with a text filter', () => storage('termCounts', { text: 'voedselbank' }, TERMS)),
  );
  // The query engine (issue 14), as the library asks it: the page's worker answers with ids, the page reads that page's stories by key.
  const engine = (fn: string, ...args: unknown[]) =>
    page.evaluate(
      ({ fn, args }) => {
        const g = globalThis as unknown as {
          __vertelpuntQuery: Record<string, (...a: unknown[]) => Promise<{ ids?: string[] }>>;
          __vertelpuntStorage: { getStories(ids: string[]): Promise<unknown> };
        };
        return g.__vertelpuntQuery[fn]!(...args)
          .then((r) => (r?.ids ? g.__vertelpuntStorage.getStories(r.ids) : r))
          .then(() => undefined);
      },
      { fn, args },
    );
  await time('engine: full-text search "schulden keuken" (first page)', () => engine('page', { text: 'schulden keuken' }, 0, 50));
  await time('engine: two terms, all (first page)', () =>
    engine('page', { terms: ['opgave-armoede', 'kernwaarde-lef'], termMode: 'all' }, 0, 50),
  );
  figures.facetCountsNoFilterMs = await time('engine: facet counts for every term, no filter', () => engine('termCounts', {}));
  figures.facetCountsTextFilterMs = await time('engine: facet counts with a text filter', () =>
    engine('termCounts', { text: 'voedselbank' }),
  );
  figures.facetCountsMs = Math.max(figures.facetCountsNoFilterMs, figures.facetCountsTextFilterMs);
  const baselineTimes = await timeMixedQueries(page, 1, 'indexeddb');
  figures.queryP95BaselineMs = percentile(baselineTimes, 95);
  const queryTimes = await timeMixedQueries(page);
  figures.queryP95Ms = percentile(queryTimes, 95);
  figures.queryP50Ms = percentile(queryTimes, 50);
  console.log(
    `  ${`${queryTimes.length} mixed queries (text, terms, dates, origin), p50 / p95`.padEnd(58)} ${figures.queryP50Ms.toFixed(0).padStart(6)} / ${figures.queryP95Ms.toFixed(0)} ms (old path p95 ${figures.queryP95BaselineMs.toFixed(0)} ms)`,
  );
  await time('type a search in the page until the list updates', async () => {
    await page.getByLabel('Zoek in verhalen').fill('mantelzorg');
    await page.waitForFunction(
      (n) => (document.querySelector('.count')?.textContent ?? '').replace(/[.,\s\u00a0\u202f](?=\d{3})/g, '').startsWith(String(n)),
      TOTAL / 5,
    );
  });
  await page.getByLabel('Zoek in verhalen').fill('');
  await page.waitForFunction(
    (n) => (document.querySelector('.count')?.textContent ?? '').replace(/[.,\s\u00a0\u202f](?=\d{3})/g, '').startsWith(String(n)),
    TOTAL,
  );
  await time('scroll 2,000 rows down until they are rendered', async () => {
    await page.locator('.story-viewport').evaluate((el) => (el.scrollTop = 2000 * 88));
    await page.locator('.story-row[aria-posinset="2001"] .story-title').waitFor();
  });
  const rows = await page.locator('.story-row').count();
  console.log(`  rows in the DOM while scrolled: ${rows}`);
  figures.longestFrameMs = await longestFrameWhileScrolling(page, 2000, 4000);
  console.log(
    `  ${'longest frame, scrolling rows 2,001–4,000 in 40 steps'.padEnd(58)} ${figures.longestFrameMs.toFixed(0).padStart(6)} ms`,
  );
  console.log(benchJsonLine(figures));
} finally {
  await context.close();
}
