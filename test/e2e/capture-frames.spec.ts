// Selections inside embedded frames, in the production build with a real toolbar click: a frame
// given as srcdoc (e-mail previews, rich-text editors), the same sandboxed, and a frame of another
// origin added by script: the last two the extension may not read until the user allows it.
import type { Page } from '@playwright/test';
import { openSidePanelAsTab } from '../support/extension-pages.js';
import { serveFixturePages } from '../support/serve-fixture-pages.js';
import { allowInSiteAccessSettings } from '../support/site-access.js';
import { expect, test } from './fixtures.js';

async function selectInFrame(page: Page, selector: string, frameOrigin: string): Promise<void> {
  const frame = page.frames().find((f) => f.url() === `${frameOrigin}/frame-note`);
  if (!frame) throw new Error('the notes frame has not loaded');
  await frame.locator(selector).evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
}

test('a selection inside a srcdoc iframe is captured', async ({ context, origin, extensionId, clickToolbarButton }) => {
  const mailPage = await context.newPage();
  await mailPage.goto(`${origin}/srcdoc-mail/bericht-${Date.now()}`);
  await mailPage.frameLocator('#mail-frame').locator('#mail-note').click({ clickCount: 3 });
  await clickToolbarButton(mailPage);
  const panel = await openSidePanelAsTab(context, extensionId);
  await expect(panel.getByLabel('Tekst', { exact: true })).toHaveValue(/^De mentor ziet dat de leerling.*gevonden\.$/s);
  await expect(panel.locator('.origin')).toHaveText(origin);
});

test('a selection inside a sandboxed srcdoc frame: the panel offers to allow the system instead of "no selection", then captures it', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  const mailPage = await context.newPage();
  await mailPage.goto(`${origin}/sandboxed-mail/bericht-${Date.now()}`);
  await mailPage.frameLocator('#mail-body').locator('#mail-note').click({ clickCount: 3 });
  await clickToolbarButton(mailPage);
  const panel = await openSidePanelAsTab(context, extensionId);
  // The frame runs with an opaque origin: the click's activeTab access does not reach it.
  await expect(panel.getByRole('alert')).toContainText(origin);
  await expect(panel.getByRole('alert')).not.toContainText('Er is geen tekst geselecteerd');

  await allowInSiteAccessSettings(context, extensionId, origin);
  await panel.getByRole('button', { name: `Geef Vertelpunt toegang tot ${origin} en lees opnieuw` }).click();
  await expect(panel.getByLabel('Tekst', { exact: true })).toHaveValue(/^Sinds de dagbesteding.*buurtkamer\.$/s);
  await expect(panel.locator('.origin')).toHaveText(origin);
});

test('a selection in a cross-origin frame added by script: the panel names the frame origin instead of "no selection"', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  const other = await serveFixturePages('127.0.0.1');
  try {
    const casePage = await context.newPage();
    await casePage.goto(`${origin}/frame-added/dossier-${Date.now()}?frame=${encodeURIComponent(other.origin)}`);
    // Selected in the frame while focus stays on the page (as after selecting, then clicking the
    // page): only the frame's own document knows of the selection.
    await selectInFrame(casePage, '#frame-note', other.origin);
    await clickToolbarButton(casePage);
    const panel = await openSidePanelAsTab(context, extensionId);
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText(other.origin);
    await expect(alert).not.toContainText('Er is geen tekst geselecteerd');
    await expect(panel.getByRole('button', { name: `Geef Vertelpunt toegang tot ${other.origin} en lees opnieuw` })).toBeVisible();
  } finally {
    await other.close();
  }
});

test('selections may be in frames of several origins the extension may not read: each is named; allowing the right one captures the selection', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  const notes = await serveFixturePages('127.0.0.1');
  const other = await serveFixturePages('127.0.0.1');
  try {
    const casePage = await context.newPage();
    await casePage.goto(
      `${origin}/frame-added/dossier-${Date.now()}?frame=${encodeURIComponent(notes.origin)}&frame=${encodeURIComponent(other.origin)}`,
    );
    await expect.poll(() => casePage.frames().filter((f) => f.url().endsWith('/frame-note')).length).toBe(2);
    await selectInFrame(casePage, '#frame-note', notes.origin);
    await clickToolbarButton(casePage);
    const panel = await openSidePanelAsTab(context, extensionId);
    await expect(panel.getByRole('alert')).toContainText(`${notes.origin} of ${other.origin}`);
    const allowNotes = panel.getByRole('button', { name: `Geef Vertelpunt toegang tot ${notes.origin} en lees opnieuw` });
    await expect(panel.getByRole('button', { name: `Geef Vertelpunt toegang tot ${other.origin} en lees opnieuw` })).toBeVisible();

    await allowInSiteAccessSettings(context, extensionId, notes.origin);
    await allowNotes.click();
    await expect(panel.getByLabel('Tekst', { exact: true })).toHaveValue(/^Buurtbewoners organiseren samen een maaltijd.*terug\.$/s);
    await expect(panel.locator('.origin')).toHaveText(notes.origin);
  } finally {
    await notes.close();
    await other.close();
  }
});
