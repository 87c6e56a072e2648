import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Story } from '@vertelpunt/stories';
import type { TermId } from '@vertelpunt/taxonomy';
import { aStory, seedStories } from '../support/seed-stories.js';
import { expect, test } from './fixtures.js';

test.use({ extensionBuild: 'e2e' });

const V5 = 'koers-v5-2024-09';
const many = (n: number, terms: TermId[], createdAt: string) =>
  Array.from({ length: n }, () => aStory({ tags: { version: V5, terms }, createdAt, updatedAt: createdAt }));

/**
 * 16 stories: Lef 13, Armoede 6 (always with Lef), Samen 3. January 6, February none, March 8,
 * April none, May 2: May is too small, and January is then left out too, or May could be worked
 * out from the total.
 */
const STORIES: Story[] = [
  ...many(6, ['kernwaarde-lef', 'opgave-armoede'], '2026-01-15T10:00:00.000Z'),
  ...many(5, ['kernwaarde-lef'], '2026-03-10T10:00:00.000Z'),
  ...many(3, ['kernwaarde-samen'], '2026-03-11T10:00:00.000Z'),
  ...many(2, ['kernwaarde-lef'], '2026-05-05T10:00:00.000Z'),
];

const figure = (page: Page, name: string) => page.getByRole('figure', { name });
/** The chart's table as [label, stories] rows. */
const tableRows = async (chart: Locator) =>
  chart
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [row.querySelector('th')!.textContent, row.querySelector('td')!.textContent]));

