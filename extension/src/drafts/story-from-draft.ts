import { StorySchema, type Story } from '@vertelpunt/stories';
import type { z } from 'zod';
import type { Draft } from './draft';

export type StoryProblems = z.core.$ZodIssue[];

/** Turns a finished draft into a story, or lists what is still missing (e.g. no tag yet). */
export function storyFromDraft(draft: Draft, author: string, now: Date): { ok: true; story: Story } | { ok: false; problems: StoryProblems } {
  const at = now.toISOString();
  const parsed = StorySchema.safeParse({
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
  });
  return parsed.success ? { ok: true, story: parsed.data } : { ok: false, problems: parsed.error.issues };
}
