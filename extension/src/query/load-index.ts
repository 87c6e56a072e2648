import { QueryIndex, rowOf, SNAPSHOT_FORMAT, type CoreSnapshot, type StoryRow, type WordsSnapshot } from '@vertelpunt/query';
import { openVertelpuntDb } from '../storage/db';
import type { CachedSnapshot, CachedWords } from '../storage/db-schema';
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
  /** Resolves once the index has its words (full-text search); the first call starts reading them. */
  words(): Promise<void>;
}

/**
 * The engine as the database holds it: the cached snapshot with the change log since it (the
 * stories written or deleted by a later generation), or, without a snapshot or when the log is a
 * large part of the library (a big import), rebuilt from every row. Stories written around story-write.ts (only a test or an older build
 * can) have no row: they are found by comparing keys, read, and either indexed or reported as
 * unreadable, so the engine never silently disagrees with the store of record.
 *
 * With `wordsLater`, a snapshot's words (half of it, needed only by full-text search) are not
 * read until `words()` is called: the worker answers the list and the overview first.
 */
export async function loadIndex(name?: string, { wordsLater = false } = {}): Promise<LoadedIndex> {
  const db = await openVertelpuntDb(name);
  const tx = db.transaction(['stories', 'storyRows', 'changeLog', 'engineState']);
  const [generation, cached, storyCount, rowCount] = await Promise.all([
    tx.objectStore('engineState').get('generation'),
    tx.objectStore('engineState').get('snapshot'),
    tx.objectStore('stories').count(),
    tx.objectStore('storyRows').count(),
  ]);
  const current = typeof generation === 'number' ? generation : 0;
  // A snapshot of another layout (an older build's) is not read: the index is rebuilt, and saved anew.
  const snapshot = (cached as CachedSnapshot | undefined)?.snapshot?.format === SNAPSHOT_FORMAT ? (cached as CachedSnapshot) : undefined;
  let index: QueryIndex;
  let from: LoadedIndex['from'];
  let words = (): Promise<void> => Promise.resolve();
  const logged = snapshot
    ? await tx.objectStore('changeLog').index('byGeneration').getAll(IDBKeyRange.lowerBound(snapshot.generation, true))
    : [];
  // Past this share, reading every row in slices beats reading the logged ones by key.
  if (snapshot && logged.length <= Math.max(1_000, rowCount / 4)) {
    // A story's last write says what it is now: deleted, or its current row.
    const rows = await Promise.all(logged.map((entry) => (entry.deleted ? undefined : tx.objectStore('storyRows').get(entry.id))));
    const core = unpack(snapshot.snapshot);
    const snapshotIds = core.ids.slice();
    index = QueryIndex.deserialize(core);
    index.applyChanges(logged.map((entry, i) => (rows[i] ? { kind: 'upsert', row: rows[i] } : { kind: 'delete', id: entry.id })));
    from = snapshot.generation === current ? 'snapshot' : 'snapshot+changes';
    let attached: Promise<void> | undefined;
    words = () =>
      (attached ??= snapshotWords(snapshot.generation, snapshotIds, name).then(
        (w) => index.attachWords(w),
        (error: unknown) => {
          attached = undefined; // the next search tries again
          throw error;
        },
      ));
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
    const gone = index.idsOldestFirst().filter((id) => !inStore.has(id));
    patched = rows.length + gone.length > 0;
    index.applyChanges([...rows.map((row) => ({ kind: 'upsert' as const, row })), ...gone.map((id) => ({ kind: 'delete' as const, id }))]);
  }
  if (!wordsLater) await words();
  return { index, generation: current, unreadable, from, stale: from !== 'snapshot' || patched, words };
}

/**
 * The words of the snapshot of `generation`, whose stories are `ids` (in its order). Saved in
 * the same transaction as the snapshot; should a newer snapshot have been saved since the
 * snapshot was read, its words are not these: they are then made from the stories' rows (a
 * story written since has a slot of its own by now, so the rows of the others are as they were).
 */
async function snapshotWords(generation: number, ids: readonly string[], name?: string): Promise<WordsSnapshot> {
  const db = await openVertelpuntDb(name);
  const cached = (await db.get('engineState', 'snapshotWords')) as CachedWords | undefined;
  if (cached?.generation === generation && cached.words.wordStart.length === ids.length + 1) return unpackWords(cached.words);
  const rows = new Map((await allRows(db.transaction('storyRows').store)).map((row) => [row.id, row.words]));
  return wordsOf(ids.map((id) => rows.get(id) ?? []));
}

/** Words per story as a WordsSnapshot. */
function wordsOf(perStory: readonly (readonly string[])[]): WordsSnapshot {
  const words: string[] = [];
  const numbers = new Map<string, number>();
  const wordStart = new Uint32Array(perStory.length + 1);
  const list: number[] = [];
  perStory.forEach((names, i) => {
    for (const name of new Set(names)) {
      let n = numbers.get(name);
      if (n === undefined) {
        n = words.length;
        words.push(name);
        numbers.set(name, n);
      }
      list.push(n);
    }
    wordStart[i + 1] = list.length;
  });
  return { words, wordStart, wordList: Uint32Array.from(list) };
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
const join = (names: readonly string[]) => names.join('\n');
const split = (joined: unknown): string[] => (typeof joined !== 'string' ? (joined as string[]) : joined === '' ? [] : joined.split('\n'));
const CORE_TABLES = ['ids', 'createdAt', 'origins', 'versions', 'terms'] as const;

function pack(core: CoreSnapshot): CoreSnapshot {
  const packed: Record<string, unknown> = { ...core };
  for (const table of CORE_TABLES) packed[table] = join(core[table]);
  return packed as unknown as CoreSnapshot;
}

function unpack(stored: CoreSnapshot): CoreSnapshot {
  const out: Record<string, unknown> = { ...stored };
  for (const table of CORE_TABLES) out[table] = split(stored[table]);
  return out as unknown as CoreSnapshot;
}

const packWords = (words: WordsSnapshot): WordsSnapshot => ({ ...words, words: join(words.words) as unknown as string[] });
const unpackWords = (stored: WordsSnapshot): WordsSnapshot => ({ ...stored, words: split(stored.words) });

/**
 * Caches the index for the next page that opens, unless a write came in meanwhile (it would be
 * stale at once), and empties the change log up to it (the log is only ever read from the
 * snapshot's generation on). The words go in a record of their own, in the same transaction.
 */
export async function saveSnapshot(index: QueryIndex, generation: number, name?: string): Promise<boolean> {
  const db = await openVertelpuntDb(name);
  const tx = db.transaction(['engineState', 'changeLog'], 'readwrite');
  const state = tx.objectStore('engineState');
  const now = await state.get('generation');
  const saved = (typeof now === 'number' ? now : 0) === generation;
  if (saved) {
    const { words, wordStart, wordList, ...core } = index.serialize();
    void state.put({ generation, snapshot: pack(core) }, 'snapshot');
    void state.put({ generation, words: packWords({ words, wordStart, wordList }) }, 'snapshotWords');
    let old = await tx.objectStore('changeLog').index('byGeneration').openCursor(IDBKeyRange.upperBound(generation));
    while (old) {
      void old.delete();
      old = await old.continue();
    }
  }
  await tx.done;
  return saved;
}
