import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { searchWords } from '@vertelpunt/stories';
import type { VertelpuntDb } from '../db-schema';

type Db = IDBPDatabase<VertelpuntDb>;
type UpgradeTx = IDBPTransaction<VertelpuntDb, StoreNames<VertelpuntDb>[], 'versionchange'>;

/**
 * Version 2: full-text search and the origin filter. Adds the folded-word index and fills
 * `_words` for the stories saved under version 1.
 */
export async function migration002(_db: Db, tx: UpgradeTx): Promise<void> {
  const stories = tx.objectStore('stories');
  stories.createIndex('byWord', '_words', { multiEntry: true });
  stories.createIndex('byOrigin', 'source.origin');
  let cursor = await stories.openCursor();
  while (cursor) {
    const story = cursor.value;
    await cursor.update({ ...story, _words: searchWords(story.title, story.text, story.notes ?? '') });
    cursor = await cursor.continue();
  }
}
