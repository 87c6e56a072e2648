import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { VertelpuntDb } from '../db-schema';

type Db = IDBPDatabase<VertelpuntDb>;
type UpgradeTx = IDBPTransaction<VertelpuntDb, StoreNames<VertelpuntDb>[], 'versionchange'>;

/** Version 1: stories, newest first and by term; drafts. */
export function migration001(db: Db, _tx: UpgradeTx): void {
  const stories = db.createObjectStore('stories', { keyPath: 'id' });
  // [createdAt, id]: a stable order for paging with a cursor, even when two stories share a time.
  stories.createIndex('byCreated', ['createdAt', 'id']);
  stories.createIndex('byTerm', '_terms', { multiEntry: true });
  db.createObjectStore('drafts', { keyPath: 'id' });
}
