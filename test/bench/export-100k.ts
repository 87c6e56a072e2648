// Benchmark (prints figures; not a test): exports and a backup of a library of 100,000 stories
// through the library page's export dialog, in headless Chromium. For each format: time from the
// click to the download, file size, progress updates the page showed, and how responsive the page
// stayed (the longest main-thread task, and the worst lag of a 50 ms timer) while the worker ran,
// the part of it in the worker (the page's marks from request to reply; before it the dialog, after it the download),
// and the peak JS heap of the exchange worker and of the page (CDP Runtime.getHeapUsage, sampled
// every 100 ms). The last line is the same figures as JSON, for `pnpm bench`.
// Run: pnpm run build && node --conditions=vertelpunt-source --import tsx test/bench/export-100k.ts
// STORIES=n, FORMATS=a,b (backup is always last); EXPORT_PROFILE=dir keeps the Chromium profile
// there and seeds it only when it does not hold STORIES stories yet (seeding 100,000 takes minutes).
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { expect, type CDPSession } from '@playwright/test';
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { E2E_EXTENSION_DIR } from '../support/paths.js';
import { seedLibrary } from './seed-library.js';
import { benchJsonLine } from './figures.js';

const TOTAL = Number(process.env.STORIES ?? 100_000);
const FORMATS = (process.env.FORMATS ?? 'csv-long,csv-wide,json,ndjson,parquet,qdpx,webanno').split(',');

const PROFILE = process.env.EXPORT_PROFILE ?? '';
const MB = 1024 * 1024;

/**
 * The page's exchange workers, by CDP session: auto-attached without flattening (messages to them
 * go through Target.sendMessageToTarget), from the start, since one worker may serve several
 * exports (exchange-client.ts keeps it) and CDP announces a worker only once. The query worker is
 * left out: its heap is the library's, not the export's.
 */
const exchangeWorkers = new Set<string>();
async function watchExchangeWorkers(cdp: CDPSession): Promise<void> {
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker' && event.targetInfo.url.includes('exchange.worker')) exchangeWorkers.add(event.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (event) => void exchangeWorkers.delete(event.sessionId));
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
}

