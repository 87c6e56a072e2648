// Issue 12, findings 1, 2 and 4: de-identification covers every field (title, text, notes,
// quote selectors) on every write path, in real Chromium with the production build.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openPanelPart, openSidePanelAsTab } from '../support/extension-pages.js';
import { INTAKE_SECRETS, storedStories } from '../support/stored-stories.js';
import { expect, test } from './fixtures.js';

const withoutOriginal = ({ original: _original, ...rest }: Record<string, unknown>) => JSON.stringify(rest);

/** Selects `word` inside the review's rendered clip (as a user drags over it). */
async function selectInReview(panel: Page, word: string): Promise<void> {
  await panel.locator('.deid-text').evaluate((el, word) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.textContent!.indexOf(word);
      if (start === -1) continue;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + word.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`${word} not in the review`);
  }, word);
}

interface Fixtures {
  context: BrowserContext;
  origin: string;
  extensionId: string;
  clickToolbarButton: (page: Page) => Promise<void>;
}

/** Selects a paragraph of the identifiers page, clicks the toolbar button, and opens the panel with the draft. */
async function capture({ context, origin, extensionId, clickToolbarButton }: Fixtures, paragraph: string): Promise<Page> {
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/identifiers/${paragraph}-${Date.now()}`);
  await casePage.locator(`#${paragraph}`).click({ clickCount: 3 });
  await clickToolbarButton(casePage);
  const panel = await openSidePanelAsTab(context, extensionId);
  await expect(panel.locator('.deid-mark').first()).toBeVisible();
  return panel;
}

async function tagAndSave(panel: Page): Promise<void> {
  await panel.getByLabel('Zoek een term').fill('eenzaamheid');
  await panel.keyboard.press('Enter');
  await panel.keyboard.press('Control+Enter');
  await expect(panel.getByRole('status')).toContainText('Bewaard');
}

test('a name marked by hand and the detected ones are removed from the title and the quote selectors too', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
  openExtensionPage,
}) => {
  const panel = await capture({ context, origin, extensionId, clickToolbarButton }, 'nickname');
  await expect(panel.locator('.deid-mark[data-label="PERSON"]')).toHaveText(/Jansen/);
  await selectInReview(panel, 'kleine joop');
  await openPanelPart(panel, 'deidOptions');
  await panel.getByLabel('Soort').selectOption('PERSON');
  await panel.getByRole('button', { name: 'Markeer selectie' }).click();
  await expect(panel.locator('.deid-mark[data-label="PERSON"]')).toHaveCount(2);
  await tagAndSave(panel);

  const library = await openExtensionPage('library.html');
  const [story] = await storedStories(library);
  expect(story).toMatchObject({
    text: 'Buurman [PERSOON 1] helpt mw. [PERSOON 2] met de boodschappen.',
    title: 'Buurman [PERSOON 1] helpt mw. [PERSOON 2] met de',
  });
  const everything = JSON.stringify(story);
  for (const secret of ['kleine joop', ...INTAKE_SECRETS]) expect(everything, secret).not.toContain(secret);
  expect((story!.selectors as { type: string; exact?: string }[]).find((s) => s.type === 'TextQuoteSelector')?.exact).toBe(story!.text);
});

test('with the original kept, title, text and selectors are redacted; the capture is only in `original`, never in an export', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
  openExtensionPage,
}) => {
  const panel = await capture({ context, origin, extensionId, clickToolbarButton }, 'intake');
  await openPanelPart(panel, 'deidOptions');
  await panel.getByLabel(/Bewaar ook (het origineel|de originele tekst)/).check();
  await tagAndSave(panel);

  const library = await openExtensionPage('library.html');
  const [story] = await storedStories(library);
  for (const secret of INTAKE_SECRETS) expect(withoutOriginal(story!), secret).not.toContain(secret);
  expect(story!.title).toBe('Intake met mw. [PERSOON 1] (BSN [BSN]), geboren [DATUM],');
  expect(story!.original).toMatchObject({
    title: 'Intake met mw. Jansen (BSN 123456782), geboren 12-03-1984,',
    text: expect.stringContaining('mw. Jansen (BSN 123456782)'),
  });
  expect(story!.deidentification).toMatchObject({ originalKept: true });

  await library.getByRole('button', { name: 'Exporteren…' }).click();
  const dialog = library.getByRole('dialog', { name: 'Verhalen exporteren' });
  await dialog.getByLabel('Bestandsformaat').selectOption('json');
  const [file] = await Promise.all([
    library.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Exporteren', exact: true }).click(),
  ]);
  const exported = readFileSync((await file.path())!, 'utf8');
  expect(JSON.parse(exported).stories).toHaveLength(1);
  expect(exported).not.toContain('"original"');
  for (const secret of INTAKE_SECRETS) expect(exported, secret).not.toContain(secret);
});

test('a name typed back in the library is shown for review in text, title and notes, and saved redacted', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
  openExtensionPage,
}) => {
  const panel = await capture({ context, origin, extensionId, clickToolbarButton }, 'nickname');
  await tagAndSave(panel);

  const library = await openExtensionPage('library.html');
  await library.locator('.story-title').first().click();
  const dialog = library.getByRole('dialog');
  await dialog.getByLabel('Titel').fill('Gesprek met mevrouw Bakker');
  const text = dialog.getByLabel('Tekst', { exact: true });
  await text.fill(`${await text.inputValue()} Dochter Fatima belt op 06-12345678.`);
  await dialog.getByLabel('Notities').fill('Mevrouw Bakker terugbellen, BSN 123456782');
  await library.keyboard.press('Control+Enter');

  // Not saved yet: what was typed is shown for review, per field.
  const review = dialog.locator('.edit-review');
  await expect(review.getByRole('heading', { name: 'Persoonsgegevens controleren voor het opslaan' })).toBeVisible();
  await expect(review.locator('[data-field="title"] .deid-mark')).toHaveText([/Bakker/]);
  await expect(review.locator('[data-field="text"] .deid-mark')).toHaveText([/Fatima/, /06-12345678/]);
  await expect(review.locator('[data-field="notes"] .deid-mark')).toHaveText([/Bakker/, /123456782/]);
  expect(JSON.stringify(await storedStories(library))).not.toContain('Bakker');
  expect((await new AxeBuilder({ page: library }).include('dialog').analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await dialog.getByRole('button', { name: /Bewaren zonder de gemarkeerde gegevens/ }).click();
  await expect(library.locator('.toast')).toContainText('Verhaal bewaard');
  const [story] = await storedStories(library);
  expect(story).toMatchObject({
    title: 'Gesprek met mevrouw [PERSOON 3]',
    notes: 'Mevrouw [PERSOON 3] terugbellen, BSN [BSN]',
    text: 'Buurman kleine joop helpt mw. [PERSOON 1] met de boodschappen. Dochter [PERSOON 2] belt op [TELEFOON].',
  });
  await expect(library.locator('.story-title').first()).toHaveText('Gesprek met mevrouw [PERSOON 3]');
});
