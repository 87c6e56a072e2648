import { searchWords, type Story } from '@vertelpunt/stories';

/**
 * What the engine keeps of a story: enough to filter, order and count it, nothing to show.
 * The extension stores one beside every story, written in the same transaction.
 */
export interface StoryRow {
  id: string;
  createdAt: string;
  origin: string;
  /** The vocabulary version the terms are in (the overview counts them in the latest). */
  version: string;
  /** The story's own term ids, as tagged (the library's term filter and facet counts). */
  terms: string[];
  /** The folded words of title, text and notes (`searchWords`), for full-text search. */
  words: string[];
}

export function rowOf(story: Story): StoryRow {
  return {
    id: story.id,
    createdAt: story.createdAt,
    origin: story.source.origin,
    version: story.tags.version,
    terms: [...story.tags.terms],
    words: searchWords(story.title, story.text, story.notes),
  };
}

/** A write as the engine hears of it. */
export type RowChange = { kind: 'upsert'; row: StoryRow } | { kind: 'delete'; id: string };
