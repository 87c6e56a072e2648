import { aStory, seedStories } from '../support/seed-stories.js';
import { expect, test } from './fixtures.js';

// The interface follows the browser's language (Chromium on Linux takes it from LANGUAGE/LANG;
// see launch-extension.ts): messages, dates, months and numbers alike.

test.use({ extensionBuild: 'e2e' });

const at = '2026-03-05T10:00:00.000Z';
const stories = Array.from({ length: 5 }, (_, i) =>
  aStory({ title: `Verhaal ${i + 1}`, createdAt: at, updatedAt: at, tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-lef'] } }),
);

test.describe('in English', () => {
  test.use({ lang: 'en' });

  test('the library shows English dates and English words', async ({ openExtensionPage }) => {
    const library = await openExtensionPage('library.html');
    await seedStories(library, stories);
    await expect(library.locator('html')).toHaveAttribute('lang', 'en');
    await expect(library.getByRole('status').first()).toHaveText('5 stories');
    const row = library.locator('.story-row').first();
    await expect(row).toContainText('Mar 5, 2026');
    await expect(row).not.toContainText('mrt');
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

test('in Dutch the same library shows Dutch dates', async ({ openExtensionPage }) => {
  const library = await openExtensionPage('library.html');
  await seedStories(library, stories);
  await expect(library.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(library.locator('.story-row').first()).toContainText('5 mrt 2026');
});
