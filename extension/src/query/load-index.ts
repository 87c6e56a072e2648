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
  /** How it was loaded, for the benchmark and the tests: the snapshot as it was, the snapshot and the change log since, or every row. */
  from: 'snapshot' | 'snapshot+changes' | 'rows';
  /** Whether the cached snapshot is behind the index (the caller saves a fresh one when the page is quiet). */
  stale: boolean;
}

/**
 * The engine as the database holds it: the cached snapshot with the change log since it (the
 * stories written or deleted by a later generation), or, without a snapshot or when the log is a
 * large part of the library (a big import), rebuilt from every row. Stories written around story-write.ts (only a test or an older build
 * can) have no row: they are found by comparing keys, read, and either indexed or reported as
 * unreadable, so the engine never silently disagrees with the store of record.
 */
export async function loadIndex(name?: string): Promise<LoadedIndex> {
  const db = await openVertelpuntDb(name);
  const tx = db.transaction(['stories', 'storyRows', 'changeLog', 'engineState']);
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
  const logged = snapshot
    ? await tx.objectStore('changeLog').index('byGeneration').getAll(IDBKeyRange.lowerBound(snapshot.generation, true))
    : [];
  // Past this share, reading every row in slices beats reading the logged ones by key.
  if (snapshot && logged.length <= Math.max(1_000, rowCount / 4)) {
    // A story's last write says what it is now: deleted, or its current row.
    const rows = await Promise.all(logged.map((entry) => (entry.deleted ? undefined : tx.objectStore('storyRows').get(entry.id))));
    index = QueryIndex.deserialize(unpack(snapshot.snapshot));
    index.applyChanges(logged.map((entry, i) => (rows[i] ? { kind: 'upsert', row: rows[i] } : { kind: 'delete', id: entry.id })));
    from = snapshot.generation === current ? 'snapshot' : 'snapshot+changes';
  } else {
    index = QueryIndex.build(await allRows(tx.objectStore('storyRows')));
    from = 'rows';
  }
  const unreadable: LoadedIndex['unreadable'] = [];
  let patched = false;
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
    patched = rows.length + gone.length > 0;
    index.applyChanges([
      ...rows.map((row) => ({ kind: 'upsert' as const, row })),
      ...gone.map((row) => ({ kind: 'delete' as const, id: row.id })),
    ]);
  }
  return { index, generation: current, unreadable, from, stale: from !== 'snapshot' || patched };
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

/**
 * Caches the index for the next page that opens, unless a write came in meanwhile (it would be
 * stale at once), and empties the change log up to it (the log is only ever read from the
 * snapshot's generation on).
 */
export async function saveSnapshot(index: QueryIndex, generation: number, name?: string): Promise<boolean> {
  const db = await openVertelpuntDb(name);
  const tx = db.transaction(['engineState', 'changeLog'], 'readwrite');
  const state = tx.objectStore('engineState');
  const now = await state.get('generation');
  const saved = (typeof now === 'number' ? now : 0) === generation;
  if (saved) {
    void state.put({ generation, snapshot: pack(index.serialize()) }, 'snapshot');
    let old = await tx.objectStore('changeLog').index('byGeneration').openCursor(IDBKeyRange.upperBound(generation));
    while (old) {
      void old.delete();
      old = await old.continue();
    }
  }
  await tx.done;
  return saved;
}
