import type { BrowserContext, Page } from '@playwright/test';

/**
 * Clicks the extension's toolbar button for a page, as a user does: CDP's
 * Extensions.triggerAction fires action.onClicked and grants activeTab. It takes a tab target
 * (not a page target), found by the page's unique URL, but only to find the window: like a real
 * click, it acts on that window's active tab (ExtensionActionViewModel::ExecuteUserAction).
 */
export async function clickToolbarButton(context: BrowserContext, extensionId: string, page: Page): Promise<void> {
  // A user clicks a tab they are looking at: make it the active, loaded tab first, and see that
  // it is (a background tab's document is hidden), or the click would land on another tab.
  await page.bringToFront();
  await page.waitForLoadState('load');
  await page
    .waitForFunction(() => document.visibilityState === 'visible', undefined, { timeout: 5_000 })
    .catch(() => {
      throw new Error('the case page never became the visible tab, so a toolbar click would act on another tab');
    });
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

/** The extension APIs that the report below reads, as the service worker has them. */
interface WorkerChrome {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: { query(q: object): Promise<{ id?: number; windowId: number; active: boolean; url?: string }[]> };
}

/**
 * For a failed test's report: what the background last stored about a capture (its reason and the
 * browser's own words in `detail`) and which tab was active, the tab a toolbar click acts on.
 */
export async function captureReport(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0];
  if (!worker) return 'no service worker';
  const report = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const { captureState } = await api.storage.session.get('captureState');
    const tabs = await api.tabs.query({});
    return {
      captureState,
      tabs: tabs.map(({ id, windowId, active, url }) => `${id} in ${windowId}${active ? ' active' : ''} ${url ?? '(url hidden)'}`),
    };
  });
  // One short line each: the list reporter cuts a long attachment.
  return [`capture: ${JSON.stringify(report.captureState)}`, ...report.tabs.map((tab) => `tab ${tab}`)].join('\n');
}
