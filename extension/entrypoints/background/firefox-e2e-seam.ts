import { browser, type Browser } from 'wxt/browser';
import { captureFromTab } from '../../src/capture/capture-from-tab';

/** A localhost path that asks the e2e build to show one of its own pages in that tab. */
export const OPEN_PAGE_PATH = '/__vertelpunt-e2e/open/';
/** A fragment that asks the e2e build to capture the tab's selection, as the menu or shortcut would. */
export const CAPTURE_FRAGMENT = '#__vertelpunt-e2e-capture';

const PAGES = ['/library.html', '/options.html', '/overview.html', '/sidepanel.html', '/vocabulary.html'] as const;
const isPage = (path: string): path is (typeof PAGES)[number] => (PAGES as readonly string[]).includes(path);

/**
 * Test-only seam for Firefox, installed by the e2e build only. Firefox's WebDriver BiDi refuses to
 * navigate a tab to a moz-extension:// page and cannot reach the background page, so the test
 * navigates a tab to a localhost address (the e2e build has host access to localhost, so the
 * background sees the tab's URL) and the background does what was asked: open its own page in
 * that tab, or run the capture handler as the context menu or keyboard command would.
 */
export function installFirefoxE2eSeam(): void {
  browser.tabs.onUpdated.addListener((tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
    if (!change.url) return;
    const url = new URL(change.url);
    if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return;
    if (url.pathname.startsWith(OPEN_PAGE_PATH)) {
      const page = `/${url.pathname.slice(OPEN_PAGE_PATH.length)}`;
      if (isPage(page)) void browser.tabs.update(tabId, { url: browser.runtime.getURL(`${page}${url.search}`) });
    } else if (url.hash === CAPTURE_FRAGMENT) {
      void browser.tabs.get(tabId).then(captureFromTab);
    }
  });
}
