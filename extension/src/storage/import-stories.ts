import { StorySchema, type DeidentifiedStory } from '@vertelpunt/stories';
import { openVertelpuntDb } from './db';
import { asStorageError } from './storage-errors';
import { toStored } from './stored-story';
import { STORY_STORES, writeStory } from './story-write';

/** A story of the import that the library gained meanwhile (another window saved it): nothing was imported. */
export class ImportRaceError extends Error {
  constructor(readonly id: string) {
    super(`story ${id} was added to the library while the import was being prepared; nothing was imported`);
    this.name = 'ImportRaceError';
  }
}

/**
 * Adds stories in one strict-durability transaction: all of them land, or none (a story that is
 * invalid, or whose id the library already holds, aborts the whole import). `add`, never `put`:
 * an import must not overwrite a story; conflicts are the user's to decide.
 */
export async function importStories(stories: readonly DeidentifiedStory[]): Promise<number> {
  const records = stories.map((story) => toStored(StorySchema.parse(story)));
  const db = await openVertelpuntDb();
  const tx = db.transaction([...STORY_STORES], 'readwrite', { durability: 'strict' });
  let failed: unknown;
  for (const record of records) {
    // Requests are queued without awaiting each: one round trip for the lot.
    writeStory(tx, record, 'add').catch((error: unknown) => {
      // The id already taken is the cause; the other writes' AbortErrors only follow from it.
      if ((error as DOMException)?.name === 'ConstraintError')
        failed = failed instanceof ImportRaceError ? failed : new ImportRaceError(record.id);
      else failed ??= error;
    });
  }
  try {
    await tx.done;
  } catch (error) {
    throw asStorageError(failed ?? error);
  }
  return records.length;
}
