// Benchmark (prints figures; not a test): the overview page on a library of 100,000 stories, in
// headless Chromium. Time from opening the page to all charts drawn, then after a term
// filter; the longest main-thread task and the worst lag of a 50 ms timer while it counted.
// Run: pnpm run build && node --conditions=vertelpunt-source --import tsx test/bench/overview-100k.ts
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { E2E_EXTENSION_DIR } from '../support/paths.js';
import { benchJsonLine } from './figures.js';
import { BENCH_PROFILE, seedUnlessKept, snapshotSettled } from './bench-profile.js';

const TOTAL = Number(process.env.STORIES ?? 100_000);

const context = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR, userDataDir: BENCH_PROFILE });
try {
  const page = await context.newPage();
  // BENCH_CONSOLE=1: the page's and its workers' console lines, stamped with this script's clock (for timing marks added while profiling).
  if (process.env.BENCH_CONSOLE) {
    page.on('console', (m) => console.log(`  [page ${performance.now().toFixed(0)}] ${m.text()}`));
    page.on('worker', (w) => w.on('console', (m) => console.log(`  [worker ${performance.now().toFixed(0)}] ${m.text()}`)));
  }
  const base = `chrome-extension://${extensionIdOf(await extensionServiceWorker(context))}`;
  await page.goto(`${base}/library.html`);
  const seedMs = await seedUnlessKept(page, TOTAL);
  // The figures are of a library at rest: the library page's worker has saved its snapshot after
  // the seeding, as it does once writes pause. (Opened at once after a large import, the overview
  // rebuilds the engine from every row instead: `settledMs` absent says so.)
  const settledMs = await snapshotSettled(page);
  console.log(
    `Overview benchmark: ${TOTAL} stories (seeded in ${(seedMs / 1000).toFixed(1)} s, snapshot saved ${settledMs === undefined ? 'not within 120 s' : `after ${(settledMs / 1000).toFixed(1)} s more`})`,
  );

  // Installed before the page's own scripts run, so the first count is watched too.
  // Passed as text: tsx would wrap functions defined inside an evaluated function in a helper the page lacks.
  await page.addInitScript(`(() => {
    const seen = { longest: 0, lag: 0 };
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (seen.longest = Math.max(seen.longest, e.duration)))).observe({ type: 'longtask', buffered: true });
    let expected = performance.now() + 50;
    setInterval(() => { seen.lag = Math.max(seen.lag, performance.now() - expected); expected = performance.now() + 50; }, 50);
    globalThis.__seen = seen;
  })()`);
  const charts = page.locator('figure.chart svg[role="img"]');
  const report = async (what: string, start: number) => {
    await page.waitForFunction(
      () => document.querySelector('#chart-maanden svg[role="img"]') && document.querySelector('main[aria-busy="false"]'),
      undefined,
      { timeout: 600_000 },
    );
    const seconds = (performance.now() - start) / 1000;
    const seen = (await page.evaluate('({ ...globalThis.__seen, heap: performance.memory.usedJSHeapSize })')) as {
      longest: number;
      lag: number;
      heap: number;
    };
    const status = await page.getByRole('status').first().textContent();
    console.log(
      `  ${what.padEnd(28)} ${seconds.toFixed(1).padStart(6)} s  longest task ${seen.longest.toFixed(0).padStart(4)} ms  timer lag ${seen.lag.toFixed(0).padStart(4)} ms  heap ${(seen.heap / 1024 / 1024).toFixed(0)} MB  (${status})`,
    );
    await page.evaluate('globalThis.__seen.longest = 0; globalThis.__seen.lag = 0');
    return seconds * 1000;
  };
  // The figures of `pnpm bench` (test/bench/run-bench.ts), printed last as one BENCH_JSON line.
  const figures: Record<string, number> = { stories: TOTAL };
  let start = performance.now();
  await page.goto(`${base}/overview.html`);
  figures.allChartsMs = await report('open, all stories', start);
  await charts.first().waitFor();
  start = performance.now();
  // Watched on every DOM change: the engine may answer within a frame, so a per-frame check can miss the busy state.
  await page.evaluate(
    `new MutationObserver(() => document.querySelector('main[aria-busy="true"]') && (globalThis.__busySeen = true)).observe(document.body, { attributes: true, subtree: true })`,
  );
  await page.locator('input[data-term-id="kernwaarde-lef"]').check();
  await page.waitForFunction('globalThis.__busySeen === true');
  figures.filterChangeMs = await report('filter on one term', start);
  // One story saved since the snapshot (the everyday case: a clip saved, then the overview
  // opened): the snapshot plus a change log of one.
  await page.goto(`${base}/library.html`);
  await page.waitForFunction(() => '__vertelpuntStorage' in globalThis);
  await page.evaluate(() =>
    (globalThis as unknown as { __vertelpuntStorage: { restoreStories(s: unknown[]): Promise<void> } }).__vertelpuntStorage.restoreStories([
      {
        id: '20000000-0000-4000-8000-000000000001',
        title: 'Verhaal na de momentopname',
        text: 'Een gesprek aan de keukentafel.',
        notes: '',
        tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-lef'] },
        selectors: [],
        source: { origin: 'https://team1.example.nl' },
        consent: { status: 'geanonimiseerd', purpose: '' },
        createdAt: '2026-11-26T09:00:00.000Z',
        updatedAt: '2026-11-26T09:00:00.000Z',
      },
    ]),
  );
  start = performance.now();
  await page.goto(`${base}/overview.html`);
  figures.allChartsAfterWriteMs = await report('open after one write', start);
  if (settledMs !== undefined) figures.snapshotSettledMs = settledMs;
  console.log(benchJsonLine(figures));
} finally {
  await context.close();
}
