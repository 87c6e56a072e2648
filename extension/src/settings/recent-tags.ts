import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

const MAX_RECENT = 12;

/** Term ids of the last saved stories, most recent first (`recentTags` in `storage.local`, as before). */
export const recentTagsItem = storage.defineItem<unknown>('local:recentTags', { fallback: [], version: 1 });

export async function loadRecentTags(): Promise<string[]> {
  const parsed = z.array(z.string()).safeParse(await recentTagsItem.getValue());
  return parsed.success ? parsed.data : [];
}

/** Puts the tags of a saved story first in the recently-used list. */
export async function rememberTags(terms: readonly string[]): Promise<void> {
  const current = await loadRecentTags();
  await recentTagsItem.setValue([...new Set([...terms, ...current])].slice(0, MAX_RECENT));
}
