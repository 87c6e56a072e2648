import type { IDBPTransaction, StoreNames } from 'idb';
import { openVertelpuntDb } from './db';
import type { VertelpuntDb } from './db-schema';
import { asStorageError } from './storage-errors';

type Store = StoreNames<VertelpuntDb>;
export type WriteTx<S extends [Store, ...Store[]]> = IDBPTransaction<VertelpuntDb, S, 'readwrite'>;

/**
 * Runs `work` in one strict-durability write transaction over `stores` (flushed to disk before
 * it resolves): all of it lands, or (on any error) none of it, and the error reaches the caller
 * once, as a typed storage error where there is one (a full disk is a StorageFullError).
 */
export async function inWriteTransaction<S extends [Store, ...Store[]], T>(stores: S, work: (tx: WriteTx<S>) => Promise<T>): Promise<T> {
  const db = await openVertelpuntDb();
  const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // already finished or aborted by the failed request
    }
    throw asStorageError(error);
  }
}
