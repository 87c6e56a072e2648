import type { Page } from '@playwright/test';
import { openSidePanelAsTab } from '../support/extension-pages.js';
import { expect, test } from './fixtures.js';

// The whole path with the keyboard only: select in the case system, capture (the toolbar button,
// as the other capture specs press it), tag with a suggestion's number and a search, save, find the
// story in the library, edit and save the edit. No clicks and no fill(): page.keyboard alone.

/** What has the focus, and whether the user can see it (:focus-visible and a drawn outline or ring). */
async function focused(page: Page): Promise<{ id: string; classes: string; text: string; visible: boolean; inDialog: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { id: '', classes: '', text: '', visible: false, inDialog: false };
    const style = getComputedStyle(el);
    const drawn = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return {
      id: el.id,
      classes: el.className,
      text: el.textContent ?? '',
      visible: el.matches(':focus-visible') && drawn,
      inDialog: Boolean(el.closest('dialog[open]')),
    };
  });
}

async function expectFocusOn(page: Page, check: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string): Promise<void> {
  await expect.poll(async () => check(await focused(page)), { message: `focus on ${what}` }).toBe(true);
  expect((await focused(page)).visible, `the focus on ${what} is visible`).toBe(true);
}

/** Tab until the focus is on what `check` accepts; every stop on the way must show its focus. */
async function tabTo(page: Page, check: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string, max = 15): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.visible, `Tab stop ${presses} on the way to ${what} (${now.id || now.classes}) shows its focus`).toBe(true);
    if (check(now)) return presses;
  }
  throw new Error(`${what} not reached in ${max} Tab presses`);
}

test('capture → tag → save → find → edit → save, with the keyboard only and the focus visible and managed at each step', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  // Select: Tab into the case system's note editor, select its text.
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/textarea-note/dossier-${Date.now()}`);
  await tabTo(casePage, (f) => f.id === 'note-editor', 'the note editor');
  await casePage.keyboard.press('Control+A');
  await clickToolbarButton(casePage);

  // The panel opens on the clip with the term search focused.
  const panel = await openSidePanelAsTab(context, extensionId);
  await expect(panel.locator('.deid-text')).toContainText('schulden');
  await expectFocusOn(panel, (f) => f.id === 'tags-search', 'the term search box');
  const chosen = panel.getByRole('list', { name: 'Gekozen termen' }).locator('[data-term-id]');
  const first = panel.getByRole('group', { name: 'Suggesties uit de tekst' }).getByRole('button').first();
  const firstId = await first.getAttribute('data-term-id');

  // One key: 1 chooses the first suggestion, and again un-chooses it; then choose it for good.
  await panel.keyboard.press('1');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await expect(chosen).toHaveCount(1);
  await expect(panel.getByLabel('Zoek een term')).toHaveValue('');
  await panel.keyboard.press('1');
  await expect(chosen).toHaveCount(0);
  await panel.keyboard.press('1');
  await expect(chosen).toHaveAttribute('data-term-id', firstId!);

  // Search: type, Enter takes the best match; the focus stays in the search box.
  await panel.keyboard.type('ontmoet');
  await expect(panel.getByRole('listbox')).toBeVisible();
  await panel.keyboard.press('Enter');
  await expect(chosen).toHaveCount(2);
  await expectFocusOn(panel, (f) => f.id === 'tags-search', 'the term search box after choosing');

  // Once the search box holds text, a digit is typed; Alt+digit still chooses (and again un-chooses).
  await panel.keyboard.type('x2');
  await expect(panel.getByLabel('Zoek een term')).toHaveValue('x2');
  await expect(chosen).toHaveCount(2);
  await panel.keyboard.press('Alt+2');
  await expect(chosen).toHaveCount(3);
  await panel.keyboard.press('Alt+2');
  await expect(chosen).toHaveCount(2);
  await expect(panel.getByLabel('Zoek een term')).toHaveValue('x2');
  await panel.keyboard.press('Backspace');
  await panel.keyboard.press('Backspace');

  // Save by keyboard; the focus goes to the link to the library, which Enter opens.
  await panel.keyboard.press('Control+Enter');
  await expect(panel.getByRole('status')).toContainText('Bewaard');
  await expectFocusOn(panel, (f) => f.text === 'Open je verhalen', 'the link to the library');
  const opened = context.waitForEvent('page');
  await panel.keyboard.press('Enter');
  const library = await opened;
  await library.waitForLoadState();
  await expect(library.locator('.story-row')).toHaveCount(1);

  // Find: Tab to the search box, type a word of the story, ArrowDown into the list.
  await tabTo(library, (f) => f.id === 'library-search', 'the library search box');
  await library.keyboard.type('SCHULDEN');
  await expect(library.getByRole('status').first()).toHaveText('1 verhaal');
  await expect(library.locator('.story-title')).toHaveCount(1); // the rows of the search are in
  // At once, while the search may still be applying: the list keeps the rows it shows until the
  // search's first page replaces them, so the focused story (in both) keeps its focus.
  await library.keyboard.press('ArrowDown');
  await expectFocusOn(library, (f) => f.classes.includes('story-title'), 'the story in the list');
  await expect(library.locator('a[href^="overview.html"]')).toHaveAttribute('href', /SCHULDEN/);
  await library.waitForTimeout(300); // the search's page has replaced the rows by now
  await expectFocusOn(library, (f) => f.classes.includes('story-title'), 'the story in the list, after the search applied');

  // Another dialog of the page, the export: Esc gives the focus back to the button that opened it.
  await library.keyboard.press('ArrowUp');
  await expectFocusOn(library, (f) => f.id === 'library-search', 'the search box, above the first story');
  await tabTo(library, (f) => f.text.startsWith('Exporteren'), 'the export button', 5);
  await library.keyboard.press('Enter');
  await expect(library.getByRole('dialog')).toBeVisible();
  await expectFocusOn(library, (f) => f.inDialog, 'the export dialog');
  await library.keyboard.press('Escape');
  await expect(library.getByRole('dialog')).toHaveCount(0);
  await expectFocusOn(library, (f) => f.text.startsWith('Exporteren'), 'the export button, after Esc');
  await library.keyboard.press('Shift+Tab');
  await expectFocusOn(library, (f) => f.id === 'library-search', 'the search box again');
  await library.keyboard.press('ArrowDown');
  await expectFocusOn(library, (f) => f.classes.includes('story-title'), 'the story again');

  // Open the editor: the focus moves into the dialog; Esc closes it and the focus is back on the story.
  await library.keyboard.press('Enter');
  await expect(library.getByRole('dialog')).toBeVisible();
  await expectFocusOn(library, (f) => f.inDialog, 'a field of the editor');
  await library.keyboard.press('Escape');
  await expect(library.getByRole('dialog')).toHaveCount(0);
  await expectFocusOn(library, (f) => f.classes.includes('story-title'), 'the story again, after Esc');

  // Edit: open again, Tab to the title, add to it, Ctrl+Enter saves; the focus is back on the (re-rendered) story.
  await library.keyboard.press('Enter');
  await expect(library.getByRole('dialog')).toBeVisible();
  if ((await focused(library)).id !== 'edit-title') await tabTo(library, (f) => f.id === 'edit-title', 'the title field');
  await library.keyboard.press('End');
  await library.keyboard.type(' (na overleg)');
  await library.keyboard.press('Control+Enter');
  await expect(library.getByRole('dialog')).toHaveCount(0);
  await expect(library.locator('.story-title')).toHaveText(/\(na overleg\)$/);
  await expectFocusOn(library, (f) => f.classes.includes('story-title') && f.text.endsWith('(na overleg)'), 'the edited story');
});
