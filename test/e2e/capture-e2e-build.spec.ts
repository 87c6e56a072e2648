// The paths Playwright cannot drive in the production build (the context-menu item and the
// keyboard command, which the browser routes to the same handler) and a cross-origin frame the
// user has granted access to: run against the test-only e2e build, which has host access to the
// localhost fixtures and exposes the capture handler to the service worker.
import type { Page, Worker } from '@playwright/test';
import { openSidePanelAsTab } from '../support/extension-pages.js';
import { serveFixturePages } from '../support/serve-fixture-pages.js';
import { expect, test } from './fixtures.js';
import { findSearchEditDeleteInLibrary, tagByKeyboardAndSave } from './library-steps.js';

test.use({ extensionBuild: 'e2e' });

/** What the context-menu item and the keyboard command do: call the capture handler for the tab. */
async function captureLikeMenuOrShortcut(serviceWorker: Worker, page: Page): Promise<void> {
  await serviceWorker.evaluate(async (url) => {
    const api = globalThis as unknown as {
      chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };
      __vertelpuntCapture(tabId: number): Promise<unknown>;
    };
    const [tab] = await api.chrome.tabs.query({ url });
    if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
    await Promise.race([
      api.__vertelpuntCapture(tab.id),
      new Promise((_, reject) => setTimeout(() => reject(new Error('capture timed out')), 10_000)),
    ]);
  }, page.url());
}

test('the context-menu / keyboard path captures through the same handler', async ({ context, origin, extensionId, serviceWorker }) => {
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/rich-editor/menu-${Date.now()}`);
  await casePage.locator('#editor p').nth(1).click({ clickCount: 3 });
  await captureLikeMenuOrShortcut(serviceWorker, casePage);
  const panel = await openSidePanelAsTab(context, extensionId);
  await expect(panel.getByLabel('Tekst', { exact: true })).toHaveValue('Niemand is de baas; we stemmen af wie wat doet.');
});

test('a note inside a cross-origin iframe, once its origin is allowed: capture, tag, save, then find, search, edit, delete in the library', async ({
  context,
  origin,
  extensionId,
  serviceWorker,
  openExtensionPage,
}) => {
  const other = await serveFixturePages('127.0.0.1');
  try {
    const casePage = await context.newPage();
    await casePage.goto(`${origin}/frame-host/frame-${Date.now()}?frame=${encodeURIComponent(other.origin)}`);
    await casePage.frameLocator('#notes-frame').locator('#frame-note').click({ clickCount: 3 });
    await captureLikeMenuOrShortcut(serviceWorker, casePage);
    const panel = await openSidePanelAsTab(context, extensionId);
    await expect(panel.getByLabel('Tekst', { exact: true })).toHaveValue(/^Buurtbewoners organiseren samen een maaltijd.*terug\.$/s);
    await expect(panel.locator('.origin')).toHaveText(other.origin);
    await tagByKeyboardAndSave(panel);
    await findSearchEditDeleteInLibrary(await openExtensionPage('library.html'), 'maaltijd', 'Bewerkt: notitie in een ingesloten venster');
  } finally {
    await other.close();
  }
});
