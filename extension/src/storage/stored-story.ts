import { z } from 'zod';
import { parseStory, searchWords, StorySchema, type Story } from '@vertelpunt/stories';

/**
 * A story as the 'stories' store holds it: the story plus fields derived for the indexes
 * (term ids for the term filter, folded words for full-text search). Derived again on every
 * write, so they never drift from the story.
 */
export const StoredStorySchema = StorySchema.and(
  z.object({
    _terms: z.array(z.string()),
    _words: z.array(z.string()),
  }),
);
export type StoredStory = Story & { _terms: string[]; _words: string[] };

export function toStored(story: Story): StoredStory {
  return { ...story, _terms: [...story.tags.terms], _words: searchWords(story.title, story.text, story.notes) };
}

/**
 * Parses a record read from the store back into a story (once: reads are the hot path of the
 * library and the exports). Every record was checked by zod when it was written, but a read
 * still checks it whole (a record of an older version or a damaged one is skipped, never shown or
 * exported): through the quick check, which costs a fraction of zod, and zod when it is not
 * sure, which words the problem.
 */
export function fromStored(record: unknown): Story {
  if (record === null || typeof record !== 'object') return StorySchema.parse(record);
  const { _terms, _words, ...story } = record as Partial<StoredStory>;
  return parseStory(story);
}
