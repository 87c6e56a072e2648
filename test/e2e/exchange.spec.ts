// Exports, backup, restore and import from the library, in real Chromium with the built extension.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { parseStoryFile } from '@vertelpunt/exchange';
import type { Story } from '@vertelpunt/stories';
import { launchWithExtension } from '../support/launch-extension.js';
import { E2E_EXTENSION_DIR } from '../support/paths.js';
import { aStory, seedStories } from '../support/seed-stories.js';
import { expect, test } from './fixtures.js';

test.use({ extensionBuild: 'e2e' });

const V5 = 'koers-v5-2024-09' as const;
const stories: Story[] = [
  aStory({
    title: 'Lef aan de keukentafel',
    text: 'Samen met mevrouw gekeken wat wél kan; één café in de wijk.',
    tags: { version: V5, terms: ['kernwaarde-lef', 'opgave-armoede'] },
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  }),
  // A formula without a web address: an address is personal data to the de-identifier, and an import or restore would remove it.
  aStory({
    title: '=HYPERLINK("#evil","klik")',
    tags: { version: V5, terms: ['opgave-eenzaamheid'] },
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
  }),
  aStory({
    title: 'Oud getagd',
    tags: { version: 'brondocument-2024-08', terms: ['bd24-missie-2'] },
    createdAt: '2026-03-03T09:00:00.000Z',
    updatedAt: '2026-03-03T09:00:00.000Z',
  }),
];

async function downloadText(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

/** Clicks and waits for the file the click starts to download. */
async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file;
}

