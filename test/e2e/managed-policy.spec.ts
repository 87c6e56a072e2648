import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { Story } from '@vertelpunt/stories';
import { openPanelPart, openSidePanelAsTab } from '../support/extension-pages.js';
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { installPolicyFor, type PolicyInstall } from '../support/managed-policy.js';
import { E2E_EXTENSION_DIR } from '../support/paths.js';
import { aStory, seedStories } from '../support/seed-stories.js';
import { clickToolbarButton } from '../support/trigger-action.js';
import { expect, test } from './fixtures.js';
import { tagByKeyboardAndSave } from './library-steps.js';

// One Chromium with an organisation policy for a private copy of the e2e build (its own id), so
// the policy reaches no other spec. The tests share it and run in order.
test.describe.configure({ mode: 'serial' });

const WORDING = 'Alleen voor intern leren binnen Wijkteam Noord.';
const policyFor = (origin: string) => ({
  organisationName: 'Gemeente Voorbeeldstad',
  team: 'Wijkteam Noord',
  professionalId: 'wt-noord-017',
  // The second entry passes Chrome's schema (its pattern) but is no origin (capitals): the
  // extension's own check must leave it out, say so, and apply the rest.
  caseSystems: [origin, 'https://Registratie.Voorbeeldstad.nl'],
  defaultConsent: 'alleen-intern',
  consentPurpose: WORDING,
  minimumGroupSize: 8,
  exportFormats: ['csv-long', 'qdpx'],
});

let install: PolicyInstall | undefined;
let context: BrowserContext | undefined;
let worker: Worker;
let extensionId: string;

/** The service worker's extension API, as far as these tests use it (the test code has no chrome typings). */
type StorageApi = { storage: { local: { set(items: object): Promise<void> }; managed: { get(): Promise<Record<string, unknown>> } } };

const open = async (path: string): Promise<Page> => {
  const page = await context!.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
};

test.beforeAll(async ({ origin }) => {
  install = await installPolicyFor(E2E_EXTENSION_DIR);
  // Chromium reads the policy folder at start (and watches it): write before launching.
  await install.write(policyFor(origin));
  context = await launchWithExtension({ extensionDir: install.extensionDir });
  worker = await extensionServiceWorker(context);
  await worker.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  extensionId = extensionIdOf(worker);
  // What the user chose before (or wrote around the options page): the policy must win over it.
  await worker.evaluate(() =>
    (globalThis as unknown as { chrome: StorageApi }).chrome.storage.local.set({
      settings: { systems: {}, author: 'Mijn eigen naam', defaultConsent: { status: 'toestemming-inwoner', purpose: 'Mijn eigen doel' } },
      settings$: { v: 2 },
    }),
  );
});

test.afterAll(async () => {
  try {
    await context?.close();
  } finally {
    await install?.remove();
  }
});

test('Chromium hands the policy to the extension it was written for', async () => {
  expect(extensionId).toBe(install!.extensionId);
  const managed = await worker.evaluate(() => (globalThis as unknown as { chrome: StorageApi }).chrome.storage.managed.get());
  expect(managed).toMatchObject({ organisationName: 'Gemeente Voorbeeldstad', minimumGroupSize: 8 });
});

