// Every extension page, in each state a professional meets, checked with axe-core against WCAG 2.1
// A/AA in the light and the dark colour scheme (the pages follow the browser's preference), and the
// focus ring checked for contrast in both. With VP_SHOTS_DIR set, each state is also kept as a
// screenshot there, for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Story } from '@vertelpunt/stories';
import { axeViolations } from '../support/axe.js';
import { openSidePanelAsTab } from '../support/extension-pages.js';
import { aStory, seedStories } from '../support/seed-stories.js';
import { expect, test } from './fixtures.js';

test.use({ extensionBuild: 'e2e' });

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

const V5 = 'koers-v5-2024-09' as const;
const TERMS = ['kernwaarde-lef', 'kernwaarde-samen', 'opgave-armoede'] as const;
const at = (day: number) => `2026-0${1 + (day % 5)}-1${day % 9}T09:00:00.000Z`;
/** Enough stories, on enough terms and months, that the overview draws every chart without hiding small groups. */
const STORIES: Story[] = Array.from({ length: 24 }, (_, i) =>
  aStory({
    title: `Verhaal ${i + 1}: ${['samen aan tafel', 'lef bij de voedselbank', 'een buurtgesprek'][i % 3]}`,
    tags: { version: V5, terms: [TERMS[i % 3]!, 'opgave-eenzaamheid'] },
    createdAt: at(i),
    updatedAt: at(i),
  }),
);

async function inScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
}

