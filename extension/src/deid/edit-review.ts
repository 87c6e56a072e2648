import type { Span } from '@vertelpunt/deid';
import {
  deidentifyStory,
  DeidReviewSchema,
  detectionsToReview,
  keptDetections,
  STORY_TEXT_FIELDS,
  type DeidentifyResult,
  type FieldReview,
  type Story,
  type StoryTextField,
} from '@vertelpunt/stories';

// A story edited in the library goes through the owner of de-identification like a new one:
// what the detector finds in its title, text and notes that the user has not decided on before
// is shown for review first, and the save applies that review.

export type EditReviews = Partial<Record<StoryTextField, FieldReview>>;

/** Per field, the detections the user has not decided on yet (none: the field needs no review). */
export function fieldsToReview(edited: Pick<Story, StoryTextField>, before: Story): Partial<Record<StoryTextField, Span[]>> {
  const kept = keptDetections(before);
  const fields: Partial<Record<StoryTextField, Span[]>> = {};
  for (const field of STORY_TEXT_FIELDS) {
    const detections = detectionsToReview(edited[field], kept);
    if (detections.length > 0) fields[field] = detections;
  }
  return fields;
}

/** The edited story as it may be stored, with the user's review of each field applied. */
export function deidentifiedEdit(edited: Story, before: Story, reviews: EditReviews, now: Date): DeidentifyResult {
  const { deidentification: _deidentification, original: _original, ...candidate } = edited;
  const none = { off: [], added: [] };
  return deidentifyStory({
    candidate: { ...candidate, updatedAt: now.toISOString() },
    before,
    review: DeidReviewSchema.parse({
      ...(reviews.text ?? none),
      title: reviews.title ?? none,
      notes: reviews.notes ?? none,
      keepOriginal: before.deidentification?.originalKept ?? false,
    }),
    ...(before.original === undefined ? {} : { original: before.original }),
  });
}
