import type { BrowserContext, Page } from '@playwright/test';

/**
 * Clicks the extension's toolbar button for a page, as a user does: CDP's
 * Extensions.triggerAction fires action.onClicked and grants activeTab. It needs the
 * tab target of the page (not its page target), found by the page's unique URL.
 */
export async function clickToolbarButton(context: BrowserContext, extensionId: string, page: Page): Promise<void> {
  // A user clicks a tab they are looking at: make it the active, loaded tab first.
  await page.bringToFront();
  await page.waitForLoadState('load');
  const cdp = await context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
    const tab = targetInfos.find((target) => target.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach();
  }
}
