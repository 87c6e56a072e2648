import AxeBuilder from '@axe-core/playwright';
import { aStory, seedStories } from '../support/seed-stories.js';
import { expect, test } from './fixtures.js';

test.use({ extensionBuild: 'e2e' });

test('an empty library explains what a story is and how to capture one', async ({ openExtensionPage }) => {
  const library = await openExtensionPage('library.html');
  await expect(library.getByRole('heading', { name: 'Nog geen verhalen' })).toBeVisible();
  await expect(library.getByText('Alt+Shift+V')).toBeVisible();
  await expect(library.getByText('Bewaar als verhaal')).toBeVisible();
});

test('filters by term (any/all) with counts, by origin, and searches without accents', async ({ openExtensionPage }) => {
  const library = await openExtensionPage('library.html');
  await seedStories(library, [
    aStory({ title: 'Lef en armoede', tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-lef', 'opgave-armoede'] } }),
    aStory({
      title: 'Alleen lef',
      tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-lef'] },
      source: { origin: 'https://ander.example.nl' },
    }),
    aStory({ title: 'Café in de wijk', text: 'Het taalcafé in het buurthuis.' }),
  ]);
  await expect(library.locator('.story-row')).toHaveCount(3);
  const lef = library.locator('input[data-term-id="kernwaarde-lef"]');
  await expect(library.locator('label', { has: lef }).locator('.count')).toHaveText('2');
  await lef.check();
  await expect(library.locator('.story-row')).toHaveCount(2);
  await library.locator('input[data-term-id="opgave-armoede"]').check();
  await library.getByLabel('alle gekozen termen').check();
  await expect(library.locator('.story-title')).toHaveText(['Lef en armoede']);
  await library.getByLabel('een van de gekozen termen').check();
  await library.getByLabel('Systeem').selectOption('https://ander.example.nl');
  await expect(library.locator('.story-title')).toHaveText(['Alleen lef']);
  await library.getByLabel('Systeem').selectOption('');
  await lef.uncheck();
  await library.locator('input[data-term-id="opgave-armoede"]').uncheck();
  await library.getByLabel('Zoek in verhalen').fill('TAALCAFE');
  await expect(library.locator('.story-title')).toHaveText(['Café in de wijk']);
});

test('a Brondocument story shows its own labels and moves to Koers v5 in bulk', async ({ openExtensionPage }) => {
  const library = await openExtensionPage('library.html');
  const old = aStory({ title: 'Oud getagd', tags: { version: 'brondocument-2024-08', terms: ['bd24-missie-2'] } });
  await seedStories(library, [old, aStory({ title: 'Nieuw getagd' })]);
  const row = library.locator(`[data-story-id="${old.id}"]`);
  await expect(row.locator('.story-tags')).toHaveText('Ondersteuning gericht op de context');
  await expect(row.locator('.old-version')).toContainText('brondocument-2024-08');
  await row.getByRole('checkbox').check();
  await library
    .getByRole('region', { name: 'Acties voor de selectie' })
    .getByRole('button', { name: 'Naar de nieuwste woordenlijst' })
    .click();
  await expect(library.locator('.toast')).toContainText('1 verhaal omgezet, 0 overgeslagen');
  await expect(row.locator('.old-version')).toHaveCount(0);
  await row.locator('.story-title').click();
  await expect(library.getByRole('dialog').locator('.selected-tags [data-term-id="ks5-missie-2"]')).toBeVisible();
});

test('bulk retag adds a term to every selected story', async ({ openExtensionPage }) => {
  const library = await openExtensionPage('library.html');
  const stories = [aStory({ title: 'Een' }), aStory({ title: 'Twee' })];
  await seedStories(library, stories);
  for (const s of stories) await library.locator(`[data-story-id="${s.id}"]`).getByRole('checkbox').check();
  await library.getByRole('button', { name: 'Termen wijzigen…' }).click();
  await library.locator('#bulk-tags-search').fill('eenzaamheid');
  await library.keyboard.press('Enter');
  await library.getByRole('button', { name: 'Termen toevoegen' }).click();
  await expect(library.locator('.toast')).toContainText('2 verhalen gewijzigd');
  await expect(library.locator('.story-tags').first()).toContainText('Eenzaamheid');
});

test('300 stories scroll in a windowed list, and the page has no accessibility violations', async ({ openExtensionPage }) => {
  const library = await openExtensionPage('library.html');
  await seedStories(
    library,
    Array.from({ length: 300 }, (_, i) => aStory({ title: `Verhaal nummer ${i}` })),
  );
  await expect(library.getByRole('status').first()).toHaveText('300 verhalen');
  const rendered = await library.locator('.story-row').count();
  expect(rendered).toBeLessThan(60);
  await library.locator('.story-viewport').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(library.locator('.story-title', { hasText: 'Verhaal nummer 0' })).toBeVisible();
  const { violations } = await new AxeBuilder({ page: library }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
