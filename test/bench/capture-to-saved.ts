// Benchmark (prints figures; not a test): capture → draft ready → tagged by keyboard → saved,
// over 50 captures in the production build in headless Chromium, plus the injected script's size.
// Run: pnpm run build && node --conditions=vertelpunt-source --import tsx test/bench/capture-to-saved.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openSidePanelAsTab } from '../support/extension-pages.js';
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { EXTENSION_DIR } from '../support/paths.js';
import { serveFixturePages } from '../support/serve-fixture-pages.js';
import { clickToolbarButton } from '../support/trigger-action.js';

const RUNS = Number(process.env.RUNS ?? 50);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

const captureJs = readFileSync(join(EXTENSION_DIR, 'capture.js'));
const server = await serveFixturePages();
const context = await launchWithExtension();
try {
  const extensionId = extensionIdOf(await extensionServiceWorker(context));
  const panel = await openSidePanelAsTab(context, extensionId);
  const toDraft: number[] = [];
  const toSaved: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const casePage = await context.newPage();
    await casePage.goto(`${server.origin}/dossier/bench-${i}-${Date.now()}`);
    await casePage.locator('#note-1').click({ clickCount: 3 });
    const start = performance.now();
    await clickToolbarButton(context, extensionId, casePage);
    await panel.getByLabel('Tekst', { exact: true }).waitFor();
    await panel.waitForFunction(() => (document.getElementById('story-text') as HTMLTextAreaElement | null)?.value.startsWith('Keukentafelgesprek'));
    toDraft.push(performance.now() - start);
    await panel.getByLabel('Zoek een term').fill('lef');
    await panel.keyboard.press('Enter');
    await panel.keyboard.press('Control+Enter');
    await panel.getByRole('status').filter({ hasText: 'Bewaard' }).waitFor();
    toSaved.push(performance.now() - start);
    await casePage.close();
  }
  const row = (name: string, values: number[]) =>
    console.log(`${name.padEnd(44)} median ${percentile(values, 50).toFixed(1)} ms  p90 ${percentile(values, 90).toFixed(1)} ms  max ${Math.max(...values).toFixed(1)} ms`);
  console.log(`Capture benchmark, ${RUNS} captures, headless Chromium, production build`);
  row('toolbar click → draft shown in the panel', toDraft);
  row('toolbar click → tagged by keyboard → saved', toSaved);
  console.log(`injected capture.js: ${captureJs.length} B, ${gzipSync(captureJs, { level: 9 }).length} B gzipped`);
} finally {
  await context.close();
  await server.close();
}
