// Store-sized screenshots (1280 × 800, what the Chrome Web Store asks for and AMO accepts),
// written by the tour into one known folder that each run replaces, one folder per listing
// language: out/store-screenshots/nl/, out/store-screenshots/en/. And the README's screenshots,
// docs/screenshots/, each the size of what it shows.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { REPO_ROOT } from '../support/paths.js';

export const STORE_SIZE = { width: 1280, height: 800 } as const;
export const STORE_SCREENSHOTS_DIR = join(REPO_ROOT, 'out', 'store-screenshots');
export const DOCS_SCREENSHOTS_DIR = join(REPO_ROOT, 'docs', 'screenshots');
export type StoreLanguage = 'nl' | 'en';

export function clearStoreScreenshots(): void {
  rmSync(STORE_SCREENSHOTS_DIR, { recursive: true, force: true });
  for (const lang of ['nl', 'en']) mkdirSync(join(STORE_SCREENSHOTS_DIR, lang), { recursive: true });
}

/** A page as it is on screen (its viewport), for the README. */
export async function docsShot(page: Page, name: string): Promise<string> {
  mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
  const file = join(DOCS_SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Width and height from a PNG's IHDR chunk: the tour checks what it wrote. */
export function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function checked(file: string): string {
  const { width, height } = pngSize(file);
  if (width !== STORE_SIZE.width || height !== STORE_SIZE.height)
    throw new Error(`${file} is ${width}×${height}, not ${STORE_SIZE.width}×${STORE_SIZE.height}`);
  return file;
}

/** One extension page at store size; its viewport is put back afterwards. */
export async function storeShot(page: Page, lang: StoreLanguage, name: string): Promise<string> {
  const before = page.viewportSize();
  await page.setViewportSize(STORE_SIZE);
  const file = join(STORE_SCREENSHOTS_DIR, lang, `${name}.png`);
  await page.screenshot({ path: file });
  if (before) await page.setViewportSize(before);
  return checked(file);
}

/**
 * The case-system page and the side panel side by side, as the user sees them: the real side
 * panel cannot be screenshot (it is not a page Playwright lists), so its page, opened as a tab,
 * is shot at panel width and put beside the case page.
 */
export async function storeShotBesidePanel(
  context: BrowserContext,
  casePage: Page,
  panel: Page,
  lang: StoreLanguage,
  name: string,
  panelWidth = 420,
): Promise<string> {
  const size = { width: STORE_SIZE.width - panelWidth, height: STORE_SIZE.height };
  const before = [casePage.viewportSize(), panel.viewportSize()] as const;
  await casePage.setViewportSize(size);
  await panel.setViewportSize({ width: panelWidth, height: STORE_SIZE.height });
  const [left, right] = await Promise.all([casePage.screenshot(), panel.screenshot()]);
  if (before[0]) await casePage.setViewportSize(before[0]);
  if (before[1]) await panel.setViewportSize(before[1]);
  const canvas = await context.newPage();
  try {
    await canvas.setViewportSize(STORE_SIZE);
    const img = (png: Buffer, width: number) =>
      `<img alt="" width="${width}" height="${STORE_SIZE.height}" src="data:image/png;base64,${png.toString('base64')}">`;
    await canvas.setContent(
      `<body style="margin:0;display:flex;background:#fff">${img(left, size.width)}<div style="width:1px;background:#888"></div>${img(right, panelWidth - 1)}</body>`,
    );
    const file = join(STORE_SCREENSHOTS_DIR, lang, `${name}.png`);
    await canvas.screenshot({ path: file });
    return checked(file);
  } finally {
    await canvas.close();
  }
}
