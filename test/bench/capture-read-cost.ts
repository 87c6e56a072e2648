// Benchmark (prints figures; not a test): how long the injected capture.js takes to read a
// selection in the page, for two builds of it side by side (before and after a change to capture),
// in headless Debian Chromium without the extension: the script's text is evaluated in the page as
// `scripting.executeScript` runs it, and its answer is checked to hold the selection. Selections:
// a short note (the common case), the 20,000-character journal of capture-unseen2's c24, and the
// whole of a long generated page (3,000 paragraphs with bold words, links and a screen-reader-only
// span in every tenth) selected with select-all. The builds take turns, RUNS times each (default 30).
// Run: node --conditions=vertelpunt-source --import tsx test/bench/capture-read-cost.ts BEFORE/capture.js AFTER/capture.js
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../support/paths.js';
import { serveFiles } from '../support/serve-fixture-pages.js';
import { percentile } from './mixed-queries.js';

const RUNS = Number(process.env.RUNS ?? 30);
const scripts = process.argv.slice(2).map((file) => ({ file, code: readFileSync(file, 'utf8') }));
if (scripts.length === 0) throw new Error('Usage: capture-read-cost.ts <capture.js> [<capture.js> …]');

const longPage = `<!doctype html><meta charset="utf-8"><title>Lang journaal</title><body>${Array.from(
  { length: 3000 },
  (_, i) =>
    `<p>Notitie ${i}: de wijkcoach sprak met <b>mevrouw</b> over de <a href="#n${i}">aanvraag</a>, de buurvrouw helpt.${
      i % 10 === 0 ? '<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)"> Einde notitie.</span>' : ''
    } Volgende afspraak volgt.</p>`,
).join('')}</body>`;

const cases: { name: string; open: (page: Page, origin: string) => Promise<void> }[] = [
  {
    name: 'short note (fixture dossier, #note-1)',
    open: async (page, origin) => {
      await page.goto(`${origin}/dossier.html`);
      await page.locator('#note-1').evaluate((note) => getSelection()!.selectAllChildren(note));
    },
  },
  {
    name: 'journal of 20,000 characters (capture-unseen2 c24)',
    open: async (page, origin) => {
      await page.goto(`${origin}/unseen/rapportage-grid.html`);
      await page.locator('#journaal').evaluate((journal) => getSelection()!.selectAllChildren(journal));
    },
  },
  {
    name: 'whole long page (3,000 paragraphs, select-all)',
    open: async (page) => {
      await page.setContent(longPage);
      await page.evaluate(() => getSelection()!.selectAllChildren(document.body));
    },
  },
];

const server = await serveFiles(fileURLToPath(new URL('../', import.meta.url)), (pathname) =>
  pathname.startsWith('/unseen/')
    ? `unseen-pages/capture-unseen2/pages/${pathname.slice('/unseen/'.length)}`
    : `fixtures/pages/${pathname.slice(1)}`,
);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
try {
  const page = await browser.newPage();
  for (const { name, open } of cases) {
    await open(page, server.origin);
    const times = scripts.map(() => [] as number[]);
    const lengths = scripts.map(() => 0);
    for (let run = 0; run < RUNS + 3; run++) {
      for (const [i, { code }] of scripts.entries()) {
        const { ms, length } = await page.evaluate((source) => {
          const started = performance.now();
          const answer = (0, eval)(source) as { selection?: { text: string } };
          return { ms: performance.now() - started, length: answer.selection?.text.length ?? 0 };
        }, code);
        if (length === 0) throw new Error(`${scripts[i]!.file} read no selection on ${name}`);
        lengths[i] = length;
        if (run >= 3) times[i]!.push(ms); // the first three warm the page's compiler
      }
    }
    console.log(name);
    for (const [i, { file }] of scripts.entries()) {
      const sorted = [...times[i]!].sort((a, b) => a - b);
      console.log(
        `  ${file}: median ${percentile(sorted, 50).toFixed(2)} ms, p90 ${percentile(sorted, 90).toFixed(2)} ms (clip ${lengths[i]} characters)`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
