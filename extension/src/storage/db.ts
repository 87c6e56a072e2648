import { openDB, type IDBPDatabase } from 'idb';
import type { VertelpuntDb } from './db-schema';
import type { Migration } from './migrations';
import { MigrationError } from './storage-errors';

export const DB_NAME = 'vertelpunt';

/** The schema version: the number of steps in `migrations/index.ts` (a test keeps the two equal). */
export const DB_VERSION = 5;

/**
 * The steps, loaded only when a database is behind: step 3 runs the de-identifier, whose name
 * lists and rules are most of a page's code, and a page or worker that opens an up-to-date
 * database (every open but the first after an update) needs none of it.
 */
const loadMigrations = (): Promise<readonly Migration[]> => import('./migrations').then((m) => m.MIGRATIONS);

/** Thrown inside the upgrade that was aborted because the steps were not loaded yet. */
class StepsNotLoaded extends Error {}

/**
 * Opens (and where needed upgrades) the database. `upTo` lets tests build a fixture database
 * of an older version, `migrations` lets them plant a failing step; without them the steps are
 * loaded when the database turns out to be behind.
 *
 * All steps run in the one upgrade transaction. A step that fails aborts it, so the database
 * stays at its previous version with its data as it was, and the open rejects with a
 * MigrationError (idb would otherwise let the upgrade commit half done and the failure become an
 * unhandled rejection).
 */
export function openVertelpuntDb(
  name = DB_NAME,
  upTo: number = DB_VERSION,
  migrations?: readonly Migration[],
): Promise<IDBPDatabase<VertelpuntDb>> {
  const key = `${name}@${upTo}`;
  let connection = connections.get(key);
  if (!connection) {
    connection = openWith(name, upTo, key, migrations)
      .catch(async (error: unknown) => {
        if (!(error instanceof StepsNotLoaded)) throw error;
        // The database is behind: load the steps and open again (the aborted upgrade changed nothing).
        return openWith(name, upTo, key, await loadMigrations());
      })
      .catch((error: unknown) => {
        connections.delete(key);
        throw error;
      });
    connections.set(key, connection);
  }
  return connection;
}

/** One open; an upgrade without its steps is aborted (StepsNotLoaded), a failed step rolls back (MigrationError). */
function openWith(
  name: string,
  upTo: number,
  key: string,
  migrations: readonly Migration[] | undefined,
): Promise<IDBPDatabase<VertelpuntDb>> {
  let failure: Error | undefined;
  return openDB<VertelpuntDb>(name, upTo, {
    upgrade(db, oldVersion, newVersion, tx) {
      tx.done.catch(() => undefined); // the open's own rejection reports an abort
      if (!migrations) {
        failure = new StepsNotLoaded();
        tx.abort();
        return;
      }
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
  }).catch((error: unknown) => {
    throw failure ?? error;
  });
}

/** One connection per database and version for the page or worker: opening is not free. */
const connections = new Map<string, Promise<IDBPDatabase<VertelpuntDb>>>();

/** Asks the browser not to evict the stories under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  return navigator.storage?.persist ? navigator.storage.persist() : false;
}
