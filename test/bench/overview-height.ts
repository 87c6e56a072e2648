// Figure (prints, not a test): how tall the overview page is with 2,000 stories spread over the
// whole vocabulary (1–4 terms each, 18 months), in a 1280 × 800 window, as issue 16 measured it.
// Run: pnpm run build && node --conditions=vertelpunt-source --import tsx test/bench/overview-height.ts
// EXTENSION_DIR=<an e2e build> measures another build (e.g. main's, for a before/after).
import { listTerms, LATEST_VERSION } from '@vertelpunt/taxonomy';
import { aStory } from '../support/seed-stories.js';
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { E2E_EXTENSION_DIR } from '../support/paths.js';

const TOTAL = Number(process.env.STORIES ?? 2_000);
const terms = listTerms({ version: LATEST_VERSION }).map((t) => t.id);
// A fixed pseudo-random sequence: the same library on every run. Terms are skewed (a few common,
// many rare), as tags are in practice.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = () => terms[Math.floor(random() ** 2 * terms.length)]!;
const stories = Array.from({ length: TOTAL }, (_, i) => {
  const at = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 540) * 86_400_000 + i * 1000).toISOString();
  const tagged = [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, pick))];
  return aStory({ tags: { version: LATEST_VERSION, terms: tagged }, createdAt: at, updatedAt: at });
});

const context = await launchWithExtension({ extensionDir: process.env.EXTENSION_DIR ?? E2E_EXTENSION_DIR });
try {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const base = `chrome-extension://${extensionIdOf(await extensionServiceWorker(context))}`;
  await page.goto(`${base}/library.html`);
  await page.waitForFunction(() => '__vertelpuntStorage' in globalThis);
  for (let from = 0; from < stories.length; from += 500) {
    await page.evaluate(
      (batch) =>
        (
          globalThis as unknown as { __vertelpuntStorage: { restoreStories(s: unknown[]): Promise<void> } }
        ).__vertelpuntStorage.restoreStories(batch),
      stories.slice(from, from + 500),
    );
  }
  await page.goto(`${base}/overview.html`);
  await page.waitForFunction(
    () => document.querySelector('main[aria-busy="false"]') && document.querySelector('figure.chart svg[role="img"]'),
    undefined,
    { timeout: 120_000 },
  );
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const tables = await page.evaluate(() =>
    [...document.querySelectorAll('figure.chart')].map((f) => ({
      rows: f.querySelectorAll('tbody tr').length,
      open: Boolean(f.querySelector('details[open]')),
    })),
  );
  console.log(
    `Overview, ${TOTAL} stories over ${terms.length} terms, 1280 × 800: page ${height} px tall; ${tables.length} charts; table rows ${tables.reduce((n, t) => n + t.rows, 0)} (${tables.filter((t) => t.open).length} tables open)`,
  );
  await page.screenshot({ path: process.env.SCREENSHOT ?? 'out/overview-height.png', fullPage: true });
} finally {
  await context.close();
}
