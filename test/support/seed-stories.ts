import type { Page } from '@playwright/test';
import type { Story } from '@vertelpunt/stories';

export { aStory } from '@vertelpunt/stories/testing';

/** Seeds stories through the library page of the e2e build (its test-only storage seam). */
export async function seedStories(libraryPage: Page, stories: readonly Story[]): Promise<void> {
  await libraryPage.waitForFunction(() => '__vertelpuntStorage' in globalThis);
  await libraryPage.evaluate(async (batch) => {
    const storage = (globalThis as unknown as { __vertelpuntStorage: { restoreStories(s: unknown[]): Promise<void> } }).__vertelpuntStorage;
    await storage.restoreStories(batch);
  }, stories as Story[]);
  await libraryPage.reload();
}
