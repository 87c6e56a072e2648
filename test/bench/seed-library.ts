import type { Page } from '@playwright/test';
import { BENCH_TERMS, BENCH_WORDS } from '../../packages/query/scripts/bench-stories.js';

const TERMS = BENCH_TERMS;
const WORDS = BENCH_WORDS;
export { BENCH_TERMS };

/**
 * Seeds `total` generated stories (one a minute from 2024-01-01, two terms each, 20 origins)
 * through the e2e build's storage seam of an open library page, in batches. Returns the ms taken.
 */
export async function seedLibrary(page: Page, total: number, batch = 5_000): Promise<number> {
  await page.waitForFunction(() => '__vertelpuntStorage' in globalThis);
  const start = performance.now();
  for (let offset = 0; offset < total; offset += batch) {
    await page.evaluate(
      ({ offset, size, terms, words }) => {
        const stories = Array.from({ length: size }, (_, k) => {
          const i = offset + k;
          const hex = i.toString(16).padStart(12, '0');
          return {
            id: `10000000-0000-4000-8000-${hex}`,
            title: `Verhaal ${i}`,
            text: `Gesprek ${i} over ${words[i % words.length]} en ${words[(i * 7) % words.length]}; samen gekeken naar wat er wél kan.`,
            notes: '',
            tags: {
              version: 'koers-v5-2024-09',
              terms: [terms[i % terms.length], terms[(i * 3 + 1) % terms.length]].filter((t, j, a) => a.indexOf(t) === j),
            },
            selectors: [],
            source: { origin: `https://team${i % 20}.example.nl` },
            consent: { status: 'geanonimiseerd', purpose: '' },
            createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
            updatedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
          };
        });
        return (
          globalThis as unknown as { __vertelpuntStorage: { restoreStories(s: unknown[]): Promise<void> } }
        ).__vertelpuntStorage.restoreStories(stories);
      },
      { offset, size: Math.min(batch, total - offset), terms: TERMS, words: WORDS },
    );
  }
  return performance.now() - start;
}
