import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';

/** Keyboard only: search a term, Enter picks it; arrow into the list and Space toggles another; Ctrl+Enter saves. */
export async function tagByKeyboardAndSave(panel: Page): Promise<void> {
  await panel.getByLabel('Zoek een term').focus();
  await panel.keyboard.type('samen');
  await panel.keyboard.press('Enter');
  const chosen = panel.getByRole('list', { name: 'Gekozen termen' }).locator('[data-term-id]');
  await expect(chosen).toHaveCount(1);
  await panel.keyboard.press('ArrowDown');
  await panel.keyboard.press('Space');
  await expect(chosen).toHaveCount(2);
  await panel.keyboard.press('Control+Enter');
  await expect(panel.getByRole('status')).toContainText('Bewaard');
}

/** The saved story is in the library: found by a word (in capitals), edited, deleted, and restored with undo. */
export async function findSearchEditDeleteInLibrary(library: Page, searchWord: string, newTitle: string): Promise<void> {
  await expect(library.locator('.story-row')).toHaveCount(1);
  await library.getByLabel('Zoek in verhalen').fill(searchWord.toUpperCase());
  await expect(library.getByRole('status').first()).toHaveText('1 verhaal');
  await library.getByLabel('Zoek in verhalen').fill('woorddatnergensstaat');
  await expect(library.getByText('Geen verhalen gevonden')).toBeVisible();
  await library.getByLabel('Zoek in verhalen').fill(searchWord);
  await library.locator('.story-title').first().click();
  await library.getByRole('dialog').getByLabel('Titel').fill(newTitle);
  await library.keyboard.press('Control+Enter');
  await expect(library.locator('.story-title').first()).toHaveText(newTitle);
  await library.locator('.story-title').first().click();
  await library.getByRole('dialog').getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await expect(library.locator('.story-row')).toHaveCount(0);
  await expect(library.locator('.toast')).toContainText('verwijderd');
  await library.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(library.locator('.story-title').first()).toHaveText(newTitle);
}
