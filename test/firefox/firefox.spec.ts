// The Firefox build, driven for real: Debian's Firefox ESR over WebDriver BiDi (puppeteer-core),
// with the test-only e2e build installed. Library, import and export, options, vocabulary, and
// capture through the handler the context menu and keyboard command use.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseStoryFile, toJsonExport } from '@vertelpunt/exchange';
import { aStory } from '@vertelpunt/stories/testing';
import { LATEST_VERSION, listTerms } from '@vertelpunt/taxonomy';
import { serveFixturePages, type FixtureServer } from '../support/serve-fixture-pages.js';
import {
  captureLikeMenuOrShortcut,
  launchFirefoxWithExtension,
  openExtensionPage,
  waitInPage,
  type FirefoxWithExtension,
} from './launch-firefox.js';
import { message } from './messages.js';

let firefox: FirefoxWithExtension;
let fixtures: FixtureServer;

beforeAll(async () => {
  [firefox, fixtures] = await Promise.all([launchFirefoxWithExtension(), serveFixturePages()]);
});

afterAll(async () => {
  await firefox?.close();
  await fixtures?.close();
});

/** The form control a <label> with exactly this text names. */
async function labelled(page: Page, text: string) {
  await waitInPage(
    page,
    (label) => [...document.querySelectorAll('label')].some((l) => l.textContent?.trim() === label && l.control),
    text,
  );
  const handle = await page.evaluateHandle(
    (label) => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)?.control ?? null,
    text,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no control labelled "${text}" on ${await page.evaluate(() => location.href)}`);
  return element as NonNullable<typeof element>;
}

async function clickButton(page: Page, text: string): Promise<void> {
  await waitInPage(
    page,
    (name) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === name && !b.disabled),
    text,
  );
  await page.evaluate((name) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!.click(), text);
}

const storyTitles = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.story-title')].map((e) => e.textContent?.trim()));

/** Waits for a file to land in the download folder and returns its text. */
async function downloaded(dir: string, pattern: RegExp): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    // Firefox writes to a .part file and renames it when done.
    const files = readdirSync(dir);
    const name = files.find((f) => pattern.test(f));
    if (name && !files.some((f) => f.endsWith('.part')) && statSync(join(dir, name)).size > 0) return readFileSync(join(dir, name), 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no download matching ${pattern} in ${dir}: ${readdirSync(dir).join(', ') || 'empty'}`);
}

describe('the Firefox build in Firefox ESR', () => {
  test('the vocabulary page lists every term of the latest version and filters by a search', async () => {
    const page = await openExtensionPage(firefox.browser, fixtures.origin, 'vocabulary.html');
    const terms = listTerms({ version: LATEST_VERSION });
    await waitInPage(page, (n) => document.querySelectorAll('li.term').length === n, terms.length);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe(message('vocabularyTitle'));
    const search = await page.waitForSelector('input[type="search"]');
    await search!.type('EENZAAMHEID');
    await waitInPage(page, () => document.querySelector('[data-term-id="kernwaarde-lef"]') === null);
    expect(await page.$('[data-term-id="opgave-eenzaamheid"]')).not.toBeNull();
    await page.close();
  });

  test('options: a case system added by its address is listed, and still there when the page opens again', async () => {
    const page = await openExtensionPage(firefox.browser, fixtures.origin, 'options.html');
    const system = 'https://registratie.voorbeeld.nl';
    await (await labelled(page, message('optionsAddSystem'))).type(`${system}/dossier/1`);
    await clickButton(page, message('optionsAdd'));
    // An address with a path is refused, with a message, and nothing is added.
    await waitInPage(
      page,
      () => document.querySelector('[role="alert"]')?.textContent?.trim() !== '' && document.querySelector('[role="alert"]') !== null,
    );
    expect(await page.$(`[data-origin="${system}"]`)).toBeNull();
    const field = await labelled(page, message('optionsAddSystem'));
    await field.evaluate((input) => (input as HTMLInputElement).select());
    await field.type(system);
    await clickButton(page, message('optionsAdd'));
    await page.waitForSelector(`[data-origin="${system}"]`, { timeout: 10_000 });
    await page.close();
    // Opened again (BiDi cannot reload a moz-extension:// page either): the setting was stored.
    const again = await openExtensionPage(firefox.browser, fixtures.origin, 'options.html');
    await again.waitForSelector(`[data-origin="${system}"]`, { timeout: 10_000 });
    await again.close();
  });

  test('import a file into the library, see the stories listed, and export a backup with them', async () => {
    const library = await openExtensionPage(firefox.browser, fixtures.origin, 'library.html');
    await library.waitForSelector('h1');
    const stories = [
      aStory({
        title: 'Lef aan de keukentafel',
        text: 'Samen gekeken wat wél kan.',
        createdAt: '2026-03-01T09:00:00.000Z',
        updatedAt: '2026-03-01T09:00:00.000Z',
      }),
      aStory({
        title: 'Een maaltijd in de buurt',
        text: 'Buurtbewoners koken samen.',
        createdAt: '2026-03-02T09:00:00.000Z',
        updatedAt: '2026-03-02T09:00:00.000Z',
      }),
    ];
    const file = join(firefox.downloadDir, 'collega.json');
    writeFileSync(file, toJsonExport(stories, { exportedAt: new Date() }));

    await clickButton(library, message('importOpen'));
    const input = await library.waitForSelector('dialog input[type="file"]');
    await input!.uploadFile(file);
    await clickButton(library, message('importConfirm', '2 verhalen'));
    await waitInPage(library, () => document.querySelectorAll('.story-row').length === 2);
    expect((await storyTitles(library)).sort()).toEqual(stories.map((s) => s.title).sort());

    await clickButton(library, message('backupMake'));
    const backup = parseStoryFile(await downloaded(firefox.downloadDir, /^vertelpunt-backup-.*\.json$/), 'backup.json');
    expect(backup.stories.map((s) => s.story.id).sort()).toEqual(stories.map((s) => s.id).sort());
    await library.close();
  });

  test('capture through the context-menu / keyboard handler, tag and save in the side panel, then find it in the library', async () => {
    const casePage = await firefox.browser.newPage();
    await casePage.goto(`${fixtures.origin}/rich-editor/firefox-${Date.now()}`);
    await casePage.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelectorAll('#editor p')[1]!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await captureLikeMenuOrShortcut(casePage);

    const panel = await openExtensionPage(firefox.browser, fixtures.origin, 'sidepanel.html');
    const text = 'Niemand is de baas; we stemmen af wie wat doet.';
    await waitInPage(panel, (expected) => (document.querySelector('#story-text') as HTMLTextAreaElement | null)?.value === expected, text);
    await (await labelled(panel, message('searchTerms'))).type('samen');
    await panel.keyboard.press('Enter');
    await waitInPage(
      panel,
      () => document.querySelectorAll('.selected-tags [data-term-id], [data-term-id][aria-selected="true"]').length > 0,
    );
    await panel.keyboard.down('Control');
    await panel.keyboard.press('Enter');
    await panel.keyboard.up('Control');
    await waitInPage(panel, () => document.querySelector('[role="status"].saved') !== null);

    const library = await openExtensionPage(firefox.browser, fixtures.origin, 'library.html');
    await waitInPage(library, () => document.querySelectorAll('.story-row').length === 3);
    // The draft's title is the clip's first eight words.
    expect(await storyTitles(library)).toContain(text.split(' ').slice(0, 8).join(' '));
    await Promise.all([casePage.close(), panel.close(), library.close()]);
  });
});
