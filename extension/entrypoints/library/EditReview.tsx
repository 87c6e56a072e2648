import type { Span } from '@vertelpunt/deid';
import { DeidReviewSchema, type StoryTextField } from '@vertelpunt/stories';
import type { EditReviews } from '../../src/deid/edit-review';
import { t, type MessageKey } from '../../src/i18n';
import { DeidReviewPanel } from '../../src/ui/DeidReview';

const FIELD_LABELS: Record<StoryTextField, MessageKey> = { title: 'fieldTitle', text: 'fieldText', notes: 'fieldNotes' };

interface Props {
  values: Record<StoryTextField, string>;
  /** Per field, the detections the user has not decided on yet. Every field with text is shown, so a missed name can be marked in any. */
  detections: Partial<Record<StoryTextField, Span[]>>;
  reviews: EditReviews;
  onChange: (reviews: EditReviews) => void;
}

/** The review of an edited story before it is saved: one review panel per field, the same as the side panel's. */
export function EditReview({ values, detections, reviews, onChange }: Props) {
  const fields = (['title', 'text', 'notes'] as const).filter((field) => values[field].trim() !== '');
  return (
    <section class="edit-review" aria-labelledby="edit-review-heading">
      <h3 id="edit-review-heading">{t('editReviewHeading')}</h3>
      <p>{t('editReviewHelp')}</p>
      {fields.map((field) => {
        const own = reviews[field] ?? { off: [], added: [] };
        return (
          <section key={field} class="edit-review-field" data-field={field} aria-label={t(FIELD_LABELS[field])}>
            <h4>{t(FIELD_LABELS[field])}</h4>
            <DeidReviewPanel
              idPrefix={`review-${field}`}
              storyOptions={false}
              text={values[field]}
              detections={detections[field] ?? []}
              review={DeidReviewSchema.parse(own)}
              onChange={(review) => onChange({ ...reviews, [field]: { off: review.off, added: review.added } })}
            />
          </section>
        );
      })}
    </section>
  );
}
