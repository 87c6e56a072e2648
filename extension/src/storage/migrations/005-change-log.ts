import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { VertelpuntDb } from '../db-schema';

type Db = IDBPDatabase<VertelpuntDb>;
type UpgradeTx = IDBPTransaction<VertelpuntDb, StoreNames<VertelpuntDb>[], 'versionchange'>;

/**
 * Version 5: the query engine's change log (issue 14). Every row now records the write
 * generation that last wrote it (an index), and a delete leaves a tombstone with its
 * generation, so that opening a page applies only what changed since the cached snapshot
 * instead of rebuilding from every row. Rows written before keep no generation (they are not
 * in the index): they are older than any snapshot made from now on; a snapshot that is already
 * stale cannot be brought up to date from the log and is dropped (the next open rebuilds once).
 */
export async function migration005(db: Db, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('rowTombstones', { keyPath: 'id' }).createIndex('byGeneration', 'generation');
  tx.objectStore('storyRows').createIndex('byGeneration', 'generation');
  const state = tx.objectStore('engineState');
  const [generation, snapshot] = await Promise.all([state.get('generation'), state.get('snapshot')]);
  if (snapshot !== undefined && (snapshot as { generation?: unknown }).generation !== generation) await state.delete('snapshot');
}
