import type { Story } from '@vertelpunt/stories';
import { openVertelpuntDb } from './db';
import type { StoredStory } from './stored-story';
import { readStored } from './unreadable-records';
import { matchingIds } from './matching-ids';
import type { StoryFilter } from './story-filter';

/**
 * Records per read. Each read is one `getAll` in its own short transaction; a larger batch
 * costs no more per record and makes fewer round trips. 2,000 records of a few kB are a few MB.
 */
export const STORY_BATCH = 2000;

export interface StreamOptions {
  /** Called with the id of each stored record that fails validation (it is skipped, not fatal). */
  onUnreadable?: (id: string) => void;
  /** Records per read (tests use small ones to cross batch boundaries). */
  batch?: number;
}

/** The stories a filter selects, as an export reads them: how many, then the stories in batches. */
export interface StorySelection {
  total: number;
  batches(options?: StreamOptions): AsyncGenerator<Story[]>;
}

/** Opens a selection: the filter is resolved to ids once, for the count and the reads alike. */
export async function selectStories(filter: StoryFilter = {}): Promise<StorySelection> {
  const ids = await matchingIds(filter);
  const total = ids !== undefined ? ids.size : await (await openVertelpuntDb()).count('stories');
  return { total, batches: (options) => readBatches(ids, options) };
}

/**
 * Every selected story, oldest first (ties by id: the order of every file the exchange package
 * writes), a batch at a time. The next batch is asked for as soon as one arrives, so IndexedDB
 * reads it while the consumer works on this one; memory holds two batches, whatever the size of
 * the library. Each read is its own transaction (an IndexedDB transaction closes when its caller
 * awaits anything else), so the consumer may take as long as it likes.
 */
async function* readBatches(
  ids: Set<string> | undefined,
  { onUnreadable, batch = STORY_BATCH }: StreamOptions = {},
): AsyncGenerator<Story[]> {
  const db = await openVertelpuntDb();
  const read = (after: [string, string] | undefined): Promise<StoredStory[]> =>
    db.getAllFromIndex('stories', 'byCreated', after ? IDBKeyRange.lowerBound(after, true) : null, batch);
  let next: Promise<StoredStory[]> | undefined = read(undefined);
  while (next) {
    const records: StoredStory[] = await next;
    const last = records[records.length - 1];
    next = records.length === batch && last ? read([last.createdAt, last.id]) : undefined;
    // Handled here as well: a consumer that stops early never awaits the read ahead.
    next?.catch(() => undefined);
    const stories: Story[] = [];
    for (const record of records) {
      if (ids !== undefined && !ids.has(record.id)) continue;
      // An invalid record is skipped (and reported to the page), not the end of the export.
      const story = readStored(record);
      if (story) stories.push(story);
      else onUnreadable?.(record.id);
    }
    if (stories.length > 0) yield stories;
  }
}

/** Every story that matches the filter, oldest first, one at a time (read in batches, as above). */
export async function* streamStories(filter: StoryFilter = {}, options: StreamOptions = {}): AsyncGenerator<Story> {
  for await (const stories of (await selectStories(filter)).batches(options)) yield* stories;
}
