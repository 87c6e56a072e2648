import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { rowOf } from '@vertelpunt/query';
import type { VertelpuntDb } from '../db-schema';
import { fromStored } from '../stored-story';

type Db = IDBPDatabase<VertelpuntDb>;
type UpgradeTx = IDBPTransaction<VertelpuntDb, StoreNames<VertelpuntDb>[], 'versionchange'>;

/**
 * Version 4: the query engine's rows beside the stories (issue 14), and the engine's state
 * (write generation, cached snapshot). Builds a row for every story that reads as one; a record
 * that does not is left for the library to report (the engine's loader notices it has no row).
 */
export async function migration004(db: Db, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('storyRows', { keyPath: 'id' });
  db.createObjectStore('engineState');
  const rows = tx.objectStore('storyRows');
  let cursor = await tx.objectStore('stories').openCursor();
  while (cursor) {
    let row;
    try {
      row = rowOf(fromStored(cursor.value));
    } catch {
      row = undefined;
    }
    if (row) await rows.put(row);
    cursor = await cursor.continue();
  }
  await tx.objectStore('engineState').put(1, 'generation');
}
