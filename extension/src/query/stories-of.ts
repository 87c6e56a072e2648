import type { Story } from '@vertelpunt/stories';
import { openVertelpuntDb } from '../storage/db';
import { fromStored } from '../storage/stored-story';

/**
 * The stories with these ids, in order, read and parsed in the query worker. Ids gone meanwhile
 * are left out, and so is a record that fails the parse: the engine only holds stories written
 * through story-write.ts, and the loader reports any record that does not read as one.
 */
export async function storiesOf(ids: readonly string[], dbName?: string): Promise<Story[]> {
  const store = (await openVertelpuntDb(dbName)).transaction('stories').store;
  const records = await Promise.all(ids.map((id) => store.get(id)));
  return records.flatMap((record) => {
    if (record === undefined) return [];
    try {
      return [fromStored(record)];
    } catch {
      return [];
    }
  });
}
