import type { IDBPTransaction } from 'idb';
import type { RowChange, StoryRow } from '@vertelpunt/query';
import type { VertelpuntDb } from './db-schema';
import type { StoredStory } from './stored-story';
import { announceWrites } from '../query/write-news';

/** The stores every transaction that writes stories must hold. */
export const STORY_STORES = ['stories', 'storyRows', 'changeLog', 'engineState'] as const;
type StoryStores = typeof STORY_STORES;
/** A write transaction over the story stores (and maybe others, such as drafts). */
export type StoryWriteTx = IDBPTransaction<VertelpuntDb, [...StoryStores] | [...StoryStores, 'drafts'], 'readwrite'>;

interface TxWrites {
  changes: RowChange[];
  generation: Promise<number>;
}

// Per transaction: what it wrote, and its new generation, announced once after it commits.
const writes = new WeakMap<object, TxWrites>();

/** Large batches are announced without their rows: listeners re-read instead of receiving megabytes. */
const ANNOUNCE_ROWS_UP_TO = 5_000;

function track(tx: StoryWriteTx): TxWrites {
  let entry = writes.get(tx);
  if (!entry) {
    const state = (tx as unknown as IDBPTransaction<VertelpuntDb, ['engineState'], 'readwrite'>).objectStore('engineState');
    const generation = state.get('generation').then(async (g) => {
      const next = (typeof g === 'number' ? g : 0) + 1;
      await state.put(next, 'generation');
      return next;
    });
    const created: TxWrites = { changes: [], generation };
    entry = created;
    writes.set(tx, created);
    void tx.done.then(
      async () => {
        const { changes } = created;
        announceWrites({ generation: await generation, ...(changes.length <= ANNOUNCE_ROWS_UP_TO ? { changes } : {}) });
      },
      () => undefined, // an aborted write changed nothing: nothing to announce
    );
  }
  return entry;
}

/** The engine's row of a stored record: `rowOf` of its story, from the fields toStored derived already (no second parse). */
export function rowOfStored(record: StoredStory): StoryRow {
  return {
    id: record.id,
    createdAt: record.createdAt,
    origin: record.source.origin,
    version: record.tags.version,
    terms: [...record.tags.terms],
    words: [...record._words],
  };
}

/**
 * The story request's own outcome, as the caller would get it from the store (an import must
 * see its ConstraintError before the transaction's abort). A failed row or generation write
 * aborts the transaction, which the caller sees when it awaits the transaction.
 */
function settle(story: Promise<unknown>, ...rest: Promise<unknown>[]): Promise<unknown> {
  void Promise.all(rest).catch(() => undefined);
  return story;
}

function rowStore(tx: StoryWriteTx) {
  return tx as unknown as IDBPTransaction<VertelpuntDb, ['stories', 'storyRows', 'changeLog'], 'readwrite'>;
}

/**
 * Records the write in the engine's change log once the transaction's generation is known. The
 * entries of one transaction share its generation, so the order they land in does not matter:
 * the last write of an id wins, and the row store says what it is.
 */
function logged(tx: StoryWriteTx, entry: TxWrites, id: string, deleted: boolean): Promise<unknown> {
  const log = rowStore(tx).objectStore('changeLog');
  return entry.generation.then((generation) => log.put({ id, generation, deleted }));
}

/**
 * The one way a story reaches the 'stories' store: the record and the query engine's row of it,
 * in the caller's transaction, with the write generation bumped once per transaction. `add`
 * refuses an id the store holds (a ConstraintError); `put` replaces. The requests are issued at
 * once (callers may queue many without awaiting each).
 */
export function writeStory(tx: StoryWriteTx, record: StoredStory, how: 'add' | 'put' = 'put'): Promise<unknown> {
  const entry = track(tx);
  const row = rowOfStored(record);
  entry.changes.push({ kind: 'upsert', row });
  const stores = rowStore(tx);
  const story = how === 'add' ? stores.objectStore('stories').add(record) : stores.objectStore('stories').put(record);
  return settle(story, stores.objectStore('storyRows').put(row), logged(tx, entry, record.id, false));
}

/** The one way a story leaves the 'stories' store: the record and its row, in the caller's transaction. */
export function removeStory(tx: StoryWriteTx, id: string): Promise<unknown> {
  const entry = track(tx);
  entry.changes.push({ kind: 'delete', id });
  const stores = rowStore(tx);
  return settle(stores.objectStore('stories').delete(id), stores.objectStore('storyRows').delete(id), logged(tx, entry, id, true));
}
