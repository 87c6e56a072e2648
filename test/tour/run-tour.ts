// The main job's tour: the built extension in Chromium on the bundled demo case-system page.
// With a display (and not in CI) the browser opens in a window and stays until you close it;
// without one it runs headless and writes a screenshot of each step to a folder it prints.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { REPO_ROOT } from '../support/paths.js';
import { serveFixturePages } from '../support/serve-fixture-pages.js';
import { clickToolbarButton } from '../support/trigger-action.js';
import { openSidePanelAsTab } from '../support/extension-pages.js';
import { STORE_SCREENSHOTS_DIR, clearStoreScreenshots, storeShot, storeShotBesidePanel } from './store-screenshots.js';

const headless = !process.env.DISPLAY || Boolean(process.env.CI) || process.argv.includes('--headless');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const shotsDir = join(REPO_ROOT, 'out', 'tour', stamp);
mkdirSync(shotsDir, { recursive: true });
clearStoreScreenshots();

let step = 0;
async function shot(page: Page, name: string, what: string): Promise<void> {
  step += 1;
  const file = join(shotsDir, `${String(step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`  ${step}. ${what}\n     ${file}`);
}

const server = await serveFixturePages();
const context = await launchWithExtension({ headless });
try {
  const extensionId = extensionIdOf(await extensionServiceWorker(context));
  console.log(`Vertelpunt tour (${headless ? 'headless' : 'in a window'}), demo case system at ${server.origin}`);

  const casePage = context.pages()[0] ?? (await context.newPage());
  await casePage.goto(`${server.origin}/dossier/2024-0815`);
  await shot(casePage, 'demo-dossier', 'The demo case-registration page, served on localhost');

  await casePage.locator('#note-1').click({ clickCount: 3 });
  await shot(casePage, 'select-note', 'A professional selects a note in the case system');

  await clickToolbarButton(context, extensionId, casePage);
  // The real side panel is not a page Playwright can screenshot; the same page opens as a tab.
  const panel = await openSidePanelAsTab(context, extensionId);
  await panel.getByLabel('Tekst', { exact: true }).waitFor();
  await panel.setViewportSize({ width: 420, height: 900 });
  await shot(panel, 'side-panel-draft', 'The toolbar button (or Alt+Shift+V, or "Bewaar als verhaal") opens the clip in the side panel');

  await panel.getByLabel('Zoek een term').fill('ontmoet');
  await panel.keyboard.press('Enter');
  await panel.getByLabel('Zoek een term').fill('bestaanszekerheid');
  await panel.keyboard.press('Enter');
  await shot(panel, 'side-panel-tagged', 'Tagged with the keyboard: type, Enter; suggestions come from the text');
  await storeShotBesidePanel(context, casePage, panel, '1-capture-and-tag');
  await panel.keyboard.press('Control+Enter');
  await panel.getByRole('status').filter({ hasText: 'Bewaard' }).waitFor();
  await shot(panel, 'side-panel-saved', 'Ctrl+Enter saves the story');

  const library = await context.newPage();
  await library.setViewportSize({ width: 1200, height: 700 });
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.locator('.story-title').first().waitFor();
  await shot(library, 'library', 'The library: the saved story, searchable and filterable by term, date and system');
  await storeShot(library, '2-library');
  await library.locator('.story-title').first().click();
  await library.getByRole('dialog').waitFor();
  await shot(library, 'library-edit', 'Open a story to edit, retag or delete it');
  await storeShot(library, '3-library-edit');
  await library.keyboard.press('Escape');

  const vocabulary = await context.newPage();
  await vocabulary.goto(`chrome-extension://${extensionId}/vocabulary.html`);
  await vocabulary.waitForSelector('li.term');
  await shot(vocabulary, 'vocabulary', 'The vocabulary from @vertelpunt/taxonomy');
  await storeShot(vocabulary, '4-vocabulary');

  console.log(`Screenshots: ${shotsDir}`);
  console.log(`Store screenshots (1280×800): ${STORE_SCREENSHOTS_DIR}`);
  if (!headless) {
    console.log('Close the browser window to end the tour.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
  }
} finally {
  await context.close().catch(() => undefined);
  await server.close();
}
