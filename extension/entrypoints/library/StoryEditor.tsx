import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DeidentifiedStory, Story } from '@vertelpunt/stories';
import { getVersion, LATEST_VERSION, migrateTagSet, type VersionId } from '@vertelpunt/taxonomy';
import { t, termLanguage, uiFormat, uiSay } from '../../src/i18n';
import { zodIssueLine } from '../../src/issue-text';
import { ConsentPicker } from '../../src/ui/ConsentPicker';
import { ProblemList } from '../../src/ui/ProblemList';
import { TagPicker } from '../../src/ui/TagPicker';
import { restoreFocus } from '../../src/ui/restore-focus';
import { deidentifiedEdit, fieldsToReview, type EditReviews } from '../../src/deid/edit-review';
import { EditReview } from './EditReview';
import { SaveRefused } from './SaveRefused';

interface Props {
  story: Story;
  /** Saves the edit; `startedFrom` is the revision (updatedAt) it is based on. Throws the storage layer's typed errors. */
  onSave: (story: DeidentifiedStory, startedFrom: string) => Promise<void>;
  /** Saves the edit as a story again, after it was deleted elsewhere. */
  onSaveAgain: (story: DeidentifiedStory) => Promise<void>;
  onDelete: (story: Story) => void;
  onClose: () => void;
}

/** View and edit one story in a modal dialog: text, title, notes, tags, consent; move to the latest vocabulary. */
export function StoryEditor({ story, onSave, onSaveAgain, onDelete, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState(story);
  const [problems, setProblems] = useState<string[]>([]);
  /** The story this edit is based on: as opened, or a newer one the user chose to load or overwrite. */
  const [base, setBase] = useState(story);
  /** Why the last save was refused; the edit stays in the form either way. */
  const [refused, setRefused] = useState<unknown>();
  const lang = termLanguage();
  const version = draft.tags.version as VersionId;

  useEffect(() => {
    const opener = document.activeElement;
    dialog.current?.showModal();
    // Closed by a save, the dialog is removed, not closed: the focus goes back to its row by hand.
    return () => restoreFocus(opener, () => document.querySelector<HTMLElement>(`[data-story-id="${CSS.escape(story.id)}"] .story-title`));
  }, []);

  // Personal data found in the edit is reviewed before the save; an edit after the review resets it.
  const [reviewing, setReviewing] = useState<EditReviews | undefined>();
  const toReview = useMemo(() => fieldsToReview(draft, base), [draft.title, draft.text, draft.notes, base]);
  const edit = (next: Story) => {
    setDraft(next);
    setReviewing(undefined);
  };

  const save = async (
    startedFrom = base,
    write: (edited: DeidentifiedStory) => Promise<void> = (edited) => onSave(edited, startedFrom.updatedAt),
  ) => {
    if (!reviewing && Object.keys(toReview).length > 0) {
      setReviewing({});
      return;
    }
    const result = deidentifiedEdit(draft, startedFrom, reviewing ?? {}, new Date());
    if (!result.ok) {
      setProblems(result.problems.map((i) => (i.path[0] === 'tags' ? t('storyNeedsTag') : zodIssueLine(i, uiSay(), { input: draft }))));
      return;
    }
    setRefused(undefined);
    try {
      await write(result.story);
    } catch (error) {
      setRefused(error);
    }
  };

  return (
    <dialog ref={dialog} class="story-editor" aria-labelledby="editor-heading" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      >
        <h2 id="editor-heading">{t('editStory')}</h2>
        <p class="story-meta">
          {uiFormat().dateTime(story.createdAt)} · {story.source.origin}
          {story.source.url && ` · ${story.source.url}`}
        </p>
        <label for="edit-title">{t('fieldTitle')}</label>
        <input id="edit-title" value={draft.title} maxLength={200} onInput={(e) => edit({ ...draft, title: e.currentTarget.value })} />
        <label for="edit-text">{t('fieldText')}</label>
        <textarea id="edit-text" rows={6} value={draft.text} onInput={(e) => edit({ ...draft, text: e.currentTarget.value })} />
        <fieldset>
          <legend>
            {t('fieldTags')} <span class="version">({getVersion(version).title[lang]})</span>
          </legend>
          {version !== LATEST_VERSION && (
            <p>
              {t('oldVersionNote')}{' '}
              <button type="button" onClick={() => setDraft({ ...draft, tags: migrateTagSet(draft.tags, LATEST_VERSION).tagSet })}>
                {t('moveToLatest')}
              </button>
            </p>
          )}
          <TagPicker
            idPrefix="edit-tags"
            version={version}
            selected={draft.tags.terms}
            text={draft.text}
            onChange={(terms) => setDraft({ ...draft, tags: { ...draft.tags, terms } as Story['tags'] })}
          />
        </fieldset>
        <label for="edit-notes">{t('fieldNotes')}</label>
        <textarea id="edit-notes" rows={3} value={draft.notes} onInput={(e) => edit({ ...draft, notes: e.currentTarget.value })} />
        <ConsentPicker
          idPrefix="edit-consent"
          withPurpose={false}
          value={draft.consent}
          onChange={(consent) => setDraft({ ...draft, consent })}
        />
        {reviewing && <EditReview values={draft} detections={toReview} reviews={reviewing} onChange={setReviewing} />}
        <ProblemList problems={problems} />
        {refused !== undefined && (
          <SaveRefused
            error={refused}
            onLoadNewer={(newer) => {
              edit(newer);
              setBase(newer);
              setRefused(undefined);
            }}
            onOverwrite={(newer) => {
              setBase(newer);
              void save(newer);
            }}
            onSaveAgain={() => void save(base, onSaveAgain)}
          />
        )}
        <div class="actions">
          <button type="submit" class="primary">
            {reviewing ? t('editReviewSave') : t('save')} <kbd>Ctrl+Enter</kbd>
          </button>
          {reviewing && (
            <button type="button" onClick={() => setReviewing(undefined)}>
              {t('editReviewBack')}
            </button>
          )}
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('cancel')} <kbd>Esc</kbd>
          </button>
          <button type="button" class="danger" onClick={() => onDelete(story)}>
            {t('delete')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