/** The peak used JS heap of the page and of its exchange worker while `run` runs. */
async function heapPeaks(cdp: CDPSession, run: () => Promise<void>): Promise<{ page: number; worker: number }> {
  const workers = exchangeWorkers;
  const waiting = new Map<number, (usedSize: number) => void>();
  let id = 0;
  const onMessage = (event: { message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result?.usedSize ?? 0);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const peak = { page: 0, worker: 0 };
  const workerHeap = (sessionId: string) =>
    new Promise<number>((resolve) => {
      const n = ++id;
      waiting.set(n, resolve);
      setTimeout(() => resolve(0), 1000);
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method: 'Runtime.getHeapUsage' }) })
        .catch(() => resolve(0));
    }).finally(() => waiting.delete(id));
  let running = true;
  const sampling = (async () => {
    while (running) {
      peak.page = Math.max(peak.page, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      for (const sessionId of [...workers]) peak.worker = Math.max(peak.worker, await workerHeap(sessionId));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    await run();
  } finally {
    running = false;
    await sampling;
    cdp.off('Target.receivedMessageFromTarget', onMessage);
  }
  return peak;
}

const context = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR, userDataDir: PROFILE });
try {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionIdOf(await extensionServiceWorker(context))}/library.html`);
  await page.waitForFunction(() => '__vertelpuntStorage' in globalThis);
  const stored = (await page.evaluate(`globalThis.__vertelpuntStorage.countStories()`)) as number;
  if (stored !== 0 && stored !== TOTAL)
    throw new Error(`the profile in ${PROFILE} holds ${stored} stories, not ${TOTAL}: remove it or set STORIES`);
  const seedMs = stored === TOTAL ? 0 : await seedLibrary(page, TOTAL);
  await page.reload();
  await page.locator('.story-title').first().waitFor();
  // Exports are timed on a page that is ready for them: the export button waits for the library's
  // count (the query worker's start, measured by library-100k.ts), and Chromium answers the first
  // storage.managed.get() (the organisation's policy, read by the export dialog) only once its
  // policy service has loaded, seconds after launch: 5.1 s right after it, 1.0 s after 3 s, 0.13 s
  // after 8 s (26 Nov). That was the "first export" cost of about 3 s; a user's browser has long
  // been running when they export.
  const readyStart = performance.now();
  await expect(page.getByRole('button', { name: 'Exporteren…' })).toBeEnabled({ timeout: 600_000 });
  await page.evaluate('chrome.storage.managed.get()');
  const readyMs = performance.now() - readyStart;
  const cdp = await context.newCDPSession(page);
  await watchExchangeWorkers(cdp);
  console.log(
    `Export benchmark: ${TOTAL} stories (${seedMs ? `seeded in ${(seedMs / 1000).toFixed(1)} s` : `seeded before, in ${PROFILE}`}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; page ready for exports after ${(readyMs / 1000).toFixed(1)} s more)`,
  );
  console.log(
    `  ${'format'.padEnd(10)} ${'seconds'.padStart(8)} ${'worker'.padStart(7)} ${'MB'.padStart(8)} ${'progress'.padStart(9)} ${'longest task'.padStart(13)} ${'timer lag'.padStart(10)} ${'page heap'.padStart(10)} ${'worker peak'.padStart(12)} ${'page peak'.padStart(10)}`,
  );
  const formats: Record<
    string,
    { seconds: number; dialogSeconds: number; workerSeconds: number; fileMB: number; workerPeakHeapMB: number; pagePeakHeapMB: number }
  > = {};

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
    let start = 0;
    let path: string | null = null;
    let seconds = 0;
    // The page's marks (export-to-file.ts) split the time: the dialog before the request, the
    // worker until its reply, then the download.
    await page.evaluate(`performance.clearMarks(); performance.mark('bench:click')`);
    const peak = await heapPeaks(cdp, async () => {
      start = performance.now();
      await watch();
      let download;
      if (format === 'backup') {
        [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 600_000 }),
          page.getByRole('button', { name: 'Back-up maken' }).click(),
        ]);
      } else {
        await page.getByRole('button', { name: 'Exporteren…' }).click();
        const dialog = page.getByRole('dialog', { name: 'Verhalen exporteren' });
        await dialog.getByLabel('Bestandsformaat').selectOption(format);
        [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 600_000 }),
          dialog.getByRole('button', { name: 'Exporteren', exact: true }).click(),
        ]);
      }
      path = await download.path();
      seconds = (performance.now() - start) / 1000;
    });
    const seen = await stopWatch();
    const [requested, replied] = (await page.evaluate(`['vertelpunt:export-requested', 'vertelpunt:export-replied'].map(
      (name) => (performance.getEntriesByName(name)[0]?.startTime ?? NaN) - performance.getEntriesByName('bench:click')[0].startTime)`)) as [
      number,
      number,
    ];
    const workerSeconds = (replied - requested) / 1000;
    const mb = statSync(path!).size / MB;
    formats[format] = {
      seconds: Number(seconds.toFixed(2)),
      // Click → request (the dialog), request → reply (the worker); the rest is the download.
      dialogSeconds: Number((requested / 1000).toFixed(2)),
      workerSeconds: Number(workerSeconds.toFixed(2)),
      fileMB: Number(mb.toFixed(1)),
      workerPeakHeapMB: Math.round(peak.worker / MB),
      pagePeakHeapMB: Math.round(peak.page / MB),
    };
    console.log(
      `  ${format.padEnd(10)} ${seconds.toFixed(1).padStart(8)} ${workerSeconds.toFixed(1).padStart(7)} ${mb.toFixed(1).padStart(8)} ${String(seen.updates).padStart(9)} ${`${seen.longest.toFixed(0)} ms`.padStart(13)} ${`${seen.lag.toFixed(0)} ms`.padStart(10)} ${`${(seen.heap / MB).toFixed(0)} MB`.padStart(10)} ${`${(peak.worker / MB).toFixed(0)} MB`.padStart(12)} ${`${(peak.page / MB).toFixed(0)} MB`.padStart(10)}`,
    );
    figures[`${format.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Ms`] = seconds * 1000;
    // The larger of the worker's and the page's peak: the export runs in the worker.
    figures.peakHeapMB = Math.max(figures.peakHeapMB!, peak.worker / MB, peak.page / MB, seen.heap / MB);
    // After every format: a later format that times out leaves the earlier figures.
    console.log(benchJsonLine(figures));
    await page.locator('.toast').waitFor();
  };
  for (const format of [...FORMATS, 'backup']) await exportOnce(format);
  console.log(`json: ${JSON.stringify({ stories: TOTAL, loadAverage: loadavg().map((l) => Number(l.toFixed(2))), formats })}`);
} finally {
  await context.close();
}
