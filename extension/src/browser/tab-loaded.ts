import { browser } from 'wxt/browser';

/**
 * Resolves once the tab is no longer loading, or after `maxWaitMs` (a page with a request that
 * never ends stays "loading"). A tab that is gone resolves at once: the caller's next try says why.
 */
export function untilTabLoaded(tabId: number, maxWaitMs = 1_000): Promise<void> {
  return new Promise((resolve) => {
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(() => done(), maxWaitMs);
    function done() {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve();
    }
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.get(tabId).then((tab) => tab.status !== 'loading' && done(), done);
  });
}
