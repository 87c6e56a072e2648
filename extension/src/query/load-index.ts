import { QueryIndex, rowOf, type IndexSnapshot, type StoryRow } from '@vertelpunt/query';
import { openVertelpuntDb } from '../storage/db';
import type { CachedSnapshot } from '../storage/db-schema';
import { fromStored } from '../storage/stored-story';
import { describeProblem } from '../storage/unreadable-records';

export interface LoadedIndex {
  index: QueryIndex;
  /** The write generation the index reflects. */
  generation: number;
  /** Records in the 'stories' store that do not read as stories (the engine leaves them out). */
  unreadable: { id: string; problem: string }[];
  /** How it was loaded, for the benchmark and the tests. */
  from: 'snapshot' | 'rows';
}

/**
 * The engine as the database holds it: the cached snapshot when no write came after it, else
 * rebuilt from the rows (and the snapshot written again). Stories written around story-write.ts
 * (only a test or an older build can) have no row: they are found by comparing keys, read, and
 * either indexed or reported as unreadable, so the engine never silently disagrees with the
 * store of record.
 */
export async function loadIndex(name?: string): Promise<LoadedIndex> {
  const db = await openVertelpuntDb(name);
  const tx = db.transaction(['stories', 'storyRows', 'engineState']);
  const [generation, cached, storyCount, rowCount] = await Promise.all([
    tx.objectStore('engineState').get('generation'),
    tx.objectStore('engineState').get('snapshot'),
    tx.objectStore('stories').count(),
    tx.objectStore('storyRows').count(),
  ]);
  const current = typeof generation === 'number' ? generation : 0;
  const snapshot = cached as CachedSnapshot | undefined;
  let index: QueryIndex;
  let from: LoadedIndex['from'];
  if (snapshot && snapshot.generation === current) {
    index = QueryIndex.deserialize(unpack(snapshot.snapshot));
    from = 'snapshot';
  } else {
    index = QueryIndex.build(await allRows(tx.objectStore('storyRows')));
    from = 'rows';
  }
  const unreadable: LoadedIndex['unreadable'] = [];
  if (storyCount !== rowCount || index.size !== storyCount) {
    const keys = await tx.objectStore('stories').getAllKeys();
    const inStore = new Set(keys);
    const missing = keys.filter((id) => !index.has(id));
    const records = await Promise.all(missing.map((id) => tx.objectStore('stories').get(id)));
    const rows: StoryRow[] = [];
    records.forEach((record, i) => {
      try {
        // The full parse, as every read of a record does: a story that fails it is not indexed.
        rows.push(rowOf(fromStored(record)));
      } catch (error) {
        unreadable.push({ id: missing[i]!, problem: describeProblem(error) });
      }
    });
    const gone = index.rows().filter((row) => !inStore.has(row.id));
    index.applyChanges([
      ...rows.map((row) => ({ kind: 'upsert' as const, row })),
      ...gone.map((row) => ({ kind: 'delete' as const, id: row.id })),
    ]);
  }
  if (from === 'rows') await saveSnapshot(index, current, name);
  return { index, generation: current, unreadable, from };
}

/** Rows read in slices: one huge read would hold up every other request of the extension's database meanwhile. */
async function allRows(store: { getAll(query?: IDBKeyRange | null, count?: number): Promise<StoryRow[]> }): Promise<StoryRow[]> {
  const rows: StoryRow[] = [];
  for (;;) {
    const last = rows[rows.length - 1];
    const slice = await store.getAll(last ? IDBKeyRange.lowerBound(last.id, true) : null, ROW_SLICE);
    rows.push(...slice);
    if (slice.length < ROW_SLICE) return rows;
  }
}

const ROW_SLICE = 10_000;

// The string tables are stored joined: one long string clones (and reaches the disk) far faster
// than a hundred thousand short ones. No stored name holds a newline (ids, ISO times, origins,
// term ids, folded words).
const STRING_TABLES = ['ids', 'createdAt', 'origins', 'versions', 'terms', 'words'] as const;
type Packed = Omit<IndexSnapshot, (typeof STRING_TABLES)[number]> & Record<(typeof STRING_TABLES)[number], string>;

function pack(snapshot: IndexSnapshot): IndexSnapshot {
  const packed: Record<string, unknown> = { ...snapshot };
  for (const table of STRING_TABLES) packed[table] = snapshot[table].join('\n');
  return packed as unknown as IndexSnapshot;
}

function unpack(stored: IndexSnapshot): IndexSnapshot {
  const packed = stored as unknown as Packed;
  const out: Record<string, unknown> = { ...packed };
  for (const table of STRING_TABLES)
    out[table] = typeof packed[table] === 'string' ? (packed[table] === '' ? [] : packed[table].split('\n')) : packed[table];
  return out as unknown as IndexSnapshot;
}

/** Caches the index for the next page that opens, unless a write came in meanwhile (it would be stale at once). */
export async function saveSnapshot(index: QueryIndex, generation: number, name?: string): Promise<void> {
  const db = await openVertelpuntDb(name);
  const tx = db.transaction('engineState', 'readwrite');
  const now = await tx.store.get('generation');
  if ((typeof now === 'number' ? now : 0) === generation) await tx.store.put({ generation, snapshot: pack(index.serialize()) }, 'snapshot');
  await tx.done;
}
