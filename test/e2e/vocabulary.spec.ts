import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { LATEST_VERSION, listFacets, listTerms } from '@vertelpunt/taxonomy';
import { REFI_QDA_CODEBOOK_XSD } from '../support/paths.js';
import { expect, test } from './fixtures.js';

// One Chromium for the vocabulary page's checks: each step opens the page afresh, as the tests it
// merges did (a launch costs seconds on two shared cores).
test('the vocabulary page: facet by facet from the taxonomy package; no accessibility violations; filters without diacritics and switches versions; downloads as a REFI-QDA codebook valid against Codebook.xsd, SKOS and CSV', async ({
  openExtensionPage,
}) => {
  // Several former tests in one (each a step): the budget of those tests, not of one.
  test.setTimeout(150_000);
  await test.step('an extension page shows the vocabulary of the taxonomy package, facet by facet', async () => {
    const page = await openExtensionPage('vocabulary.html');
    const terms = listTerms({ version: LATEST_VERSION });
    await expect(page.locator('li.term')).toHaveCount(terms.length);
    for (const facet of listFacets(LATEST_VERSION)) {
      await expect(page.getByRole('heading', { level: 2, name: facet.label.nl })).toBeVisible();
    }
    const lef = terms.find((t) => t.id === 'kernwaarde-lef')!;
    await expect(page.locator('[data-term-id="kernwaarde-lef"] > .term-label')).toHaveText(lef.label.nl);
    await expect(page.locator('[data-term-id="ks5-missie-1"] li.term')).toHaveCount(4);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Woordenlijst');
  });
  await test.step('the vocabulary page has no accessibility violations', async () => {
    const page = await openExtensionPage('vocabulary.html');
    await expect(page.locator('li.term').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
  await test.step('the vocabulary page filters by a search without diacritics and switches versions', async () => {
    const page = await openExtensionPage('vocabulary.html');
    await page.getByRole('searchbox').fill('EENZAAMHEID');
    await expect(page.locator('[data-term-id="opgave-eenzaamheid"]')).toBeVisible();
    await expect(page.locator('[data-term-id="kernwaarde-lef"]')).toHaveCount(0);

    await page.getByRole('searchbox').fill('');
    await page.getByRole('combobox').selectOption('brondocument-2024-08');
    await expect(page.locator('li.term')).toHaveCount(listTerms({ version: 'brondocument-2024-08' }).length);
    await expect(page.locator('[data-term-id="bd24-missie-6"]')).toBeVisible();
    await expect(page.locator('[data-term-id="ks5-missie-7"]')).toHaveCount(0);
  });
  await test.step('the vocabulary downloads as a REFI-QDA codebook valid against Codebook.xsd, as SKOS and as CSV', async () => {
    const page = await openExtensionPage('vocabulary.html');
    await page.getByRole('combobox').selectOption('brondocument-2024-08');
    const [qdc] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download als REFI-QDA-codeboek (.qdc)' }).click(),
    ]);
    expect(qdc.suggestedFilename()).toBe('vertelpunt-woordenlijst-brondocument-2024-08.qdc');
    const path = (await qdc.path())!;
    expect(() => execFileSync('xmllint', ['--noout', '--schema', REFI_QDA_CODEBOOK_XSD, path], { stdio: 'pipe' })).not.toThrow();
    expect(readFileSync(path, 'utf8')).toContain('Ondersteuning gericht op de context');
    const [skos] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download als SKOS (JSON-LD)' }).click(),
    ]);
    expect(JSON.stringify(JSON.parse(readFileSync((await skos.path())!, 'utf8')))).toContain('brondocument-2024-08');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV' }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8').split('\n')[0]).toContain('id');
  });
});
