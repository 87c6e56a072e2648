// Benchmark (prints figures; not a test): the mixed library queries of library-100k.ts at one
// library size, for the growth curve of `pnpm bench` (query p95 at 1k, 10k and 100k stories).
// Run: pnpm run build && STORIES=10000 node --conditions=vertelpunt-source --import tsx test/bench/query-growth.ts
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { E2E_EXTENSION_DIR } from '../support/paths.js';
import { benchJsonLine } from './figures.js';
import { percentile, timeMixedQueries } from './mixed-queries.js';
import { seedLibrary } from './seed-library.js';

const TOTAL = Number(process.env.STORIES ?? 10_000);
const context = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR });
try {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionIdOf(await extensionServiceWorker(context))}/library.html`);
  const seedMs = await seedLibrary(page, TOTAL);
  await page.reload();
  await page.locator('.story-title').first().waitFor();
  // As library-100k.ts: the page computes facet counts after showing rows; query once it is idle.
  await page.waitForFunction(() => [...document.querySelectorAll('.filters .count')].some((c) => c.textContent !== '0'), undefined, {
    timeout: 120_000,
  });
  await page.waitForTimeout(500);
  const times = await timeMixedQueries(page);
  console.log(
    `Query growth: ${TOTAL} stories (seeded in ${(seedMs / 1000).toFixed(1)} s), ${times.length} mixed queries: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
  );
  console.log(benchJsonLine({ stories: TOTAL, queryP50Ms: percentile(times, 50), queryP95Ms: percentile(times, 95) }));
} finally {
  await context.close();
}
