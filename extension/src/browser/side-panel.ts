import { browser, type Browser } from 'wxt/browser';

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). Call it synchronously from the user's
 * click or shortcut, before any await: the browsers only allow it within that gesture.
 */
export function openStoryPanel(tab: Browser.tabs.Tab | undefined): void {
  // Opening the panel is a courtesy; it must never stop the capture itself. The browsers reject
  // (or throw) when they do not count the event as a user gesture.
  try {
    if (import.meta.env.FIREFOX) {
      void (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open().catch(() => undefined);
    } else if (tab?.id !== undefined) {
      void browser.sidePanel.open({ tabId: tab.id }).catch(() => undefined);
    }
  } catch {
    // See above: capture goes on; the panel shows the result when the user opens it.
  }
}
