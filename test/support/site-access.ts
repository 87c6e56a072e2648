import type { BrowserContext } from '@playwright/test';

/**
 * Grants the extension an origin the way Chrome's own site-access setting does (the
 * chrome://extensions page's call). It stands in for the user's "Allow" in the permission prompt
 * that the panel's button opens: headless Chromium shows that prompt where no test can click it.
 * Once granted, the button's permissions.request resolves at once, and the button reads again.
 */
export async function allowInSiteAccessSettings(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  const settings = await context.newPage();
  await settings.goto(`chrome://extensions/?id=${extensionId}`);
  await settings.evaluate(
    ([id, pattern]) =>
      (
        globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }
      ).chrome.developerPrivate.addHostPermission(id!, pattern!),
    [extensionId, `${origin}/*`],
  );
  await settings.close();
}
