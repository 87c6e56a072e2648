import { aStory, seedStories } from '../support/seed-stories.js';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

// The interface follows the browser's language (Chromium on Linux takes it from LANGUAGE/LANG;
// see launch-extension.ts): messages, dates, months and numbers alike.

test.use({ extensionBuild: 'e2e' });

// Words that give one language away in the other's interface (short, common, not shared by the two).
const DUTCH = /\b(?:de|het|een|niet|geen|verhalen|verhaal|uw|je|naar|voor|wordt|zijn|bij|deze|alle|termen|bewaren|zoeken)\b/i;
const ENGLISH = /\b(?:the|and|your|with|story|stories|save|search|from|this|that|which|cannot|found|invalid|expected|received|unknown)\b/i;

/** Every text a person reads or hears on the page: the visible text, the read attributes, the title. */
const readText = (page: Page) =>
  page.evaluate(() => {
    const attributes = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];
    const read = [...document.querySelectorAll('*')].flatMap((el) => attributes.map((a) => el.getAttribute(a) ?? ''));
    return [...document.body.innerText.split('\n'), ...read, document.title].map((s) => s.trim()).filter(Boolean);
  });

/**
 * The lines of every page (and of an import's problems: the JSON reader's and the story schema's)
 * with a word of the other language. `library` is open with stories; the other pages are opened here.
 */
async function otherLanguage(library: Page, openExtensionPage: (path: string) => Promise<Page>, lang: 'nl' | 'en'): Promise<string[]> {
  const other = lang === 'nl' ? ENGLISH : DUTCH;
  const found: string[] = [];
  // Side by side, so the scan adds seconds, not a page load each.
  const lines = await Promise.all(
    ['sidepanel.html', 'options.html', 'vocabulary.html', 'overview.html'].map(async (path) => {
      const page = await openExtensionPage(path);
      await expect(page.locator('h1, h2').first()).toBeVisible();
      const read = (await readText(page)).filter((line) => other.test(line)).map((line) => `${path}: ${line}`);
      await page.close();
      return read;
    }),
  );
  found.push(...lines.flat());
  found.push(...(await readText(library)).filter((line) => other.test(line)).map((line) => `library.html: ${line}`));
  await library.getByRole('button', { name: lang === 'nl' ? 'Importeren of terugzetten…' : 'Import or restore…' }).click();
  const dialog = library.getByRole('dialog');
  for (const [name, text] of [
    ['kapot.json', '{\n  "format": "vertelpunt-stories",,\n}'],
    ['fout.json', '{"format":"vertelpunt-stories","schemaVersion":1,"exportedAt":5,"stories":[],"storyCount":0,"taxonomyVersions":[]}'],
  ] as const) {
    await dialog
      .getByLabel(lang === 'nl' ? 'Bestand' : 'File')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(dialog.getByRole('alert')).toContainText(name);
    found.push(...(await dialog.getByRole('alert').innerText()).split('\n').filter((line) => other.test(line)));
  }
  await expect(dialog.getByRole('alert')).toHaveText(
    lang === 'nl'
      ? 'fout.json: exportedAt: ongeldige waarde: verwacht tekst, gevonden: een getal'
      : 'fout.json: exportedAt: invalid value: expected text, found a number',
  );
  return found;
}

const at = '2026-03-05T10:00:00.000Z';
const stories = Array.from({ length: 5 }, (_, i) =>
  aStory({ title: `Casus ${i + 1}`, createdAt: at, updatedAt: at, tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-lef'] } }),
);

test.describe('in English', () => {
  test.use({ lang: 'en' });

  test('the library shows English dates and English words, and no page or problem a Dutch one', async ({ openExtensionPage }) => {
    const library = await openExtensionPage('library.html');
    await seedStories(library, stories);
    await expect(library.locator('html')).toHaveAttribute('lang', 'en');
    await expect(library.getByRole('status').first()).toHaveText('5 stories');
    const row = library.locator('.story-row').first();
    await expect(row).toContainText('Mar 5, 2026');
    await expect(row).not.toContainText('mrt');
    await expect(library).toHaveTitle('Vertelpunt – stories');
    expect(await otherLanguage(library, openExtensionPage, 'en')).toEqual([]);
  });

  test('the overview names months in English', async ({ openExtensionPage }) => {
    const library = await openExtensionPage('library.html');
    await seedStories(library, stories);
    const overview = await openExtensionPage('overview.html');
    const months = overview.getByRole('figure', { name: 'Stories per month' });
    await expect(months.locator('.chart-summary')).toHaveText('Most stories in March 2026 (5).');
    await expect(overview.getByRole('figure', { name: 'Core values' }).locator('.chart-summary')).toHaveText('Most often: Courage (5).');
  });
});

test('in Dutch the same library shows Dutch dates, and no page or problem an English word', async ({ openExtensionPage }) => {
  const library = await openExtensionPage('library.html');
  await seedStories(library, stories);
  await expect(library.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(library.locator('.story-row').first()).toContainText('5 mrt 2026');
  expect(await otherLanguage(library, openExtensionPage, 'nl')).toEqual([]);
});