async function download(chart: Locator, button: string) {
  const page = chart.page();
  const [file] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

// One Chromium for the overview of the 16 stories above (and first of the empty library): a launch
// and a seeding cost seconds on two shared cores, and no step changes the stories.
test('the overview: an empty library says what it will show; of the seeded stories terms are charted per facet (small groups left out), tables open from the keyboard, a filter in the address narrows the counts (an invalid one is ignored with a note), each chart downloads as CSV, SVG and PNG, and the library opens it on the set it shows', async ({
  openExtensionPage,
}) => {
  // Several former tests in one (each a step): the budget of those tests, not of one.
  test.setTimeout(150_000);
  await test.step('an empty library says what the page will show', async () => {
    const page = await openExtensionPage('overview.html');
    await expect(page.getByRole('heading', { name: 'Nog geen verhalen' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Naar mijn verhalen' }).first()).toBeVisible();
  });

  // Seeded once: the steps after this one only read the stories, each on a page of its own.
  const seeding = await openExtensionPage('library.html');
  await seedStories(seeding, STORIES);
  await seeding.close();

  await test.step('terms are charted per facet with a summary line, pairs and months count the seeded stories, small groups left out', async () => {
    const page = await openExtensionPage('overview.html');
    await expect(page.getByRole('status').first()).toHaveText('16 verhalen');
    // One chart per facet of the vocabulary, under one heading, in the vocabulary's order.
    const facets = page.locator('.overview-facets figure h3');
    await expect(facets.first()).toHaveText('Missie');
    expect(await facets.allTextContents()).toEqual(expect.arrayContaining(['Kernwaarden', 'Maatschappelijke opgaven', 'Lessen']));

    const values = figure(page, 'Kernwaarden');
    await expect(values.locator('.chart-summary')).toHaveText('Het vaakst: Lef (13). 1 van de 2 termen met verhalen getoond.');
    await expect(values.getByRole('img')).toHaveAttribute('aria-label', /^Kernwaarden: .*1 term\. De meeste verhalen: Lef \(13\)/);
    expect(await tableRows(values)).toEqual([['Lef', '13']]);
    await expect(values.locator('svg [data-mark="bar"] rect')).toHaveCount(1);
    await expect(values.getByText('1 groep weggelaten: minder dan 5 verhalen')).toBeVisible();
    expect(await tableRows(figure(page, 'Maatschappelijke opgaven'))).toEqual([['Armoede', '6']]);
    await expect(figure(page, 'Missie').getByText('Niets te tonen')).toBeVisible();

    const pairs = figure(page, 'Termen die samen voorkomen');
    expect(await tableRows(pairs)).toEqual([['Lef + Armoede', '6']]);
    await expect(pairs.getByRole('img')).toHaveAttribute('aria-label', /Lef \+ Armoede \(6 verhalen\)/);
    await expect(pairs.locator('.chart-summary')).toHaveText('1 paar termen met genoeg verhalen.');

    const months = figure(page, 'Verhalen per maand');
    await expect(months.locator('.chart-summary')).toHaveText('De meeste verhalen in maart 2026 (8).');
    expect(await tableRows(months)).toEqual([
      ['januari 2026', 'weggelaten'],
      ['februari 2026', '0'],
      ['maart 2026', '8'],
      ['april 2026', '0'],
      ['mei 2026', 'weggelaten'],
    ]);
    await expect(months.getByText('2 groepen weggelaten: minder dan 5 verhalen, of af te leiden uit de rest')).toBeVisible();

    // A smaller minimum shows the small groups, without counting again.
    await page.getByLabel('Kleinste groep die getoond wordt (verhalen)').fill('1');
    await expect
      .poll(() => tableRows(values))
      .toEqual([
        ['Lef', '13'],
        ['Samen', '3'],
      ]);
    await expect(values.locator('.chart-note')).toHaveCount(0);
    expect(await tableRows(months)).toEqual([
      ['januari 2026', '6'],
      ['februari 2026', '0'],
      ['maart 2026', '8'],
      ['april 2026', '0'],
      ['mei 2026', '2'],
    ]);

    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
  await test.step('tables are closed until asked for, and open from the keyboard', async () => {
    const page = await openExtensionPage('overview.html');
    const values = figure(page, 'Kernwaarden');
    await expect(values.getByRole('img')).toBeVisible();
    await expect(page.locator('details.chart-table[open]')).toHaveCount(0);
    await expect(values.getByRole('table')).toBeHidden();
    const summary = values.locator('summary');
    await expect(summary).toHaveText('Tabel: Kernwaarden');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(values.getByRole('table', { name: 'Kernwaarden' })).toBeVisible();
    await expect(values.getByRole('row', { name: 'Lef 13' })).toBeVisible();
  });
  await test.step('a filter in the address narrows the counts, and the address follows the filter', async () => {
    const page = await openExtensionPage(`overview.html#filter=${encodeURIComponent(JSON.stringify({ terms: ['opgave-armoede'] }))}`);
    await expect(page.getByRole('status').first()).toHaveText('6 verhalen');
    await expect(page.locator('input[data-term-id="opgave-armoede"]')).toBeChecked();
    expect(await tableRows(figure(page, 'Kernwaarden'))).toEqual([['Lef', '6']]);
    expect(await tableRows(figure(page, 'Maatschappelijke opgaven'))).toEqual([['Armoede', '6']]);
    expect(await tableRows(figure(page, 'Verhalen per maand'))).toEqual([['januari 2026', '6']]);

    await page.locator('input[data-term-id="opgave-armoede"]').uncheck();
    await expect(page.getByRole('status').first()).toHaveText('16 verhalen');
    expect(new URL(page.url()).hash).toBe('');
    await page.locator('input[data-term-id="kernwaarde-samen"]').check();
    await expect(page.getByRole('status').first()).toHaveText('3 verhalen');
    expect(JSON.parse(decodeURIComponent(new URL(page.url()).hash.replace('#filter=', '')))).toEqual({ terms: ['kernwaarde-samen'] });
    // Three stories: every group is below 5, so nothing is drawn, and the page says why.
    await expect(figure(page, 'Kernwaarden').getByText('Niets te tonen')).toBeVisible();
  });
  await test.step('an invalid filter in the address is ignored with a visible note', async () => {
    const page = await openExtensionPage('overview.html#filter=%7Bkapot');
    await expect(page.getByText('Het filter in het adres van deze pagina kon niet worden gelezen')).toBeVisible();
    await expect(page.getByRole('status').first()).toHaveText('16 verhalen');
  });
  await test.step('each chart downloads as CSV, SVG and PNG', async () => {
    const page = await openExtensionPage('overview.html');
    const terms = figure(page, 'Kernwaarden');
    await expect(terms.getByRole('img')).toBeVisible();

    // By keyboard: focus the button and press Enter.
    await terms.getByRole('button', { name: 'CSV', exact: true }).focus();
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(csvFile.suggestedFilename()).toMatch(/^vertelpunt-overzicht-termen-kernwaarden-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await csvFile.path())!, 'utf8');
    expect(csv).toBe('key,label,stories\r\nkernwaarde-lef,Lef,13\r\n');

    const months = await download(figure(page, 'Verhalen per maand'), 'CSV');
    const lines = months.bytes.toString('utf8').trimEnd().split('\r\n');
    expect(lines).toEqual([
      'key,label,stories',
      '2026-01,januari 2026,',
      '2026-02,februari 2026,0',
      '2026-03,maart 2026,8',
      '2026-04,april 2026,0',
      '2026-05,mei 2026,',
    ]);
    // No cell a spreadsheet would run as a formula (the writer prefixes those with ').
    for (const cell of lines.flatMap((line) => line.split(','))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const svg = await download(terms, 'SVG');
    expect(svg.name).toMatch(/^vertelpunt-overzicht-termen-kernwaarden-\d{4}-\d{2}-\d{2}\.svg$/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        ns: doc.documentElement.namespaceURI,
        title: doc.querySelector('title')?.textContent,
        width: doc.documentElement.getAttribute('width'),
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed).toMatchObject({
      error: null,
      root: 'svg',
      ns: 'http://www.w3.org/2000/svg',
      title: expect.stringContaining('Lef (13)'),
    });

    const png = await download(terms, 'PNG');
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Drawn at twice the chart's size.
    expect(png.bytes.readUInt32BE(16)).toBe(2 * Number(parsed.width));
  });
  await test.step('the library opens the overview on the set it shows', async () => {
    const library = await openExtensionPage('library.html');
    await library.locator('input[data-term-id="kernwaarde-samen"]').check();
    await expect(library.getByRole('status').first()).toHaveText('3 verhalen');
    await library.getByRole('link', { name: 'Overzicht in grafieken' }).click();
    await expect(library).toHaveURL(/overview\.html#filter=/);
    await expect(library.getByRole('status').first()).toHaveText('3 verhalen');
    await expect(library.locator('input[data-term-id="kernwaarde-samen"]')).toBeChecked();
  });
});

test('the co-occurrence chart shows the 10 largest pairs, and all of them on request', async ({ openExtensionPage }) => {
  const others: TermId[] = [
    'opgave-armoede',
    'opgave-woningnood',
    'opgave-eenzaamheid',
    'opgave-bureaucratie',
    'opgave-prestatiedruk',
    'opgave-veiligheid',
    'opgave-rechtsbescherming',
    'opgave-sociale-basis',
    'opgave-digitalisering',
    'rol-steunpilaar',
    'rol-netwerker',
    'rol-spelverdeler',
  ];
  // Lef with each of 12 other terms, 16 stories down to 5: 12 pairs above the minimum of 5.
  const stories = others.flatMap((term, i) => many(16 - i, ['kernwaarde-lef', term], '2026-02-10T10:00:00.000Z'));
  const library = await openExtensionPage('library.html');
  await seedStories(library, stories);
  const page = await openExtensionPage('overview.html');
  const pairs = figure(page, 'Termen die samen voorkomen');
  await expect(pairs.locator('.chart-summary')).toHaveText(
    'De 10 paren termen die het vaakst samen op een verhaal staan, van de 12 paren met genoeg verhalen.',
  );
  await expect(pairs.locator('svg [data-mark="bar"] rect')).toHaveCount(10);
  const rows = await tableRows(pairs);
  expect(rows).toHaveLength(10);
  expect(rows[0]).toEqual(['Lef + Armoede', '16']);
  expect(rows[9]).toEqual(['Lef + Steunpilaar', '7']);

  const all = pairs.getByRole('button', { name: 'Alle 12 paren tonen' });
  await expect(all).toHaveAttribute('aria-pressed', 'false');
  await all.click();
  await expect(pairs.locator('svg [data-mark="bar"] rect')).toHaveCount(12);
  expect((await tableRows(pairs)).slice(10)).toEqual([
    ['Lef + Netwerker', '6'],
    ['Lef + Spelverdeler', '5'],
  ]);
  await expect(pairs.locator('.chart-summary')).toHaveText('Alle 12 paren termen met genoeg verhalen, grootste eerst.');
  await pairs.getByRole('button', { name: 'Alleen de 10 grootste tonen' }).click();
  await expect(pairs.locator('svg [data-mark="bar"] rect')).toHaveCount(10);
});
