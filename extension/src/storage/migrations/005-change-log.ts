import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { VertelpuntDb } from '../db-schema';

type Db = IDBPDatabase<VertelpuntDb>;
type UpgradeTx = IDBPTransaction<VertelpuntDb, StoreNames<VertelpuntDb>[], 'versionchange'>;

/**
 * Version 5: the query engine's change log (issue 14): every write and delete of a story records
 * its id and generation, so that opening a page applies only what changed since the cached
 * snapshot instead of rebuilding from every row. A store of its own, not a generation on every
 * row: indexing 100,000 existing rows would make this upgrade take seconds. The log starts
 * empty, so a snapshot that is already stale cannot be brought up to date from it and is
 * dropped (the next open rebuilds once).
 */
export async function migration005(db: Db, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('changeLog', { keyPath: 'id' }).createIndex('byGeneration', 'generation');
  const state = tx.objectStore('engineState');
  const [generation, snapshot] = await Promise.all([state.get('generation'), state.get('snapshot')]);
  if (snapshot !== undefined && (snapshot as { generation?: unknown }).generation !== generation) await state.delete('snapshot');
}
