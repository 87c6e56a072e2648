import type { Draft } from '../drafts/draft';
import { t, uiFormat } from '../i18n';

interface Props {
  heading: string;
  drafts: readonly Draft[];
  /** A link (the library) or a button (the side panel) that opens the draft for editing. */
  resume: { href: (draft: Draft) => string } | { onResume: (draft: Draft) => void };
  onDiscard: (draft: Draft) => void;
}

/** Unsaved drafts, so none is ever out of sight: each can be resumed or discarded. */
export function DraftList({ heading, drafts, resume, onDiscard }: Props) {
  if (drafts.length === 0) return null;
  return (
    <section class="draft-list" aria-label={heading}>
      <h2>{heading}</h2>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.id} data-draft-id={draft.id}>
            <span class="draft-title">{draft.title.trim() || t('draftUntitled')}</span>{' '}
            <span class="draft-meta">
              {uiFormat().dateTime(draft.updatedAt)} · {draft.source.origin}
            </span>{' '}
            {'href' in resume ? (
              <a href={resume.href(draft)} target="_blank">
                {t('draftResume')}
              </a>
            ) : (
              <button type="button" onClick={() => resume.onResume(draft)}>
                {t('draftResume')}
              </button>
            )}{' '}
            <button type="button" onClick={() => onDiscard(draft)}>
              {t('discard')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
