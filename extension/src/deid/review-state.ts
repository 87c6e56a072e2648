import { z } from 'zod';
import { detect, LABELS, redact, SpanSchema, DEID_VERSION, type Redaction, type Span } from '@vertelpunt/deid';
import type { Deidentification } from '@vertelpunt/stories';

/**
 * The user's review of the detections in a clip: which detections they switched off, which spans
 * they added, and whether to keep the original text with the story. Offsets refer to the draft's
 * current text; editing the text resets the review (the offsets would no longer hold).
 */
export const DeidReviewSchema = z.strictObject({
  off: z.array(z.strictObject({ start: z.number().int(), end: z.number().int(), label: z.enum(LABELS) })).default([]),
  added: z.array(SpanSchema).default([]),
  keepOriginal: z.boolean().default(false),
  dates: z.enum(['remove', 'year']).default('remove'),
  ages: z.enum(['remove', 'band']).default('remove'),
});
export type DeidReview = z.output<typeof DeidReviewSchema>;

export const emptyReview = (): DeidReview => DeidReviewSchema.parse({});

const sameSpan = (a: { start: number; end: number; label: string }, b: { start: number; end: number; label: string }) =>
  a.start === b.start && a.end === b.end && a.label === b.label;

export function isSwitchedOff(review: DeidReview, span: Span): boolean {
  return review.off.some((o) => sameSpan(o, span));
}

/** The spans that will be redacted: the detections left on, plus the user's own, which win where they overlap. */
export function effectiveSpans(detections: readonly Span[], review: DeidReview): Span[] {
  const added = review.added as Span[];
  const kept = detections.filter((d) => !isSwitchedOff(review, d) && !added.some((a) => a.start < d.end && d.start < a.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

export interface DeidResult {
  redaction: Redaction;
  record: Deidentification;
}

/** Applies the review to a text: the redacted text and what the story records about it. */
export function applyReview(text: string, review: DeidReview, detections: readonly Span[] = detect(text)): DeidResult {
  const redaction = redact(text, effectiveSpans(detections, review), { dates: review.dates, ages: review.ages });
  return {
    redaction,
    record: {
      tool: '@vertelpunt/deid',
      version: DEID_VERSION,
      counts: redaction.counts as Record<string, number>,
      switchedOff: review.off.length,
      addedByUser: review.added.length,
      originalKept: review.keepOriginal,
    },
  };
}

/** Redacts a short piece of text on its own (a title, a selector's context) with the detector's defaults. */
export const redactPlain = (text: string) => redact(text, detect(text)).text;
