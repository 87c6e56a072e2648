import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The test-only Firefox build (`pnpm --filter @vertelpunt/extension build:firefox-e2e`). */
export const FIREFOX_E2E_EXTENSION_DIR = fileURLToPath(new URL('../../extension/.output/firefox-mv2-e2e/', import.meta.url));
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'vertelpunt@associatiewijkteams.nl';
/** Fixed, so the extension's pages have a known moz-extension:// address in every run. */
export const EXTENSION_UUID = '3b0d6a7e-1f4c-4b8e-9a57-2f0c1d7e5a11';
/** Must match OPEN_PAGE_PATH and CAPTURE_FRAGMENT in extension/entrypoints/background/firefox-e2e-seam.ts. */
const OPEN_PAGE_PATH = '/__vertelpunt-e2e/open/';
const CAPTURE_FRAGMENT = '#__vertelpunt-e2e-capture';

export interface FirefoxWithExtension {
  browser: Browser;
  /** Where Firefox saves downloads, without asking. */
  downloadDir: string;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR (never a downloaded build) over WebDriver BiDi, in a fresh profile, in
 * Dutch (Debian's firefox-esr-l10n-nl), with the unpacked e2e build installed as a temporary add-on.
 */
export async function launchFirefoxWithExtension(options: { policiesFile?: string } = {}): Promise<FirefoxWithExtension> {
  const downloadDir = mkdtempSync(join(tmpdir(), 'vertelpunt-ff-downloads-'));
  // A policies.json of the test's own instead of the system's: Firefox honours the alternate path
  // only "in automation" (that pref with non-local connections disabled), which no real profile has.
  const policies = options.policiesFile
    ? {
        'browser.policies.alternatePath': options.policiesFile,
        'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
      }
    : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    ...(options.policiesFile ? { env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' } } : {}),
    extraPrefsFirefox: {
      ...policies,
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.locale.requested': 'nl',
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  const id = await browser.installExtension(FIREFOX_E2E_EXTENSION_DIR);
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  return {
    browser,
    downloadDir,
    close: async () => {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

/**
 * Polls a condition in the page until it holds. Not page.waitForFunction: while a tab moves to a
 * moz-extension:// page its realm is replaced, and Firefox's BiDi then fails the wait outright
 * (seen once in a few runs); an evaluate that fails mid-navigation is simply tried again.
 */
export async function waitInPage(page: Page, fn: (arg: never) => boolean, arg?: string | number, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(fn as (arg: string | number | undefined) => boolean, arg)) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`waited ${timeout} ms for ${fn.toString()}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}

/**
 * Opens one of the extension's pages in a new tab. BiDi refuses to navigate to moz-extension://,
 * so the tab goes to a localhost address the e2e build's background answers by opening the page.
 */
export async function openExtensionPage(browser: Browser, origin: string, page: `${string}.html`): Promise<Page> {
  const tab = await browser.newPage();
  // Not page.goto: it would wait for a load of the localhost address that the background replaces.
  await tab.evaluate((url) => {
    location.href = url;
  }, `${origin}${OPEN_PAGE_PATH}${page}`);
  const expected = `moz-extension://${EXTENSION_UUID}/${page}`;
  await waitInPage(tab, (url) => location.href === url && document.readyState === 'complete', expected);
  return tab;
}

/** What the context-menu item and the keyboard command do: run the capture handler for this tab. */
export async function captureLikeMenuOrShortcut(page: Page): Promise<void> {
  await page.evaluate((fragment) => {
    location.hash = fragment;
  }, CAPTURE_FRAGMENT);
}
