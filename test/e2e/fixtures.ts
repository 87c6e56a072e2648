import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { E2E_EXTENSION_DIR, EXTENSION_DIR } from '../support/paths.js';
import { serveFixturePages } from '../support/serve-fixture-pages.js';
import { captureReport, clickToolbarButton } from '../support/trigger-action.js';

interface TestFixtures {
  /** Which build to load: the production build (default) or the test-only e2e build. */
  extensionBuild: 'production' | 'e2e';
  /** The browser's UI language, and so the extension's (Dutch unless a test says otherwise). */
  lang: 'nl' | 'en';
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens an extension page (e.g. 'vocabulary.html') in a new tab. */
  openExtensionPage: (path: string) => Promise<Page>;
  /** Clicks the toolbar button for a page, as a user does. */
  clickToolbarButton: (page: Page) => Promise<void>;
}

interface WorkerFixtures {
  /** Origin of the fixture case-system pages, e.g. http://localhost:40123 */
  origin: string;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  origin: [
    async ({}, use) => {
      const server = await serveFixturePages();
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extensionBuild: ['production', { option: true }],
  lang: ['nl', { option: true }],
  context: async ({ extensionBuild, lang }, use) => {
    const context = await launchWithExtension({ extensionDir: extensionBuild === 'e2e' ? E2E_EXTENSION_DIR : EXTENSION_DIR, lang });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = await extensionServiceWorker(context);
    // The worker is listed before its script has run; a click before then finds no listener.
    await worker.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => use(extensionIdOf(serviceWorker)),
  openExtensionPage: async ({ context, extensionId }, use) =>
    use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    }),
  clickToolbarButton: async ({ context, extensionId }, use, testInfo) => {
    await use((page) => clickToolbarButton(context, extensionId, page));
    // A capture that failed only under load left no trace of why (stop 22): keep the background's words.
    if (testInfo.status !== testInfo.expectedStatus) {
      const report = await captureReport(context).catch((error: unknown) => `not readable: ${String(error)}`);
      await testInfo.attach('capture state and tabs', { body: report, contentType: 'text/plain' });
    }
  },
});

export const expect = test.expect;