/** axe finds nothing; the state is kept as a screenshot when asked. */
async function checkState(page: Page, scheme: Scheme, state: string, include?: string): Promise<void> {
  const dir = process.env.VP_SHOTS_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${state}-${scheme}.png`), fullPage: true });
  }
  expect.soft(await axeViolations(page, include), `${state} in ${scheme} mode`).toEqual([]);
}

/**
 * Tabs to the first control and measures its focus ring: drawn (an outline of at least 2 px) and
 * at least 3:1 against the page's background (WCAG 1.4.11), in whatever scheme the page shows.
 */
async function focusRingContrast(page: Page): Promise<{ tag: string; width: number; contrast: number }> {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) =>
      [r, g, b]
        .map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    let bg = el.parentElement;
    while (bg && (rgb(getComputedStyle(bg).backgroundColor)[3] ?? 1) === 0) bg = bg.parentElement;
    const back = luminance(rgb(getComputedStyle(bg ?? document.documentElement).backgroundColor));
    const style = getComputedStyle(el);
    const ring = luminance(rgb(style.outlineColor));
    const [hi, lo] = ring > back ? [ring, back] : [back, ring];
    return {
      tag: el.tagName,
      width: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
      contrast: (hi + 0.05) / (lo + 0.05),
    };
  });
}

async function expectVisibleFocus(page: Page, scheme: Scheme): Promise<void> {
  const ring = await focusRingContrast(page);
  expect.soft(ring.width, `focus ring width on ${ring.tag} in ${scheme} mode`).toBeGreaterThanOrEqual(2);
  expect.soft(ring.contrast, `focus ring contrast on ${ring.tag} in ${scheme} mode`).toBeGreaterThanOrEqual(3);
}

for (const scheme of SCHEMES) {
  test.describe(`${scheme} mode`, () => {
    // Each test walks a page through all its states and runs axe in each: slow on a shared machine.
    test.describe.configure({ timeout: 240_000 });
    test(`side panel: empty, a capture problem, a draft, the de-identification review, saved (${scheme})`, async ({
      context,
      origin,
      extensionId,
      clickToolbarButton,
    }) => {
      const panel = await openSidePanelAsTab(context, extensionId);
      await panel.setViewportSize({ width: 420, height: 800 });
      await inScheme(panel, scheme);
      await expect(panel.locator('#app')).not.toBeEmpty();
      await checkState(panel, scheme, 'sidepanel-empty');

      const casePage = await context.newPage();
      await casePage.goto(`${origin}/dossier/none-${scheme}-${Date.now()}`);
      await clickToolbarButton(casePage);
      await expect(panel.getByRole('alert')).toBeVisible();
      await checkState(panel, scheme, 'sidepanel-problem');

      await casePage.goto(`${origin}/dossier/draft-${scheme}-${Date.now()}`);
      await casePage.locator('#note-3').click({ clickCount: 3 });
      await clickToolbarButton(casePage);
      await expect(panel.getByLabel('Zoek een term')).toBeVisible();
      await checkState(panel, scheme, 'sidepanel-draft');
      await expectVisibleFocus(panel, scheme);

      await casePage.goto(`${origin}/identifiers/review-${scheme}-${Date.now()}`);
      await casePage.locator('#intake').click({ clickCount: 3 });
      await clickToolbarButton(casePage);
      await expect(panel.locator('.deid-mark')).toHaveCount(12);
      await panel.locator('.deid-mark[data-label="CITY"]').click();
      await expect(panel.locator('.deid-mark[data-label="CITY"]')).toHaveAttribute('aria-pressed', 'false');
      await checkState(panel, scheme, 'sidepanel-review');

      await panel.getByLabel('Zoek een term').fill('bestaanszekerheid');
      await panel.keyboard.press('Enter');
      await panel.keyboard.press('Control+Enter');
      await expect(panel.getByRole('status')).toContainText('Bewaard');
      await checkState(panel, scheme, 'sidepanel-saved');
    });

    test(`library: empty, list, filtered with the selection bar, editor (${scheme})`, async ({ openExtensionPage }) => {
      const library = await openExtensionPage('library.html');
      await inScheme(library, scheme);
      await expect(library.getByRole('heading', { name: 'Nog geen verhalen' })).toBeVisible();
      await checkState(library, scheme, 'library-empty');

      await seedStories(library, STORIES);
      await expect(library.getByRole('status').first()).toHaveText('24 verhalen');
      await checkState(library, scheme, 'library-list');
      await expectVisibleFocus(library, scheme);

      await library.locator('input[data-term-id="kernwaarde-lef"]').check();
      await expect(library.getByRole('status').first()).toHaveText('8 verhalen');
      await library.locator('.story-row').first().getByRole('checkbox').check();
      await library.getByRole('button', { name: 'Termen wijzigen…' }).click();
      await expect(library.locator('#bulk-tags-search')).toBeVisible();
      await checkState(library, scheme, 'library-filtered');

      await library.locator('.story-title').first().click();
      await expect(library.getByRole('dialog')).toBeVisible();
      await checkState(library, scheme, 'library-editor');
    });

    test(`library: export and import dialogs (${scheme})`, async ({ openExtensionPage }) => {
      const library = await openExtensionPage('library.html');
      await inScheme(library, scheme);
      await seedStories(library, STORIES);
      await expect(library.getByRole('status').first()).toHaveText('24 verhalen');
      await library.getByRole('button', { name: 'Exporteren…' }).click();
      await expect(library.getByRole('dialog', { name: 'Verhalen exporteren' })).toBeVisible();
      await checkState(library, scheme, 'library-export');
      await library.keyboard.press('Escape');
      await expect(library.getByRole('dialog')).toHaveCount(0);

      await library.getByRole('button', { name: 'Importeren of terugzetten…' }).click();
      const dialog = library.getByRole('dialog', { name: 'Importeren of een back-up terugzetten' });
      await dialog
        .getByLabel('Bestand')
        .setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"niet": "een export"}') });
      await expect(dialog.getByRole('alert')).toBeVisible();
      await checkState(library, scheme, 'library-import');
    });

    test(`overview with stories (${scheme})`, async ({ openExtensionPage }) => {
      const library = await openExtensionPage('library.html');
      await seedStories(library, STORIES);
      await library.close();
      const overview = await openExtensionPage('overview.html');
      await inScheme(overview, scheme);
      await expect(overview.locator('figure svg').first()).toBeVisible();
      await expect(overview.locator('[aria-busy="true"]')).toHaveCount(0);
      await overview.locator('details summary').first().click();
      await checkState(overview, scheme, 'overview');
      await expectVisibleFocus(overview, scheme);
    });

    test(`options and vocabulary (${scheme})`, async ({ openExtensionPage, origin }) => {
      const options = await openExtensionPage('options.html');
      await inScheme(options, scheme);
      await options.getByLabel('Systeem toevoegen').fill(origin);
      await options.getByRole('button', { name: 'Toevoegen' }).click();
      await expect(options.locator(`[data-origin="${origin}"]`)).toBeVisible();
      await checkState(options, scheme, 'options');
      await expectVisibleFocus(options, scheme);

      const vocabulary = await openExtensionPage('vocabulary.html');
      await inScheme(vocabulary, scheme);
      await expect(vocabulary.locator('li.term').first()).toBeVisible();
      await checkState(vocabulary, scheme, 'vocabulary');
      await expectVisibleFocus(vocabulary, scheme);
    });
  });
}
