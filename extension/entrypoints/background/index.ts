import { browser, type Browser } from 'wxt/browser';
import { createSaveStoryMenu, SAVE_STORY_MENU_ID } from '../../src/browser/context-menu';
import { openStoryPanel } from '../../src/browser/side-panel';
import { onToolbarButtonClicked } from '../../src/browser/toolbar-button';
import { captureFromTab } from '../../src/capture/capture-from-tab';
import { MessageSchema } from '../../src/messages';
import { installFirefoxE2eSeam } from './firefox-e2e-seam';

export default defineBackground(() => {
  // The toolbar button, the context-menu item and the keyboard command (bound to the action as
  // _execute_action, so it is the same click) all end here.
  const onUserCapture = (tab: Browser.tabs.Tab | undefined) => {
    openStoryPanel(tab);
    void captureFromTab(tab);
  };

  browser.runtime.onInstalled.addListener(createSaveStoryMenu);
  onToolbarButtonClicked(onUserCapture);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_STORY_MENU_ID) onUserCapture(tab);
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own pages may ask; anything malformed is ignored.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = MessageSchema.safeParse(raw);
    if (!message.success) return undefined;
    if (message.data.type === 'capture-again')
      return browser.tabs
        .get(message.data.tabId)
        .then(captureFromTab)
        .then(() => true);
    return undefined;
  });

  if (import.meta.env.MODE === 'e2e') {
    // Test-only seam: the context menu and keyboard command cannot be driven by Playwright; the
    // e2e build calls the same handler through this. Absent from the production build.
    Object.assign(globalThis, { __vertelpuntCapture: (tabId: number) => browser.tabs.get(tabId).then(captureFromTab) });
    if (import.meta.env.FIREFOX) installFirefoxE2eSeam();
  }
});
