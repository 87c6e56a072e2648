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