test('exports the filtered set as CSV for Dutch Excel, with formulas neutralised', async ({ openExtensionPage }) => {
  const library = await openExtensionPage('library.html');
  await seedStories(library, stories);
  await library.locator('input[data-term-id="kernwaarde-lef"]').check();
  await expect(library.locator('.story-row')).toHaveCount(1);
  await library.getByRole('button', { name: 'Exporteren…' }).click();
  const dialog = library.getByRole('dialog', { name: 'Verhalen exporteren' });
  await expect(dialog.getByLabel('De gefilterde verhalen (1 verhaal)')).toBeChecked();
  await dialog.getByLabel('Bestandsformaat').selectOption('csv-long');
  await expect(dialog.getByLabel(/Voor Nederlandse Excel/)).toBeChecked();
  expect((await new AxeBuilder({ page: library }).include('dialog').analyze()).violations).toEqual([]);
  const filtered = await download(library, () => dialog.getByRole('button', { name: 'Exporteren', exact: true }).click());
  expect(filtered.suggestedFilename()).toMatch(/^vertelpunt-selectie-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await downloadText(filtered);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(rows.slice(1).map((r) => r[2])).toEqual(['Lef aan de keukentafel', 'Lef aan de keukentafel']);
  await expect(library.locator('.toast')).toContainText('1 verhaal geëxporteerd');

  await library.getByRole('button', { name: 'Exporteren…' }).click();
  await dialog.getByLabel('Alle verhalen (3 verhalen)').check();
  await dialog.getByLabel('Bestandsformaat').selectOption('csv-wide');
  const all = await downloadText(await download(library, () => dialog.getByRole('button', { name: 'Exporteren', exact: true }).click()));
  const wide = Papa.parse<string[]>(all.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(wide).toHaveLength(4);
  expect(wide.map((r) => r[wide[0]!.indexOf('title')])).toContain(`'${stories[1]!.title}`);
});

test('exports every other format from the library: JSON, REFI-QDA, Parquet', async ({ openExtensionPage }) => {
  const library = await openExtensionPage('library.html');
  await seedStories(library, stories);
  const dialog = library.getByRole('dialog', { name: 'Verhalen exporteren' });
  const files: Record<string, Buffer> = {};
  const paths: Record<string, string> = {};
  for (const format of ['json', 'qdpx', 'parquet', 'webanno', 'ndjson']) {
    await library.getByRole('button', { name: 'Exporteren…' }).click();
    await dialog.getByLabel('Bestandsformaat').selectOption(format);
    const file = await download(library, () => dialog.getByRole('button', { name: 'Exporteren', exact: true }).click());
    paths[format] = (await file.path())!;
    files[format] = readFileSync(paths[format]);
  }
  expect(parseStoryFile(files.json!.toString('utf8'), 'export.json').stories.map((s) => s.story.title)).toEqual(
    stories.map((s) => s.title),
  );
  expect(files.qdpx!.subarray(0, 2).toString('latin1')).toBe('PK');
  // project.qde is compressed in a worker of its own: Info-ZIP checks every entry's CRC and reads it back whole.
  expect(execFileSync('unzip', ['-t', paths.qdpx!], { encoding: 'utf8' })).toContain('No errors detected');
  const project = execFileSync('unzip', ['-p', paths.qdpx!, 'project.qde'], { encoding: 'utf8' });
  expect(project.match(/<TextSource /g)).toHaveLength(3);
  expect(project).toContain('name="Lef aan de keukentafel"');
  expect(project.endsWith('</Project>\n')).toBe(true);
  expect(files.parquet!.subarray(0, 4).toString('latin1')).toBe('PAR1');
  expect(files.parquet!.subarray(-4).toString('latin1')).toBe('PAR1');
  expect(JSON.parse(files.webanno!.toString('utf8')).total).toBe(3);
  expect(files.ndjson!.toString('utf8').trim().split('\n')).toHaveLength(5);
});

test('a backup restores into a new profile as the same library, byte for byte', async ({ openExtensionPage }) => {
  const at = new Date('2026-11-23T10:00:00Z');
  const library = await openExtensionPage('library.html');
  const kept = aStory({
    title: 'Met origineel',
    createdAt: '2026-03-04T09:00:00.000Z',
    updatedAt: '2026-03-04T09:00:00.000Z',
    original: 'Mevrouw Jansen, Dorpsstraat 1',
    deidentification: {
      tool: '@vertelpunt/deid',
      version: '0.1.0',
      counts: { PERSON: 1, ADDRESS: 1 },
      switchedOff: 0,
      addedByUser: 0,
      originalKept: true,
    },
  });
  await seedStories(library, [...stories, kept]);
  await library.clock.setFixedTime(at);
  const backup = await download(library, () => library.getByRole('button', { name: 'Back-up maken' }).click());
  expect(backup.suggestedFilename()).toBe('vertelpunt-backup-2026-11-23.json');
  const backupText = await downloadText(backup);
  await expect(library.locator('.toast')).toContainText('Back-up van 4 verhalen opgeslagen');

  const fresh = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR });
  try {
    const worker = fresh.serviceWorkers()[0] ?? (await fresh.waitForEvent('serviceworker'));
    const page = await fresh.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/library.html`);
    await expect(page.getByRole('heading', { name: 'Nog geen verhalen' })).toBeVisible();
    await page.clock.setFixedTime(at);
    await page.getByRole('button', { name: 'Importeren of terugzetten…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importeren of een back-up terugzetten' });
    await dialog
      .getByLabel('Bestand')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backupText) });
    await expect(dialog.locator('[data-count="add"]')).toHaveText('Nieuw, wordt toegevoegd: 4 verhalen');
    await dialog.getByRole('button', { name: '4 verhalen toevoegen' }).click();
    await expect(page.locator('.story-row')).toHaveCount(4);
    await expect(page.locator('.story-title')).toHaveText(['Met origineel', 'Oud getagd', stories[1]!.title, 'Lef aan de keukentafel']);
    const again = await downloadText(await download(page, () => page.getByRole('button', { name: 'Back-up maken' }).click()));
    expect(again).toBe(backupText);
    expect(again).toContain('Mevrouw Jansen, Dorpsstraat 1');
  } finally {
    await fresh.close();
  }
});

test('an import merges: no story twice, conflicts listed, new stories added in one go', async ({ openExtensionPage }) => {
  const library = await openExtensionPage('library.html');
  await seedStories(library, stories);
  const backupText = await downloadText(await download(library, () => library.getByRole('button', { name: 'Back-up maken' }).click()));
  const file = parseStoryFile(backupText, 'b.json').stories.map((s) => s.story);
  const changed = { ...file[0]!, text: 'Later aangevuld door een collega.', updatedAt: '2026-06-01T09:00:00.000Z' };
  const newcomer = aStory({ title: 'Van een collega', createdAt: '2026-04-01T09:00:00.000Z', updatedAt: '2026-04-01T09:00:00.000Z' });
  const { toJsonExport } = await import('@vertelpunt/exchange');
  const incoming = toJsonExport([changed, file[1]!, file[2]!, newcomer], { exportedAt: new Date() });

  await library.getByRole('button', { name: 'Importeren of terugzetten…' }).click();
  const dialog = library.getByRole('dialog', { name: 'Importeren of een back-up terugzetten' });
  await dialog.getByLabel('Bestand').setInputFiles({ name: 'collega.json', mimeType: 'application/json', buffer: Buffer.from(incoming) });
  await expect(dialog.locator('[data-count="add"]')).toHaveText('Nieuw, wordt toegevoegd: 1 verhaal');
  await expect(dialog.locator('[data-count="duplicates"]')).toHaveText('Al aanwezig, overgeslagen: 2 verhalen');
  await expect(dialog.locator('[data-count="conflicts"]')).toContainText('1 verhaal');
  await expect(dialog.locator(`.import-conflicts [data-story-id="${changed.id}"] th`)).toHaveText('Lef aan de keukentafel');
  expect((await new AxeBuilder({ page: library }).include('dialog').analyze()).violations).toEqual([]);
  await dialog.getByRole('button', { name: '1 verhaal toevoegen' }).click();
  await expect(library.locator('.toast')).toContainText('1 verhaal toegevoegd');
  await expect(library.locator('.story-row')).toHaveCount(4);
  await library.getByLabel('Zoek in verhalen').fill('aangevuld');
  await expect(library.getByText('Geen verhalen gevonden met deze zoekopdracht en filters.')).toBeVisible();
});

test('a bad file says exactly what is wrong and changes nothing', async ({ openExtensionPage }) => {
  const library = await openExtensionPage('library.html');
  await seedStories(library, stories);
  const { toJsonExport } = await import('@vertelpunt/exchange');
  const good = toJsonExport([aStory({ title: 'Nieuw' }), aStory({ title: 'Ook nieuw' })], { exportedAt: new Date() });
  const cases: [string, string, RegExp][] = [
    // In the interface's language (Dutch here), not the reader's English.
    [
      'afgebroken.json',
      good.split('\n').slice(0, 6).join('\n'),
      /afgebroken\.json: het bestand houdt op bij regel \d+, voordat de lijst verhalen en het object zijn afgesloten: het is afgebroken/,
    ],
    [
      'nieuwer.json',
      good.replace('"schemaVersion": 1', '"schemaVersion": 9'),
      /nieuwer\.json:3: schemaVersion 9: gemaakt door een nieuwere Vertelpunt/,
    ],
    ['kapot.json', good.replace('"Ook nieuw"', '""'), /kapot\.json:\d+: stories\[1\]\.title: geen geldig verhaal: mag niet leeg zijn$/],
    ['foto.json', '\u0000\u00ff\u00fe binary', /foto\.json: geen UTF-8-tekst/],
  ];
  await library.getByRole('button', { name: 'Importeren of terugzetten…' }).click();
  const dialog = library.getByRole('dialog', { name: 'Importeren of een back-up terugzetten' });
  for (const [name, content, problem] of cases) {
    await dialog
      .getByLabel('Bestand')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content, name === 'foto.json' ? 'latin1' : 'utf8') });
    await expect(dialog.getByText('Dit bestand kan niet worden geïmporteerd. Er is niets veranderd.')).toBeVisible();
    await expect(dialog.getByRole('alert')).toHaveText(problem);
    await expect(dialog.getByRole('button', { name: /toevoegen$/ })).toHaveCount(0);
  }
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(library.locator('.story-row')).toHaveCount(3);
});
