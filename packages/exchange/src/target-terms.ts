import type { Story } from '@vertelpunt/stories';
import { canMigrate, LATEST_VERSION, migrateTagSet, type TermId, type VersionId } from '@vertelpunt/taxonomy';

/** A story tagged in a newer vocabulary than the one asked for: tags only move forward. */
export class VersionMismatchError extends Error {}

// Tag sets repeat a great deal (a few dozen terms, a handful per story): remember the migrated
// ones instead of validating and migrating the same set for every one of a million stories.
const cache = new Map<string, readonly TermId[]>();
const CACHE_LIMIT = 20_000;

/**
 * A story's terms in the given vocabulary version (default: the latest): as they are when the
 * story is in that version, moved along the migration map when it is older.
 */
export function termsIn(story: Story, version: VersionId = LATEST_VERSION): readonly TermId[] {
  const from = story.tags.version;
  if (from === version) return story.tags.terms;
  const key = `${from}>${version}:${story.tags.terms.join(',')}`;
  let terms = cache.get(key);
  if (terms === undefined) {
    if (!canMigrate(from, version)) {
      throw new VersionMismatchError(`story ${story.id} is tagged in '${from}', which cannot move to '${version}' (tags move forward to newer versions only)`);
    }
    terms = migrateTagSet(story.tags, version).tagSet.terms;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, terms);
  }
  return terms;
}

/** The story with its tags moved to `version` (the same object when nothing changes). */
export function migrateStory(story: Story, version: VersionId): Story {
  if (story.tags.version === version) return story;
  return { ...story, tags: { version, terms: termsIn(story, version) } };
}
