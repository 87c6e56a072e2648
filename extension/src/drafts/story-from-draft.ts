import type { Span } from '@vertelpunt/deid';
import { deidentifyStory, type DeidentifiedStory } from '@vertelpunt/stories';
import type { z } from 'zod';
import type { Draft } from './draft';

export type StoryProblems = z.core.$ZodIssue[];

/**
 * Turns a finished draft into a story, or lists what is still missing (e.g. no tag yet). Every
 * field goes through the one owner of de-identification with the user's review; the draft as
 * captured is kept in `original` only where the user chose to keep it. `detect` is the detector
 * deidentifyStory uses (the side panel passes one that remembers what it already found).
 */
export function storyFromDraft(
  draft: Draft,
  author: string,
  now: Date,
  detect?: (text: string) => Span[],
): { ok: true; story: DeidentifiedStory } | { ok: false; problems: StoryProblems } {
  const at = now.toISOString();
  const result = deidentifyStory({
    candidate: {
      id: draft.id,
      title: draft.title,
      text: draft.text,
      notes: draft.notes,
      tags: draft.tags,
      selectors: draft.selectors,
      source: draft.source,
      consent: draft.consent,
      ...(author.trim() ? { author: author.trim() } : {}),
      createdAt: at,
      updatedAt: at,
    },
    review: draft.review,
    original: { text: draft.text, title: draft.title, notes: draft.notes, selectors: draft.selectors },
    ...(detect ? { detect } : {}),
  });
  return result.ok ? { ok: true, story: result.story } : result;
}
