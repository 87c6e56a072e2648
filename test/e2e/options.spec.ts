import AxeBuilder from '@axe-core/playwright';
import { openSidePanelAsTab } from '../support/extension-pages.js';
import { expect, test } from './fixtures.js';
import { tagByKeyboardAndSave } from './library-steps.js';

test('opting in per system keeps the full URL and page title with stories from that system only', async ({
  context,
  origin,
  extensionId,
  openExtensionPage,
  clickToolbarButton,
}) => {
  const options = await openExtensionPage('options.html');
  await options.getByLabel('Systeem toevoegen (adres)').fill(`${origin}/dossier/1`);
  await options.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(options.getByRole('alert')).toContainText('zonder pad');
  await options.getByLabel('Systeem toevoegen (adres)').fill(origin);
  await options.getByRole('button', { name: 'Toevoegen' }).click();
  const system = options.locator(`[data-origin="${origin}"]`);
  await system.getByRole('checkbox').check();
  const { violations } = await new AxeBuilder({ page: options }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  const url = `${origin}/dossier/opted-in-${Date.now()}?tab=journaal`;
  const casePage = await context.newPage();
  await casePage.goto(url);
  await casePage.locator('#note-3').click({ clickCount: 3 });
  await clickToolbarButton(casePage);
  const panel = await openSidePanelAsTab(context, extensionId);
  await tagByKeyboardAndSave(panel);
  const library = await openExtensionPage('library.html');
  await library.locator('.story-title').first().click();
  await expect(library.getByRole('dialog').locator('.story-meta')).toContainText(url);
});
