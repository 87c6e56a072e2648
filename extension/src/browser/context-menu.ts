import { browser } from 'wxt/browser';
import { t } from '../i18n';

export const SAVE_STORY_MENU_ID = 'vertelpunt-save-story';

/** The "Bewaar als verhaal" item on a text selection. Created on install; menus persist. */
export function createSaveStoryMenu(): void {
  browser.contextMenus.create({ id: SAVE_STORY_MENU_ID, title: t('contextMenuSave'), contexts: ['selection'] }, () => {
    // A second create after an update reports a duplicate id: the menu exists, which is what we want.
    void browser.runtime.lastError;
  });
}
