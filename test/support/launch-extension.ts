import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_DIR } from './paths.js';

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  /** Browser UI language; the extension follows it (nl by default, as its users have). */
  lang?: 'nl' | 'en';
  userDataDir?: string;
}

/**
 * Starts Debian's Chromium with the unpacked extension in a fresh profile. The flags keep
 * Chromium off the network (this machine has none) and allow CDP's Extensions.triggerAction.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  const { extensionDir = EXTENSION_DIR, headless = true, lang = 'nl', userDataDir = '' } = options;
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    locale: lang === 'nl' ? 'nl-NL' : 'en-US',
    // On Linux, Chromium takes its UI language (and so the extension's) from the environment, not --lang.
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'nl' ? 'nl_NL.UTF-8' : 'en_US.UTF-8' },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--enable-unsafe-extension-debugging',
      `--lang=${lang}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
}

export const extensionIdOf = (worker: Worker) => new URL(worker.url()).host;
