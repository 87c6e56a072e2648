// Benchmark (prints figures; not a test): exports and a backup of a library of 100,000 stories
// through the library page's export dialog, in headless Chromium. For each format: time from the
// click to the download, file size, progress updates the page showed, and how responsive the page
// stayed (the longest main-thread task, and the worst lag of a 50 ms timer) while the worker ran.
// Run: pnpm run build && node --conditions=vertelpunt-source --import tsx test/bench/export-100k.ts
import { statSync } from 'node:fs';
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { E2E_EXTENSION_DIR } from '../support/paths.js';
import { seedLibrary } from './seed-library.js';
import { benchJsonLine } from './figures.js';

const TOTAL = Number(process.env.STORIES ?? 100_000);
const FORMATS = (process.env.FORMATS ?? 'csv-long,csv-wide,json,ndjson,parquet,qdpx,webanno').split(',');

const context = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR });
try {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionIdOf(await extensionServiceWorker(context))}/library.html`);
  const seedMs = await seedLibrary(page, TOTAL);
  await page.reload();
  await page.locator('.story-title').first().waitFor();
  console.log(`Export benchmark: ${TOTAL} stories (seeded in ${(seedMs / 1000).toFixed(1)} s)`);
  console.log(`  ${'format'.padEnd(10)} ${'seconds'.padStart(8)} ${'MB'.padStart(8)} ${'progress'.padStart(9)} ${'longest task'.padStart(13)} ${'timer lag'.padStart(10)} ${'page heap'.padStart(10)}`);

  // Watches the page while the worker exports: long tasks, the lag of a 50 ms timer, progress shown.
  // Passed as text: tsx would wrap functions defined inside an evaluated function in a helper the page lacks.
  const watch = () =>
    page.evaluate(`(() => {
      const seen = { longest: 0, lag: 0, updates: 0 };
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (seen.longest = Math.max(seen.longest, e.duration))));
      observer.observe({ type: 'longtask' });
      let expected = performance.now() + 50;
      const timer = setInterval(() => { seen.lag = Math.max(seen.lag, performance.now() - expected); expected = performance.now() + 50; }, 50);
      const mutations = new MutationObserver(() => (seen.updates += 1));
      mutations.observe(document.body, { subtree: true, characterData: true, childList: true, attributes: true, attributeFilter: ['value'] });
      globalThis.__watch = { seen, stop: () => { observer.disconnect(); clearInterval(timer); mutations.disconnect(); } };
    })()`);
  const stopWatch = () =>
    page.evaluate(`(() => {
      globalThis.__watch.stop();
      return { ...globalThis.__watch.seen, heap: performance.memory ? performance.memory.usedJSHeapSize : 0 };
    })()`) as Promise<{ longest: number; lag: number; updates: number; heap: number }>;

  // The figures of `pnpm bench` (test/bench/run-bench.ts), printed last as one BENCH_JSON line.
  const figures: Record<string, number> = { stories: TOTAL, peakHeapMB: 0 };
  const exportOnce = async (format: string) => {
    const start = performance.now();
    await watch();
    let download;
    if (format === 'backup') {
      [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByRole('button', { name: 'Back-up maken' }).click()]);
    } else {
      await page.getByRole('button', { name: 'Exporteren…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Verhalen exporteren' });
      await dialog.getByLabel('Bestandsformaat').selectOption(format);
      [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), dialog.getByRole('button', { name: 'Exporteren', exact: true }).click()]);
    }
    const path = await download.path();
    const seconds = (performance.now() - start) / 1000;
    const seen = await stopWatch();
    const mb = statSync(path!).size / 1024 / 1024;
    console.log(
      `  ${format.padEnd(10)} ${seconds.toFixed(1).padStart(8)} ${mb.toFixed(1).padStart(8)} ${String(seen.updates).padStart(9)} ${`${seen.longest.toFixed(0)} ms`.padStart(13)} ${`${seen.lag.toFixed(0)} ms`.padStart(10)} ${`${(seen.heap / 1024 / 1024).toFixed(0)} MB`.padStart(10)}`,
    );
    figures[`${format.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Ms`] = seconds * 1000;
    figures.peakHeapMB = Math.max(figures.peakHeapMB!, seen.heap / 1024 / 1024);
    // After every format: a later format that times out leaves the earlier figures.
    console.log(benchJsonLine(figures));
    await page.locator('.toast').waitFor();
  };
  for (const format of [...FORMATS, 'backup']) await exportOnce(format);
} finally {
  await context.close();
}
