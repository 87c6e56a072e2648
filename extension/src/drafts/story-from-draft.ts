import { StorySchema, type Selector, type Story } from '@vertelpunt/stories';
import type { z } from 'zod';
import { applyReview, redactPlain } from '../deid/review-state';
import type { Draft } from './draft';

export type StoryProblems = z.core.$ZodIssue[];

/**
 * The page text a quote selector carries (the quote and 32 characters either side) is case-note
 * text too: without the original, it is redacted like the clip.
 */
function safeSelectors(selectors: readonly Selector[]): Selector[] {
  return selectors.map((s) =>
    s.type === 'TextQuoteSelector' ? { ...s, exact: redactPlain(s.exact), prefix: redactPlain(s.prefix).slice(-32), suffix: redactPlain(s.suffix).slice(0, 32) } : s,
  );
}

/**
 * Turns a finished draft into a story, or lists what is still missing (e.g. no tag yet). The
 * story keeps the de-identified text; the original only where the user chose to keep it.
 */
export function storyFromDraft(draft: Draft, author: string, now: Date): { ok: true; story: Story } | { ok: false; problems: StoryProblems } {
  const at = now.toISOString();
  const { redaction, record } = applyReview(draft.text, draft.review);
  const keep = draft.review.keepOriginal;
  const parsed = StorySchema.safeParse({
    id: draft.id,
    title: keep ? draft.title : redactPlain(draft.title),
    text: redaction.text,
    notes: draft.notes,
    tags: draft.tags,
    selectors: keep ? draft.selectors : safeSelectors(draft.selectors),
    deidentification: record,
    ...(keep ? { original: draft.text } : {}),
    source: draft.source,
    consent: draft.consent,
    ...(author.trim() ? { author: author.trim() } : {}),
    createdAt: at,
    updatedAt: at,
  });
  return parsed.success ? { ok: true, story: parsed.data } : { ok: false, problems: parsed.error.issues };
}
