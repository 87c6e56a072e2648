import AxeBuilder from '@axe-core/playwright';
import { openPanelPart, openSidePanelAsTab } from '../support/extension-pages.js';
import { INTAKE_SECRETS, storedStories } from '../support/stored-stories.js';
import { expect, test } from './fixtures.js';

test('a note full of identifiers: review the detections, keep one, save only the de-identified text', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
  openExtensionPage,
}) => {
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/identifiers/intake-${Date.now()}`);
  await casePage.locator('#intake').click({ clickCount: 3 });
  await clickToolbarButton(casePage);
  const panel = await openSidePanelAsTab(context, extensionId);
  const review = panel.locator('.deid-review');
  await expect(review.locator('.deid-mark')).toHaveCount(12);
  for (const label of ['PERSON', 'BSN', 'DATE', 'ADDRESS', 'POSTCODE', 'CITY', 'PHONE', 'EMAIL', 'AGE', 'INSTITUTION', 'IBAN']) {
    await expect(review.locator(`.deid-mark[data-label="${label}"]`).first()).toBeVisible();
  }
  await expect(panel.getByText('12 van 12 gevonden gegevens')).toBeVisible();

  // Keep the city: it is only a region here.
  const city = review.locator('.deid-mark[data-label="CITY"]');
  await city.click();
  await expect(city).toHaveAttribute('aria-pressed', 'false');
  await expect(panel.getByText('11 van 12 gevonden gegevens')).toBeVisible();

  await panel.getByLabel('Zoek een term').fill('bestaanszekerheid');
  await panel.keyboard.press('Enter');
  await panel.keyboard.press('Control+Enter');
  await expect(panel.getByRole('status')).toContainText('Bewaard');

  const library = await openExtensionPage('library.html');
  await library.locator('.story-title').first().click();
  const text = await library.getByRole('dialog').getByLabel('Tekst', { exact: true }).inputValue();
  expect(text).toBe(
    'Intake met mw. [PERSOON 1] (BSN [BSN]), geboren [DATUM], woont aan de [ADRES], [POSTCODE] Dordrecht. Bereikbaar op [TELEFOON] of via [E-MAIL]. Haar zoon [PERSOON 2] ([LEEFTIJD]) zit op [INSTELLING]. Rekening [IBAN].',
  );

  // Nothing of the original is stored anywhere in the extension.
  const everything = JSON.stringify(await storedStories(library));
  for (const secret of INTAKE_SECRETS) {
    expect(everything, secret).not.toContain(secret);
  }
  expect(JSON.parse(everything)[0].deidentification).toMatchObject({
    tool: '@vertelpunt/deid',
    switchedOff: 1,
    addedByUser: 0,
    originalKept: false,
    counts: { PERSON: 2, BSN: 1, DATE: 1, ADDRESS: 1, POSTCODE: 1, PHONE: 1, EMAIL: 1, AGE: 1, INSTITUTION: 1, IBAN: 1 },
  });
});

test('a missed name can be marked by selecting it', async ({ context, origin, extensionId, clickToolbarButton }) => {
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/dossier/missed-${Date.now()}`);
  await casePage.locator('#note-3').click({ clickCount: 3 });
  await clickToolbarButton(casePage);
  const panel = await openSidePanelAsTab(context, extensionId);
  // Select the word "voedselbank" in the preview and mark it as an institution.
  await panel.locator('.deid-text').evaluate((el) => {
    const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('voedselbank'))!;
    const start = node.textContent!.indexOf('voedselbank');
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 'voedselbank'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await openPanelPart(panel, 'deidOptions');
  await panel.getByLabel('Soort').selectOption('INSTITUTION');
  await panel.getByRole('button', { name: 'Markeer selectie' }).click();
  await expect(panel.locator('.deid-mark[data-label="INSTITUTION"]')).toHaveText(/voedselbank/);
});

test('the side panel with a clip under review has no accessibility violations', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/identifiers/axe-${Date.now()}`);
  await casePage.locator('#intake').click({ clickCount: 3 });
  await clickToolbarButton(casePage);
  const panel = await openSidePanelAsTab(context, extensionId);
  await expect(panel.locator('.deid-mark').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page: panel }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
