import { z } from 'zod';
import { searchWords, StorySchema, type Story } from '@vertelpunt/stories';

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

export function fromStored(record: unknown): Story {
  const { _terms, _words, ...story } = StoredStorySchema.parse(record) as StoredStory;
  void _terms;
  void _words;
  return StorySchema.parse(story);
}
