import type { Story } from '@vertelpunt/stories';
import { openVertelpuntDb } from './db';
import { readStored } from './unreadable-records';
import { matchingIds } from './matching-ids';
import type { StoryFilter } from './story-filter';

/** Stories per read: one short transaction each, so a slow consumer never holds one open. */
const BATCH = 500;

/**
 * Every story that matches the filter, oldest first (ties by id: the order of every file the
 * exchange package writes), read a batch at a time. Memory holds one batch, whatever the size
 * of the library; the consumer may take as long as it likes between stories, because each batch
 * is its own transaction (an IndexedDB transaction closes when its caller awaits anything else).
 */
export async function* streamStories(filter: StoryFilter = {}, { onUnreadable }: { onUnreadable?: (id: string) => void } = {}): AsyncGenerator<Story> {
  const ids = await matchingIds(filter);
  const db = await openVertelpuntDb();
  let after: [string, string] | undefined;
  for (;;) {
    const range = after ? IDBKeyRange.lowerBound(after, true) : null;
    const records = await db.getAllFromIndex('stories', 'byCreated', range, BATCH);
    for (const record of records) {
      // An invalid record is skipped (and reported to the page), not the end of the export.
      if (ids !== undefined && !ids.has(record.id)) continue;
      const story = readStored(record);
      if (story) yield story;
      else onUnreadable?.(record.id);
    }
    if (records.length < BATCH) return;
    const last = records[records.length - 1]!;
    after = [last.createdAt, last.id];
  }
}
