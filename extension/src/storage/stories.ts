import { StorySchema, type DeidentifiedStory, type Story } from '@vertelpunt/stories';
import { unwrap } from 'idb';
import { openVertelpuntDb } from './db';
import { toStored } from './stored-story';
import { StoryChangedError, StoryGoneError } from './storage-errors';
import { readStored } from './unreadable-records';
import { inWriteTransaction } from './write-transaction';
import { removeStory, STORY_STORES, writeStory } from './story-write';
import { matchingIds } from './matching-ids';
import type { PageCursor, StoryFilter } from './story-filter';

// The library's store of stories. Every record is parsed with zod on the way in and out;
// every write is one transaction with strict durability (flushed to disk before it resolves).
// A stored record that fails validation is skipped by every read and reported (unreadable-records.ts).

/** Below this many matches, fetching them by id and sorting beats walking the date index. */
const DIRECT_FETCH_LIMIT = 2000;

/** Storage writes only what went through the owner of de-identification (`deidentifyStory`). */
export async function addStory(story: DeidentifiedStory): Promise<void> {
  const record = toStored(StorySchema.parse(story));
  // add, not put: saving must never silently overwrite another story.
  await inWriteTransaction([...STORY_STORES], async (tx) => void (await writeStory(tx, record, 'add')));
}

export async function getStory(id: string): Promise<Story | undefined> {
  const db = await openVertelpuntDb();
  const record = await db.get('stories', id);
  return record === undefined ? undefined : readStored(record);
}

/** The stories with these ids, in the order given; ids gone meanwhile or unreadable (reported) are left out. */
export async function getStories(ids: readonly string[]): Promise<Story[]> {
  const store = (await openVertelpuntDb()).transaction('stories').store;
  const records = await Promise.all(ids.map((id) => store.get(id)));
  return records.flatMap((record) => (record === undefined ? [] : (readStored(record) ?? [])));
}

/**
 * The revision a saved edit gets: its own time, but always later than the revision it replaces
 * (two saves within one millisecond must still differ), so a later save never matches an older base.
 */
function nextRevision(edited: string, base: string): string {
  return edited > base ? edited : new Date(Date.parse(base) + 1).toISOString();
}

/**
 * Saves an edit of a story. `startedFrom` is the revision (`updatedAt`) the edit began from: if
 * the stored story has moved on since (another tab, a bulk retag), nothing is saved and a
 * StoryChangedError carries the newer version; a story deleted meanwhile is a StoryGoneError.
 * Returns the story as saved.
 */
export async function updateStory(story: DeidentifiedStory, startedFrom: string): Promise<DeidentifiedStory> {
  // Only the revision differs from what the owner of de-identification passed.
  const saved = StorySchema.parse({ ...story, updatedAt: nextRevision(story.updatedAt, startedFrom) }) as DeidentifiedStory;
  const record = toStored(saved);
  await inWriteTransaction([...STORY_STORES], async (tx) => {
    const current = await tx.objectStore('stories').get(story.id);
    if (current === undefined) throw new StoryGoneError(story.id);
    if (current.updatedAt !== startedFrom) {
      const newer = readStored(current);
      if (newer) throw new StoryChangedError(newer);
    }
    await writeStory(tx, record);
  });
  return saved;
}

/** Deletes stories and returns them, so the caller can offer undo. */
export function deleteStories(ids: readonly string[]): Promise<Story[]> {
  return inWriteTransaction([...STORY_STORES], async (tx) => {
    const deleted: Story[] = [];
    for (const id of ids) {
      const record = await tx.objectStore('stories').get(id);
      const story = record === undefined ? undefined : readStored(record);
      if (story === undefined) continue;
      deleted.push(story);
      await removeStory(tx, id);
    }
    return deleted;
  });
}

export async function restoreStories(stories: readonly DeidentifiedStory[]): Promise<void> {
  const records = stories.map((story) => toStored(StorySchema.parse(story)));
  await inWriteTransaction([...STORY_STORES], async (tx) => {
    for (const record of records) await writeStory(tx, record);
  });
}

interface IndexRecord {
  key: IDBValidKey;
  primaryKey: IDBValidKey;
  value: unknown;
}

interface GetAllRecordsIndex {
  getAllRecords(options: { query?: IDBKeyRange | null; count?: number; direction?: IDBCursorDirection }): IDBRequest<IndexRecord[]>;
}

