// The tour's capture → tag → save in the side panel, by keyboard, shared by the tour and by the
// keystroke count (measure-capture-tag-save.ts), so both walk the same path. Written against
// element ids, not labels, so it runs in both interface languages and on older builds.
import type { Page } from '@playwright/test';

/** The terms the tour tags its clip with: one the text suggests, one found by a search. */
export const TOUR_TERMS = [
  { id: 'opgave-armoede', search: 'armoede' },
  { id: 'les-ontmoeting', search: 'ontmoet' },
] as const;

export interface KeyCount {
  presses: number;
}

const SEARCH = '#tags-search';

async function press(panel: Page, key: string, count: KeyCount): Promise<void> {
  await panel.keyboard.press(key);
  count.presses += 1;
}

async function type(panel: Page, text: string, count: KeyCount): Promise<void> {
  await panel.keyboard.type(text);
  count.presses += [...text].length;
}

const focusedIs = (panel: Page, selector: string) => panel.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/**
 * From the panel with its draft shown and the keyboard in the panel: reach the term search (Tab
 * where it does not have the focus already), choose each term not chosen yet (its suggestion's key where the
 * panel offers one, else its search word and Enter), save with Ctrl+Enter. Counts every key.
 */
export async function tagByKeysAndSave(panel: Page, count: KeyCount = { presses: 0 }): Promise<KeyCount> {
  for (let tabs = 0; !(await focusedIs(panel, SEARCH)); tabs++) {
    if (tabs > 200) throw new Error('the term search was not reached with Tab');
    await press(panel, 'Tab', count);
  }
  for (const term of TOUR_TERMS) {
    if ((await panel.locator(`.selected-tags [data-term-id="${term.id}"]`).count()) > 0) continue; // chosen already
    const shortcut = await panel
      .locator(`.suggestions [data-term-id="${term.id}"][aria-keyshortcuts]`)
      .getAttribute('aria-keyshortcuts', { timeout: 500 })
      .catch(() => null);
    if (shortcut) await press(panel, shortcut.split(' ')[0]!, count);
    else {
      await type(panel, term.search, count);
      await press(panel, 'Enter', count);
    }
    await panel.locator(`.selected-tags [data-term-id="${term.id}"]`).waitFor();
  }
  await press(panel, 'Control+Enter', count);
  await panel.locator('[role="status"].saved').waitFor();
  return count;
}
