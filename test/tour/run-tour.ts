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

const headless = !process.env.DISPLAY || Boolean(process.env.CI) || process.argv.includes('--headless');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const shotsDir = join(REPO_ROOT, 'out', 'tour', stamp);
mkdirSync(shotsDir, { recursive: true });

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

  const opened = context.waitForEvent('page');
  await clickToolbarButton(context, extensionId, casePage);
  const vocabulary = await opened;
  await vocabulary.waitForSelector('li.term');
  await shot(vocabulary, 'vocabulary', 'The toolbar button opens the vocabulary from @vertelpunt/taxonomy');

  await vocabulary.getByRole('searchbox').fill('eenzaam');
  await vocabulary.waitForSelector('[data-term-id="opgave-eenzaamheid"]');
  await shot(vocabulary, 'vocabulary-search', 'Searching the vocabulary for "eenzaam"');

  console.log(`Screenshots: ${shotsDir}`);
  if (!headless) {
    console.log('Close the browser window to end the tour.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
  }
} finally {
  await context.close().catch(() => undefined);
  await server.close();
}