/** idb does not wrap IDBIndex.getAllRecords yet; reach the native index under its proxy. */
function nativeIndex(index: object): object {
  return unwrap(index as never) as object;
}

function hasGetAllRecords(index: object): boolean {
  return typeof (nativeIndex(index) as Partial<GetAllRecordsIndex>).getAllRecords === 'function';
}

function getAllRecords(index: object, query: IDBKeyRange | null, count: number): Promise<IndexRecord[]> {
  const request = (nativeIndex(index) as GetAllRecordsIndex).getAllRecords({ query, count, direction: 'prev' });
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export interface StoryPage {
  stories: Story[];
  /** Pass back as `after` for the next page; absent on the last page. */
  next?: PageCursor;
}

const newestFirst = (a: Story, b: Story) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
const before = (story: Story, cursor: PageCursor) => story.createdAt < cursor[0] || (story.createdAt === cursor[0] && story.id < cursor[1]);

/** One page of matching stories, newest first. */
export async function queryStories(filter: StoryFilter, page: { after?: PageCursor; limit?: number } = {}): Promise<StoryPage> {
  const { after, limit = 50 } = page;
  const ids = await matchingIds(filter);
  const db = await openVertelpuntDb();
  const tx = db.transaction('stories');
  let stories: Story[] = [];
  if (ids !== undefined && ids.size <= DIRECT_FETCH_LIMIT) {
    const records = await Promise.all([...ids].map((id) => tx.store.get(id)));
    stories = records
      .flatMap((r) => (r === undefined ? [] : (readStored(r) ?? [])))
      .sort(newestFirst)
      .filter((s) => !after || before(s, after))
      .slice(0, limit);
  } else if (hasGetAllRecords(tx.store.index('byCreated'))) {
    // Whole chunks per request instead of a round trip per row (IDBIndex.getAllRecords, Chromium 141+).
    let range = after ? IDBKeyRange.upperBound(after, true) : null;
    const chunk = ids === undefined ? limit : Math.max(limit, 1000);
    for (;;) {
      const records = await getAllRecords(tx.store.index('byCreated'), range, chunk);
      for (const record of records) {
        const story = ids === undefined || ids.has(record.primaryKey as string) ? readStored(record.value) : undefined;
        if (story) stories.push(story);
        if (stories.length === limit) break;
      }
      const lastKey = records[records.length - 1]?.key;
      if (stories.length === limit || records.length < chunk || lastKey === undefined) break;
      range = IDBKeyRange.upperBound(lastKey, true);
    }
  } else {
    let cursor = await tx.store.index('byCreated').openCursor(after ? IDBKeyRange.upperBound(after, true) : null, 'prev');
    while (cursor && stories.length < limit) {
      const story = ids === undefined || ids.has(cursor.primaryKey) ? readStored(cursor.value) : undefined;
      if (story) stories.push(story);
      cursor = await cursor.continue();
    }
  }
  const last = stories[stories.length - 1];
  return { stories, ...(stories.length === limit && last ? { next: [last.createdAt, last.id] as PageCursor } : {}) };
}

export async function countStories(filter: StoryFilter = {}): Promise<number> {
  const ids = await matchingIds(filter);
  if (ids !== undefined) return ids.size;
  return (await openVertelpuntDb()).count('stories');
}

/** For each term, how many matching stories carry it (facet counts). */
export async function termCounts(filter: StoryFilter, termIds: readonly string[]): Promise<Map<string, number>> {
  const ids = await matchingIds(filter);
  const index = (await openVertelpuntDb()).transaction('stories').store.index('byTerm');
  const counts = new Map<string, number>();
  for (const term of termIds) {
    const n = ids === undefined ? await index.count(term) : (await index.getAllKeys(term)).filter((id) => ids.has(id)).length;
    if (n > 0) counts.set(term, n);
  }
  return counts;
}

/** The distinct origins stories came from, for the origin filter. */
export async function listOrigins(): Promise<string[]> {
  const origins: string[] = [];
  let cursor = await (await openVertelpuntDb()).transaction('stories').store.index('byOrigin').openKeyCursor(null, 'nextunique');
  while (cursor) {
    origins.push(cursor.key);
    cursor = await cursor.continue();
  }
  return origins;
}
