import { browser, type Browser } from 'wxt/browser';

type ClickListener = (tab: Browser.tabs.Tab) => void;

/**
 * The toolbar button's click. Chrome (MV3) calls it `action`; Firefox's MV2 build only has
 * `browserAction`, and `browser.action` is undefined there: using it crashed the Firefox
 * background on startup (found by the Firefox end-to-end tests, test/firefox/).
 */
export function onToolbarButtonClicked(listener: ClickListener): void {
  type Button = Pick<typeof browser.action, 'onClicked'>;
  const api = browser as unknown as { action?: Button; browserAction?: Button };
  (api.action ?? api.browserAction)?.onClicked.addListener(listener);
}
