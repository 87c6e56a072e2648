import { openDB, type IDBPDatabase } from 'idb';
import type { VertelpuntDb } from './db-schema';
import { migration001 } from './migrations/001-initial';
import { migration002 } from './migrations/002-search-and-origin';
import { migration003 } from './migrations/003-deidentify-every-field';
import { migration004 } from './migrations/004-story-rows';
import { migration005 } from './migrations/005-change-log';
import { MigrationError } from './storage-errors';

export const DB_NAME = 'vertelpunt';

/** One step per schema version, in order: MIGRATIONS[n] takes the database from version n to n + 1. */
export const MIGRATIONS = [migration001, migration002, migration003, migration004, migration005] as const;
export const DB_VERSION = MIGRATIONS.length;

type Migration = (typeof MIGRATIONS)[number];

/**
 * Opens (and where needed upgrades) the database. `upTo` lets tests build a fixture database
 * of an older version, `migrations` lets them plant a failing step.
 *
 * All steps run in the one upgrade transaction. A step that fails aborts it, so the database
 * stays at its previous version with its data as it was, and the open rejects with a
 * MigrationError (idb would otherwise let the upgrade commit half done and the failure become an
 * unhandled rejection).
 */
export function openVertelpuntDb(
  name = DB_NAME,
  upTo: number = DB_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<IDBPDatabase<VertelpuntDb>> {
  const key = `${name}@${upTo}`;
  let connection = connections.get(key);
  if (!connection) {
    let failure: MigrationError | undefined;
    connection = openDB<VertelpuntDb>(name, upTo, {
      upgrade(db, oldVersion, newVersion, tx) {
        tx.done.catch(() => undefined); // the open's own rejection reports an abort
        let version = oldVersion;
        void (async () => {
          for (; version < (newVersion ?? upTo); version++) await migrations[version]!(db, tx);
        })().catch((error: unknown) => {
          failure = new MigrationError(version + 1, { cause: error });
          try {
            tx.abort();
          } catch {
            // the failed request has aborted it already
          }
        });
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
    connection = connection.catch((error: unknown) => {
      connections.delete(key);
      throw failure ?? error;
    });
    connections.set(key, connection);
  }
  return connection;
}

/** One connection per database and version for the page or worker: opening is not free. */
const connections = new Map<string, Promise<IDBPDatabase<VertelpuntDb>>>();

/** Asks the browser not to evict the stories under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  return navigator.storage?.persist ? navigator.storage.persist() : false;
}
