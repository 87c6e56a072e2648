import type { Locator, Page } from '@playwright/test';
import { openSidePanelAsTab } from '../support/extension-pages.js';
import { expect, test } from './fixtures.js';

const PANEL = { width: 420, height: 800 } as const;

/** The element's box lies wholly inside the panel's 420 × 800 view. */
async function expectInView(page: Page, locator: Locator, what: string): Promise<{ top: number; bottom: number }> {
  const box = await locator.boundingBox();
  expect(box, `${what} is rendered`).not.toBeNull();
  const { x, y, width, height } = box!;
  expect(y, `${what} starts below the top`).toBeGreaterThanOrEqual(0);
  expect(y + height, `${what} ends above the bottom (${y + height} px)`).toBeLessThanOrEqual(PANEL.height);
  expect(x + width, `${what} fits the width`).toBeLessThanOrEqual(PANEL.width);
  return { top: y, bottom: y + height };
}

async function captureNote(page: Page, clickToolbarButton: (page: Page) => Promise<void>, origin: string): Promise<void> {
  await page.goto(`${origin}/dossier/layout-${Date.now()}`);
  await page.locator('#note-1').click({ clickCount: 3 });
  await clickToolbarButton(page);
}

test('at 420 × 800 the clip with its marks, the numbered suggestions, the search box and the save button are in view together', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  const panel = await openSidePanelAsTab(context, extensionId);
  await panel.setViewportSize(PANEL);
  await captureNote(await context.newPage(), clickToolbarButton, origin);
  await expect(panel.locator('.deid-mark').first()).toBeVisible();

  const clip = await expectInView(panel, panel.locator('.deid-text'), 'the clip');
  const chips = panel.getByRole('group', { name: 'Suggesties uit de tekst' }).getByRole('button');
  await expect(chips.first()).toBeVisible();
  expect(await chips.count()).toBeGreaterThanOrEqual(3);
  for (const [index, chip] of (await chips.all()).entries()) {
    await expectInView(panel, chip, `suggestion ${index + 1}`);
    await expect(chip).toHaveAttribute('aria-keyshortcuts', `${index + 1} Alt+${index + 1}`);
    await expect(chip.locator('kbd')).toHaveText(String(index + 1));
  }
  await expectInView(panel, panel.getByLabel('Zoek een term'), 'the term search box');
  const save = await expectInView(panel, panel.getByRole('button', { name: /^Bewaren/ }), 'the save button');
  expect(clip.bottom).toBeLessThan(save.top);

  // The save bar never covers content: the scrolling area ends where the bar begins, and the page itself does not scroll.
  const scroller = await panel.locator('.draft-editor .panel-scroll').boundingBox();
  const bar = await panel.locator('.save-bar').boundingBox();
  expect(scroller!.y + scroller!.height).toBeLessThanOrEqual(bar!.y + 0.5);
  expect(await panel.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(PANEL.height);
  // Scrolled to the end, the last content sits above the bar, not under it.
  await panel.locator('.draft-editor .panel-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const last = await panel.locator('[data-disclosure="consent"]').boundingBox();
  expect(last!.y + last!.height).toBeLessThanOrEqual(bar!.y + 0.5);

  // The full term list, notes, consent and the marking tools are closed until asked for.
  for (const name of ['text', 'deidOptions', 'notes', 'consent'])
    await expect(panel.locator(`details[data-disclosure="${name}"]`)).not.toHaveAttribute('open');
  await expect(panel.getByRole('listbox')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Alle termen' })).toHaveAttribute('aria-expanded', 'false');
});

test('the disclosures the user opens or closes stay so after a reload, and a search shows its matches with the list closed', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  const panel = await openSidePanelAsTab(context, extensionId);
  await panel.setViewportSize(PANEL);
  await captureNote(await context.newPage(), clickToolbarButton, origin);
  const notes = panel.locator('details[data-disclosure="notes"]');
  const consent = panel.locator('details[data-disclosure="consent"]');
  const allTerms = panel.getByRole('button', { name: 'Alle termen' });

  await panel.getByLabel('Zoek een term').fill('armoede');
  await expect(panel.getByRole('option', { name: /Armoede/ })).toBeVisible();
  await panel.getByLabel('Zoek een term').fill('');
  await expect(panel.getByRole('listbox')).toHaveCount(0);

  await notes.locator('summary').click();
  await consent.locator('summary').click();
  await allTerms.click();
  await expect(notes).toHaveAttribute('open');
  await expect(panel.getByRole('listbox')).toBeVisible();

  await panel.reload();
  await expect(panel.locator('.deid-mark').first()).toBeVisible();
  await expect(notes).toHaveAttribute('open');
  await expect(consent).toHaveAttribute('open');
  await expect(allTerms).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByRole('listbox')).toBeVisible();
  await expect(panel.locator('details[data-disclosure="deidOptions"]')).not.toHaveAttribute('open');

  await consent.locator('summary').click();
  await allTerms.click();
  await panel.reload();
  await expect(panel.locator('.deid-mark').first()).toBeVisible();
  await expect(notes).toHaveAttribute('open');
  await expect(consent).not.toHaveAttribute('open');
  await expect(allTerms).toHaveAttribute('aria-expanded', 'false');
});
