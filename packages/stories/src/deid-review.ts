import { z } from 'zod';
import { LABELS, SpanSchema, type Span } from '@vertelpunt/deid';

// The user's review of what the de-identifier found: the input of `deidentifyStory`, kept in a
// draft until it is saved. Offsets refer to the field's current value; editing a field resets
// its review (the offsets would no longer hold).

export const SwitchedOffSchema = z.strictObject({ start: z.number().int(), end: z.number().int(), label: z.enum(LABELS) });

/** The review of one field: detections switched off, spans the user added (offsets into that field). */
export const FieldReviewSchema = z.strictObject({
  off: z.array(SwitchedOffSchema).default([]),
  added: z.array(SpanSchema).default([]),
});
export type FieldReview = z.output<typeof FieldReviewSchema>;

/**
 * The review of a story: `off` and `added` are the text's (the side panel reviews the clip);
 * `title` and `notes` are there where those fields were reviewed too (the library's editor).
 */
export const DeidReviewSchema = z.strictObject({
  off: z.array(SwitchedOffSchema).default([]),
  added: z.array(SpanSchema).default([]),
  keepOriginal: z.boolean().default(false),
  dates: z.enum(['remove', 'year']).default('remove'),
  ages: z.enum(['remove', 'band']).default('remove'),
  title: FieldReviewSchema.optional(),
  notes: FieldReviewSchema.optional(),
});
export type DeidReview = z.output<typeof DeidReviewSchema>;

export const emptyReview = (): DeidReview => DeidReviewSchema.parse({});

/** The fields of a story a person writes in, in the order their placeholders are numbered. */
export const STORY_TEXT_FIELDS = ['text', 'title', 'notes'] as const;
export type StoryTextField = (typeof STORY_TEXT_FIELDS)[number];

/** The review of one field, empty where that field was not reviewed. */
export function fieldReview(review: DeidReview, field: StoryTextField): FieldReview {
  if (field === 'text') return { off: review.off, added: review.added };
  return review[field] ?? { off: [], added: [] };
}

const sameSpan = (a: { start: number; end: number; label: string }, b: { start: number; end: number; label: string }) =>
  a.start === b.start && a.end === b.end && a.label === b.label;

export function isSwitchedOff(review: Pick<FieldReview, 'off'>, span: Span): boolean {
  return review.off.some((o) => sameSpan(o, span));
}

/** The spans that will be redacted: the detections left on, plus the user's own, which win where they overlap. */
export function effectiveSpans(detections: readonly Span[], review: Pick<FieldReview, 'off' | 'added'>): Span[] {
  const added = review.added as Span[];
  const kept = detections.filter((d) => !isSwitchedOff(review, d) && !added.some((a) => a.start < d.end && d.start < a.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
