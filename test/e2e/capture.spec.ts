import type { Page } from '@playwright/test';
import { openPanelPart, openSidePanelAsTab } from '../support/extension-pages.js';
import { serveFixturePages } from '../support/serve-fixture-pages.js';
import { expect, test } from './fixtures.js';
import { findSearchEditDeleteInLibrary, tagByKeyboardAndSave } from './library-steps.js';

/** Each case-system page style, how a user selects the note there, and what gets selected. */
const PAGES: { name: string; path: string; select: (page: Page) => Promise<void>; expected: RegExp; searchWord: string }[] = [
  {
    name: 'a dossier page with notes in a table',
    path: 'dossier',
    select: (page) => page.locator('#note-1').click({ clickCount: 3 }),
    expected: /^Keukentafelgesprek met mw\. Jansen\..*ontmoet\.$/s,
    searchWord: 'taalcafé',
  },
  {
    name: 'a web component with an open shadow root',
    path: 'shadow-note',
    select: (page) => page.locator('#shadow-text').click({ clickCount: 3 }),
    expected: /^Moeder voelt zich gehoord.*wel kan\.$/s,
    searchWord: 'keukentafel',
  },
  {
    name: 'a textarea note editor',
    path: 'textarea-note',
    select: async (page) => {
      await page.locator('#note-editor').focus();
      await page.locator('#note-editor').evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, el.value.indexOf('.') + 1));
    },
    expected: /^Vader vertelt dat hij door de schulden niet meer slaapt\.$/,
    searchWord: 'schulden',
  },
  {
    name: 'a contenteditable rich editor',
    path: 'rich-editor',
    select: (page) => page.locator('#editor p').first().click({ clickCount: 3 }),
    expected: /^Het netwerk rond de jongere is versterkt.*vrijwilligersplek\.$/s,
    searchWord: 'voetbalclub',
  },
  {
    name: 'a single-page app that re-renders',
    path: 'spa',
    select: async (page) => {
      await page.locator('#open-dossier').click();
      await page.locator('#spa-note').click({ clickCount: 3 });
      await page.waitForTimeout(700); // let the app re-render its counter twice
    },
    expected: /^De jongere heeft zelf een stageplek gevonden.*krachten\.$/s,
    searchWord: 'stageplek',
  },
];

for (const fixture of PAGES) {
  test(`capture from ${fixture.name}: select, toolbar button, tag by keyboard, save, then find, search, edit, delete in the library`, async ({
    context,
    origin,
    extensionId,
    clickToolbarButton,
    openExtensionPage,
  }) => {
    const casePage = await context.newPage();
    await casePage.goto(`${origin}/${fixture.path}/dossier-${Date.now()}?client=123456`);
    await fixture.select(casePage);
    await clickToolbarButton(casePage);

    const panel = await openSidePanelAsTab(context, extensionId);
    const text = panel.getByLabel('Tekst', { exact: true });
    await expect(text).toHaveValue(fixture.expected);
    await expect(panel.locator('.origin')).toHaveText(origin);

    await tagByKeyboardAndSave(panel);

    await findSearchEditDeleteInLibrary(await openExtensionPage('library.html'), fixture.searchWord, `Bewerkt: ${fixture.name}`);
  });
}

// One Chromium for the four captures that end in a message instead of a clip: each step has its
// own case page and its own panel, and each message is a different one, so a panel that still
// showed the step before would fail the step (a launch costs seconds on two shared cores).
test('a capture that cannot be made says why: a selection in a cross-origin iframe the extension may not read (with a way to allow it), no selection, a page where extensions may not run, a selection over 1 MB', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  // Several former tests in one (each a step): the budget of those tests, not of one.
  test.setTimeout(150_000);
  const tabs: Page[] = [];
  /** A fresh tab at `url`, `select` done in it, the toolbar button clicked: the panel (as a tab) that follows. */
  const captureIn = async (url: string, select: (page: Page) => Promise<void>) => {
    await Promise.all(tabs.splice(0).map((tab) => tab.close()));
    const casePage = await context.newPage();
    await casePage.goto(url);
    await select(casePage);
    await clickToolbarButton(casePage);
    const panel = await openSidePanelAsTab(context, extensionId);
    tabs.push(casePage, panel);
    return panel;
  };

  await test.step('a selection in a cross-origin iframe the extension may not read: a clear message and a way to allow it', async () => {
    const other = await serveFixturePages('127.0.0.1');
    try {
      const panel = await captureIn(`${origin}/frame-host/dossier-${Date.now()}?frame=${encodeURIComponent(other.origin)}`, (page) =>
        page.frameLocator('#notes-frame').locator('#frame-note').click({ clickCount: 3 }),
      );
      await expect(panel.getByRole('alert')).toContainText('ingesloten venster');
      await expect(panel.getByRole('button', { name: `Geef Vertelpunt toegang tot ${other.origin} en lees opnieuw` })).toBeVisible();
    } finally {
      await other.close();
    }
  });

  await test.step('no selection gives a clear message', async () => {
    const panel = await captureIn(`${origin}/dossier/empty-${Date.now()}`, async () => {});
    await expect(panel.getByRole('alert')).toContainText('Er is geen tekst geselecteerd');
  });

  await test.step('a page where extensions may not run gives a clear message', async () => {
    const panel = await captureIn('chrome://version/', async () => {});
    await expect(panel.getByRole('alert')).toContainText('mag Vertelpunt niet lezen');
  });

  await test.step('a selection over 1 MB is refused with the limit named', async () => {
    const panel = await captureIn(`${origin}/dossier/large-${Date.now()}`, (page) =>
      page.evaluate(() => {
        const p = document.createElement('p');
        p.id = 'huge';
        p.textContent = 'Lange notitie. '.repeat(80_000);
        document.body.append(p);
        const range = document.createRange();
        range.selectNodeContents(p);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }),
    );
    await expect(panel.getByRole('alert')).toContainText('groter dan 1 MB');
  });
});

test('a story needs at least one tag: the rule is shown, and saving without one is refused', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/dossier/notag-${Date.now()}`);
  await casePage.locator('#note-3').click({ clickCount: 3 });
  await clickToolbarButton(casePage);
  const panel = await openSidePanelAsTab(context, extensionId);
  await expect(panel.getByText('Een verhaal heeft minstens één term nodig.').first()).toBeVisible();
  await panel.getByLabel('Titel').focus();
  await panel.keyboard.press('Control+Enter');
  await expect(panel.getByRole('alert')).toContainText('minstens één term');
});

test('an unsaved clip survives closing the panel and a service-worker restart', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
  serviceWorker,
}) => {
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/dossier/draft-${Date.now()}`);
  await casePage.locator('#note-2').click({ clickCount: 3 });
  await clickToolbarButton(casePage);
  let panel = await openSidePanelAsTab(context, extensionId);
  await openPanelPart(panel, 'notes');
  await panel.getByLabel('Notities').fill('Nog aanvullen na het overleg.');
  await panel.waitForTimeout(500); // the autosave delay
  await panel.close();

  // Stop the service worker the way the browser does when idle.
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
  void serviceWorker;

  panel = await openSidePanelAsTab(context, extensionId);
  await expect(panel.getByLabel('Notities')).toHaveValue('Nog aanvullen na het overleg.');
  await expect(panel.getByLabel('Tekst', { exact: true })).toHaveValue(/Casusoverleg met school/);
});
