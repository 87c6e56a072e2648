import { deidentifyOwn } from '@vertelpunt/stories';
import { migrateTagSet, TagSetSchema, type TagSet, type VersionId } from '@vertelpunt/taxonomy';
import { z } from 'zod';
import { toStored } from './stored-story';
import { readStored } from './unreadable-records';
import { inWriteTransaction } from './write-transaction';
import { STORY_STORES, writeStory } from './story-write';

// Retagging and migrating stories in bulk: apart from stories.ts because each changed story goes
// through the de-identifier again, which a page that only reads and lists stories does not load.

export interface BulkResult {
  changed: string[];
  /** Stories left as they were, with why (e.g. removing their last tag). */
  skipped: { id: string; reason: string }[];
}

/** Applies one change to each story's tag set in one transaction; a change that would break a story skips it. */
function changeTags(ids: readonly string[], change: (tags: TagSet) => TagSet, now: Date): Promise<BulkResult> {
  return inWriteTransaction([...STORY_STORES], async (tx) => {
    const result: BulkResult = { changed: [], skipped: [] };
    for (const id of ids) {
      const record = await tx.objectStore('stories').get(id);
      const story = record === undefined ? undefined : readStored(record);
      if (story === undefined) {
        result.skipped.push({ id, reason: record === undefined ? 'not found' : 'unreadable' });
        continue;
      }
      let tags: TagSet;
      try {
        tags = TagSetSchema.parse(change(story.tags));
      } catch (error) {
        result.skipped.push({
          id,
          reason: error instanceof z.ZodError ? error.issues.map((i) => i.message).join('; ') : String((error as Error).message ?? error),
        });
        continue;
      }
      if (tags.version === story.tags.version && tags.terms.join() === story.tags.terms.join()) continue;
      await writeStory(tx, toStored(deidentifyOwn(story, { tags, updatedAt: now.toISOString() })));
      result.changed.push(id);
    }
    return result;
  });
}

export function retagStories(
  ids: readonly string[],
  { add = [], remove = [] }: { add?: readonly string[]; remove?: readonly string[] },
  now = new Date(),
): Promise<BulkResult> {
  return changeTags(
    ids,
    (tags) => ({
      version: tags.version,
      terms: [...new Set([...tags.terms.filter((t) => !remove.includes(t)), ...add])] as TagSet['terms'],
    }),
    now,
  );
}

export function migrateStories(ids: readonly string[], to: VersionId, now = new Date()): Promise<BulkResult> {
  return changeTags(ids, (tags) => migrateTagSet(tags, to).tagSet, now);
}