test('the options page shows the organisation, its fixed values locked, and what it ignored', async ({ origin }) => {
  const options = await open('options.html');
  await expect(options.getByText('Deze installatie wordt beheerd door Gemeente Voorbeeldstad.')).toBeVisible();
  await expect(options.getByText('Team: Wijkteam Noord')).toBeVisible();
  await expect(options.getByRole('alert')).toContainText('caseSystems[1]');
  await expect(options.getByRole('alert')).toContainText('https://Registratie.Voorbeeldstad.nl');
  // Why, in the interface's language (not zod's English).
  await expect(options.getByRole('alert')).toContainText('is ongeldig: geen herkomst: verwacht http(s)://host[:poort]');

  const author = options.getByLabel('Naam of team op je verhalen');
  await expect(author).toHaveValue('wt-noord-017');
  await expect(author).not.toBeEditable();
  await author.press('End');
  await options.keyboard.type('-gewijzigd');
  await expect(author).toHaveValue('wt-noord-017');
  await expect(author).toHaveAccessibleDescription('Ingesteld door uw organisatie');

  const consent = options.getByRole('group', { name: 'Standaard toestemming' });
  await expect(consent.getByLabel('Alleen intern')).toBeChecked();
  for (const label of ['Alleen intern', 'Geanonimiseerd', 'Toestemming van de inwoner'])
    await expect(consent.getByLabel(label)).toBeDisabled();
  await expect(consent.getByRole('textbox')).toHaveValue(WORDING);
  await expect(consent.getByRole('textbox')).not.toBeEditable();

  const system = options.locator(`[data-origin="${origin}"]`);
  await expect(system).toContainText('Ingesteld door uw organisatie');
  await expect(options.getByRole('button', { name: 'Toegang geven tot alle systemen van uw organisatie' })).toBeVisible();
  await expect(options.locator('[data-origin="https://Registratie.Voorbeeldstad.nl"]')).toHaveCount(0);

  const { violations } = await new AxeBuilder({ page: options }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await options.close();
});

test('a captured story starts with the organisation’s consent and wording and is saved under its id', async ({ origin }) => {
  const casePage = await context!.newPage();
  await casePage.goto(`${origin}/dossier/managed-${Date.now()}`);
  await casePage.locator('#note-3').click({ clickCount: 3 });
  await clickToolbarButton(context!, extensionId, casePage);
  const panel = await openSidePanelAsTab(context!, extensionId);
  // Consent opens on demand in the side panel; its summary already names the policy's status.
  await expect(panel.locator('details[data-disclosure="consent"] summary')).toContainText('Alleen intern');
  await openPanelPart(panel, 'consent');
  const consent = panel.getByRole('group', { name: 'Toestemming en anonimisering' });
  await expect(consent.getByLabel('Alleen intern')).toBeChecked();
  await expect(consent.getByRole('textbox')).toHaveValue(WORDING);
  await tagByKeyboardAndSave(panel);

  const library = await open('library.html');
  await library.waitForFunction(() => '__vertelpuntStorage' in globalThis);
  const stories = await library.evaluate(async () => {
    const storage = (globalThis as unknown as { __vertelpuntStorage: { queryStories(f: object): Promise<{ stories: Story[] }> } })
      .__vertelpuntStorage;
    return (await storage.queryStories({})).stories;
  });
  expect(stories).toHaveLength(1);
  expect(stories[0]!.consent).toEqual({ status: 'alleen-intern', purpose: WORDING });
  expect(stories[0]!.author).toBe('wt-noord-017');
  await casePage.close();
  await panel.close();
  await library.close();
});

test('the library offers only the export formats the organisation allows', async () => {
  const library = await open('library.html');
  await library.getByRole('button', { name: 'Exporteren…' }).click();
  const formats = library.getByRole('dialog').locator('#export-format option');
  await expect(formats).toHaveText(['CSV, een regel per verhaal en term (.csv)', 'REFI-QDA-project (ATLAS.ti, MAXQDA, NVivo) (.qdpx)']);
  await library.close();
});

test('the overview keeps groups below the organisation’s minimum out, also when the user asks for less', async () => {
  const library = await open('library.html');
  // 7 stories with Lef: shown at the default minimum of 5, left out at the organisation's 8.
  const at = '2026-03-10T10:00:00.000Z';
  await seedStories(
    library,
    Array.from({ length: 7 }, () =>
      aStory({ tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-lef'] }, createdAt: at, updatedAt: at }),
    ),
  );
  await library.close();
  const overview = await open('overview.html');
  const min = overview.locator('#min-group');
  await expect(min).toHaveValue('8');
  await expect(min).toHaveAttribute('min', '8');
  await expect(overview.locator('#min-group-hint')).toContainText('geen groepen kleiner dan 8');
  await min.fill('5');
  await overview.waitForTimeout(300);
  await expect(overview.getByText(/minder dan 8 verhalen/).first()).toBeVisible();
  await expect(overview.getByText(/minder dan 5 verhalen/)).toHaveCount(0);
  await overview.close();
});
