import type { BrowserContext, Page } from '@playwright/test';

/**
 * The side panel is a CDP page target that Playwright does not list in context.pages(), so tests
 * open the same page (sidepanel.html) as a tab: it reads the same storage and shows the same draft.
 */
export async function openSidePanelAsTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return page;
}

/** Opens one of the side panel's on-demand parts (notes, consent, text, deidOptions) unless it is open already. */
export async function openPanelPart(panel: Page, name: 'text' | 'deidOptions' | 'notes' | 'consent'): Promise<void> {
  const part = panel.locator(`details[data-disclosure="${name}"]`);
  if ((await part.getAttribute('open')) === null) await part.locator('summary').click();
  await part.and(panel.locator('[open]')).waitFor();
}
