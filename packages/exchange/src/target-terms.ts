import type { Story } from '@vertelpunt/stories';
import { canMigrate, LATEST_VERSION, migrateTagSet, type TermId, type VersionId } from '@vertelpunt/taxonomy';

/** A story tagged in a newer vocabulary than the one asked for: tags only move forward. */
export class VersionMismatchError extends Error {}

// Each term is migrated once per pair of versions and a story's set is put together from its
// terms: tag sets are random combinations of a few dozen terms, so a cache of whole sets missed
// at a million stories (31 s of `counts` went to rebuilding migration maps, issue 14).
// Moving term by term gives the same set as moving the whole set: both keep the terms in
// first-seen order and drop repeats, and a repeat moves to the same targets as its first copy.
const moves = new Map<string, Map<TermId, readonly TermId[]>>();

// The pair of the story before: a file is nearly always one or two versions, and a key built per
// story showed in the profile of `counts` at 300,000 stories.
let last: { from: string; to: string; byTerm: Map<TermId, readonly TermId[]> } | undefined;

function movesBetween(story: Pick<Story, 'id'>, from: VersionId, to: VersionId): Map<TermId, readonly TermId[]> {
  if (last !== undefined && last.from === from && last.to === to) return last.byTerm;
  const key = `${from}>${to}`;
  let found = moves.get(key);
  if (found === undefined) {
    if (!canMigrate(from, to)) {
      throw new VersionMismatchError(
        `story ${story.id} is tagged in '${from}', which cannot move to '${to}' (tags move forward to newer versions only)`,
      );
    }
    found = new Map();
    moves.set(key, found);
  }
  last = { from, to, byTerm: found };
  return found;
}

/**
 * A story's terms in the given vocabulary version (default: the latest): as they are when the
 * story is in that version, moved along the migration map when it is older.
 */
export function termsIn(story: Pick<Story, 'id' | 'tags'>, version: VersionId = LATEST_VERSION): readonly TermId[] {
  const from = story.tags.version;
  if (from === version) return story.tags.terms;
  const byTerm = movesBetween(story, from, version);
  const terms = story.tags.terms;
  if (terms.length === 1) return targetsOf(byTerm, from, version, terms[0]!);
  const out: TermId[] = [];
  for (const id of terms) {
    for (const target of targetsOf(byTerm, from, version, id)) if (!out.includes(target)) out.push(target);
  }
  return out;
}

function targetsOf(byTerm: Map<TermId, readonly TermId[]>, from: VersionId, to: VersionId, id: TermId): readonly TermId[] {
  let targets = byTerm.get(id);
  if (targets === undefined) {
    // migrateTagSet checks the term against its version: an unknown one throws as before.
    targets = migrateTagSet({ version: from, terms: [id] }, to).tagSet.terms;
    byTerm.set(id, targets);
  }
  return targets;
}

/** The story with its tags moved to `version` (the same object when nothing changes). */
export function migrateStory(story: Story, version: VersionId): Story {
  if (story.tags.version === version) return story;
  return { ...story, tags: { version, terms: termsIn(story, version) } };
}
