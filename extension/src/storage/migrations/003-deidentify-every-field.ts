import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { deidentifyOwn, type Story } from '@vertelpunt/stories';
import type { VertelpuntDb } from '../db-schema';
import { fromStored, toStored } from '../stored-story';

type Db = IDBPDatabase<VertelpuntDb>;
type UpgradeTx = IDBPTransaction<VertelpuntDb, StoreNames<VertelpuntDb>[], 'versionchange'>;

const sameFields = (a: Story, b: Story) =>
  a.title === b.title && a.text === b.text && a.notes === b.notes && JSON.stringify(a.selectors) === JSON.stringify(b.selectors);

/**
 * Version 3: every stored story through the owner of de-identification. Before it, a story saved
 * with its original kept had its title and quote selectors stored as captured, and a hand-marked
 * name stayed in them; those fields would reach every export. What the user switched off stays
 * (the owner keeps it), the kept original stays in `original`, and the revision (`updatedAt`) is
 * left alone: this is no edit of the user's. A record that does not read as a story is left as it
 * is, for the library to report.
 */
export async function migration003(_db: Db, tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('stories').openCursor();
  while (cursor) {
    let story: Story | undefined;
    try {
      story = fromStored(cursor.value);
    } catch {
      story = undefined;
    }
    if (story) {
      const cleaned = deidentifyOwn(story);
      if (!sameFields(story, cleaned)) await cursor.update(toStored(cleaned));
    }
    cursor = await cursor.continue();
  }
}
