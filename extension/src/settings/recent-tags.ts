import { z } from 'zod';
import { browser } from 'wxt/browser';

const KEY = 'recentTags';
const MAX_RECENT = 12;

export async function loadRecentTags(): Promise<string[]> {
  const parsed = z.array(z.string()).safeParse((await browser.storage.local.get(KEY))[KEY]);
  return parsed.success ? parsed.data : [];
}

/** Puts the tags of a saved story first in the recently-used list. */
export async function rememberTags(terms: readonly string[]): Promise<void> {
  const current = await loadRecentTags();
  const next = [...new Set([...terms, ...current])].slice(0, MAX_RECENT);
  await browser.storage.local.set({ [KEY]: next });
}
