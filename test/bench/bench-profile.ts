import type { Page } from '@playwright/test';
import { seedLibrary } from './seed-library.js';

/**
 * The Chromium profile a benchmark runs in: `BENCH_PROFILE=<dir>` keeps it (and the seeded
 * library in it) between runs, so one figure can be measured again without seeding 100,000
 * stories again; unset, a fresh profile each run (what `pnpm bench` does).
 */
export const BENCH_PROFILE = process.env.BENCH_PROFILE ?? '';

/** Seeds `total` stories unless the kept profile holds them already; returns the ms taken (0 when kept). */
export async function seedUnlessKept(page: Page, total: number): Promise<number> {
  await page.waitForFunction(() => '__vertelpuntStorage' in globalThis);
  if (BENCH_PROFILE) {
    const have = await page.evaluate(() =>
      (globalThis as unknown as { __vertelpuntStorage: { countStories(f: object): Promise<number> } }).__vertelpuntStorage.countStories({}),
    );
    if (have === total) return 0;
  }
  return seedLibrary(page, total);
}

/**
 * Waits until the query engine's cached snapshot is of the latest write (the worker saves it
 * once writes pause): a library at rest, as a person finds it the next time they open a page.
 * Returns the ms waited, or undefined when it did not settle within `timeoutMs`.
 */
export async function snapshotSettled(page: Page, timeoutMs = 120_000): Promise<number | undefined> {
  const start = performance.now();
  // Passed as text: tsx would wrap functions defined inside an evaluated function in a helper the page lacks.
  const current = `new Promise((resolve, reject) => {
    const open = indexedDB.open('vertelpunt');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const state = db.transaction('engineState').objectStore('engineState');
      const generation = state.get('generation');
      const snapshot = state.get('snapshot');
      snapshot.onsuccess = () => { db.close(); resolve(snapshot.result !== undefined && snapshot.result.generation === generation.result); };
    };
  })`;
  while (performance.now() - start < timeoutMs) {
    if (await page.evaluate(current)) return performance.now() - start;
    await page.waitForTimeout(500);
  }
  return undefined;
}
