// The main job's tour: the built extension in Chromium on the bundled demo case-system page.
// With a display (and not in CI) the browser opens in a window and stays until you close it;
// without one it runs headless and writes a screenshot of each step to a folder it prints.
// It also writes the store screenshots in Dutch and English (out/store-screenshots/<lang>/) and
// the README's screenshots (docs/screenshots/), so those always show the current build.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { REPO_ROOT } from '../support/paths.js';
import { serveFixturePages, type FixtureServer } from '../support/serve-fixture-pages.js';
import { clickToolbarButton } from '../support/trigger-action.js';
import { openSidePanelAsTab } from '../support/extension-pages.js';
import { STORE_SCREENSHOTS_DIR, clearStoreScreenshots, docsShot, storeShot, storeShotBesidePanel } from './store-screenshots.js';
import { tagByKeysAndSave } from './tag-by-keys.js';

/** The side panel as the tour shows it: Chrome's default panel width, a laptop's height. */
const PANEL = { width: 420, height: 800 } as const;

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

/**
 * One walk through the main job in one interface language: capture, tag by keyboard, save, the
 * library, the editor, the vocabulary. The Dutch walk narrates with step screenshots; each walk
 * writes its language's store screenshots and README screenshots.
 */
async function walk(context: BrowserContext, server: FixtureServer, lang: 'nl' | 'en', narrate: boolean): Promise<void> {
  const say = narrate ? shot : async () => undefined;
  const extensionId = extensionIdOf(await extensionServiceWorker(context));
  const casePage = context.pages()[0] ?? (await context.newPage());
  await casePage.goto(`${server.origin}/dossier/2024-0815-${lang}`);
  await say(casePage, 'demo-dossier', 'The demo case-registration page, served on localhost');

  await casePage.locator('#note-1').click({ clickCount: 3 });
  await say(casePage, 'select-note', 'A professional selects a note in the case system');

  // The real side panel is not a page Playwright can screenshot; the same page opens as a tab.
  const panel = await openSidePanelAsTab(context, extensionId);
  await panel.setViewportSize(PANEL);
  await clickToolbarButton(context, extensionId, casePage);
  await panel.locator('.deid-mark').first().waitFor();
  await panel.bringToFront();
  await say(
    panel,
    'side-panel-draft',
    'The toolbar button (or Alt+Shift+V, or "Bewaar als verhaal") opens the clip in the side panel: marks, numbered suggestions, search, save',
  );
  await docsShot(panel, `side-panel-${lang}`);

  // What tagByKeysAndSave does, shown half-way for the screenshots: a suggestion's number, a search.
  const armoede = panel.locator('.suggestions [data-term-id="opgave-armoede"]');
  await panel.keyboard.press((await armoede.getAttribute('aria-keyshortcuts'))!.split(' ')[0]!);
  await panel.keyboard.type('ontmoet');
  await panel.locator('[role="option"][data-term-id="les-ontmoeting"]').waitFor();
  await say(panel, 'side-panel-tagging', 'One key for a suggested term (its number), or type a few letters of any term');
  await panel.keyboard.press('Enter');
  await say(panel, 'side-panel-tagged', 'Tagged with the keyboard: 1–5 for suggestions, type and Enter for any term');
  await docsShot(panel, `side-panel-tagged-${lang}`);
  await storeShotBesidePanel(context, casePage, panel, lang, '1-capture-and-tag');
  // Both terms are chosen already: only the save is left of the shared path.
  await tagByKeysAndSave(panel);
  await say(panel, 'side-panel-saved', 'Ctrl+Enter saves the story; the focus moves to the link to the library');

  const library = await context.newPage();
  await library.setViewportSize({ width: 1200, height: 700 });
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.locator('.story-title').first().waitFor();
  await say(library, 'library', 'The library: the saved story, searchable and filterable by term, date and system');
  await docsShot(library, `library-${lang}`);
  await storeShot(library, lang, '2-library');
  await library.locator('.story-title').first().focus();
  await library.keyboard.press('Enter');
  await library.getByRole('dialog').waitFor();
  await say(library, 'library-edit', 'Open a story to edit, retag or delete it');
  await storeShot(library, lang, '3-library-edit');
  await library.keyboard.press('Escape');

  const vocabulary = await context.newPage();
  await vocabulary.goto(`chrome-extension://${extensionId}/vocabulary.html`);
  await vocabulary.waitForSelector('li.term');
  await say(vocabulary, 'vocabulary', 'The vocabulary from @vertelpunt/taxonomy');
  await storeShot(vocabulary, lang, '4-vocabulary');
}

const server = await serveFixturePages();
try {
  console.log(`Vertelpunt tour (${headless ? 'headless' : 'in a window'}), demo case system at ${server.origin}`);
  // The English walk first, headless, for its screenshots; then the Dutch walk the user sees.
  const english = await launchWithExtension({ headless: true, lang: 'en' });
  try {
    await walk(english, server, 'en', false);
  } finally {
    await english.close().catch(() => undefined);
  }
  const context = await launchWithExtension({ headless });
  try {
    await walk(context, server, 'nl', true);
    console.log(`Screenshots: ${shotsDir}`);
    console.log(`Store screenshots (1280×800, nl and en): ${STORE_SCREENSHOTS_DIR}`);
    console.log(`README screenshots: ${join(REPO_ROOT, 'docs', 'screenshots')}`);
    if (!headless) {
      console.log('Close the browser window to end the tour.');
      await new Promise<void>((resolve) => context.on('close', () => resolve()));
    }
  } finally {
    await context.close().catch(() => undefined);
  }
} finally {
  await server.close();
}
