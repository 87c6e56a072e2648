import { openDB, type IDBPDatabase } from 'idb';
import type { VertelpuntDb } from './db-schema';
import { migration001 } from './migrations/001-initial';
import { migration002 } from './migrations/002-search-and-origin';

export const DB_NAME = 'vertelpunt';

/** One step per schema version, in order: MIGRATIONS[n] takes the database from version n to n + 1. */
export const MIGRATIONS = [migration001, migration002] as const;
export const DB_VERSION = MIGRATIONS.length;

/**
 * Opens (and where needed upgrades) the database. `upTo` lets tests build a fixture database
 * of an older version.
 */
export function openVertelpuntDb(name = DB_NAME, upTo: number = DB_VERSION): Promise<IDBPDatabase<VertelpuntDb>> {
  const key = `${name}@${upTo}`;
  let connection = connections.get(key);
  if (!connection) {
    connection = openDB<VertelpuntDb>(name, upTo, {
      async upgrade(db, oldVersion, newVersion, tx) {
        for (let version = oldVersion; version < (newVersion ?? upTo); version++) await MIGRATIONS[version]!(db, tx);
      },
      // A newer version opened elsewhere (an updated extension page): let it upgrade.
      blocking(_current, _next, event) {
        (event.target as IDBDatabase).close();
        connections.delete(key);
      },
      terminated() {
        connections.delete(key);
      },
    });
    connections.set(key, connection);
    connection.catch(() => connections.delete(key));
  }
  return connection;
}

/** One connection per database and version for the page or worker: opening is not free. */
const connections = new Map<string, Promise<IDBPDatabase<VertelpuntDb>>>();

/** Asks the browser not to evict the stories under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  return navigator.storage?.persist ? navigator.storage.persist() : false;
}
