import { useEffect, useMemo, useState } from 'preact/hooks';
import { detect } from '@vertelpunt/deid';
import { emptyReview } from '../../src/deid/review-state';
import { DeidReviewPanel } from '../../src/ui/DeidReview';
import type { Story } from '@vertelpunt/stories';
import { getVersion } from '@vertelpunt/taxonomy';
import { deleteDraft, saveDraft, saveDraftAsStory } from '../../src/drafts/drafts';
import type { Draft } from '../../src/drafts/draft';
import { storyFromDraft } from '../../src/drafts/story-from-draft';
import { t, termLanguage } from '../../src/i18n';
import { ConsentPicker } from '../../src/ui/ConsentPicker';
import { loadRecentTags, rememberTags } from '../../src/settings/recent-tags';
import { loadSettings } from '../../src/settings/settings';
import { ProblemList } from '../../src/ui/ProblemList';
import { storageProblem } from '../../src/ui/storage-problem';
import { useAutosave } from '../../src/ui/use-autosave';
import { TagPicker } from '../../src/ui/TagPicker';


/** Keeps edits in the draft store shortly after typing stops (and at once when the panel closes). */
const AUTOSAVE_DELAY_MS = 250;

interface Props {
  draft: Draft;
  onSaved: (story: Story) => void;
  onDiscarded: (draft: Draft) => void;
}

export function DraftEditor({ draft: initial, onSaved, onDiscarded }: Props) {
  const [draft, setDraft] = useState(initial);
  const [recent, setRecent] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const autosave = useAutosave(saveDraft, AUTOSAVE_DELAY_MS, (error) => setProblems([storageProblem(error)]));
  const lang = termLanguage();
  const detections = useMemo(() => detect(draft.text), [draft.text]);

  useEffect(() => void loadRecentTags().then(setRecent), []);

  const update = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch, updatedAt: new Date().toISOString() };
    setDraft(next);
    setProblems([]);
    autosave.schedule(next);
  };

  const save = async () => {
    if (busy) return;
    const settings = await loadSettings();
    const result = storyFromDraft(draft, settings.author, new Date());
    if (!result.ok) {
      setProblems(result.problems.map((p) => (p.path[0] === 'tags' ? t('storyNeedsTag') : `${String(p.path[0] ?? '')}: ${p.message}`)));
      return;
    }
    setBusy(true);
    try {
      // The draft as shown is on disk first: if the save is refused, the edit is kept.
      await autosave.flush();
      // Story added and draft removed in one transaction: after a crash, one of the two, never both.
      const saved = await saveDraftAsStory(result.story, draft.id);
      autosave.cancel();
      await rememberTags(saved.tags.terms);
      onSaved(saved);
    } catch (error) {
      setProblems([storageProblem(error)]);
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    autosave.cancel();
    try {
      await deleteDraft(draft.id);
      onDiscarded(draft);
    } catch (error) {
      setProblems([storageProblem(error)]);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      // Esc in a search box with text clears that search, as it does everywhere; not the draft.
      const target = event.target as HTMLInputElement;
      if (target.type === 'search' && target.value) return;
      event.preventDefault();
      void discard();
    }
  };

  return (
    <form
      class="draft"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p class="source">
        {t('clippedFrom')} <span class="origin">{draft.source.origin}</span>
      </p>
      <label for="story-title">{t('fieldTitle')}</label>
      <input id="story-title" value={draft.title} maxLength={200} onInput={(e) => update({ title: e.currentTarget.value })} />

      <label for="story-text">{t('fieldText')}</label>
      <textarea
        id="story-text"
        rows={8}
        value={draft.text}
        // Offsets of the review refer to the text as it was: an edit starts the review afresh.
        onInput={(e) => update({ text: e.currentTarget.value, review: emptyReview() })}
      />

      <fieldset class="deid">
        <legend>{t('deidHeading')}</legend>
        <DeidReviewPanel text={draft.text} detections={detections} review={draft.review} onChange={(review) => update({ review })} />
      </fieldset>

      <fieldset class="tags">
        <legend>
          {t('fieldTags')} <span class="version">({getVersion(draft.tags.version as never)?.title[lang] ?? draft.tags.version})</span>
        </legend>
        <TagPicker
          version={draft.tags.version as never}
          selected={draft.tags.terms}
          onChange={(terms) => update({ tags: { ...draft.tags, terms } })}
          text={draft.text}
          recent={recent}
        />
      </fieldset>

      <label for="story-notes">{t('fieldNotes')}</label>
      <textarea id="story-notes" rows={3} value={draft.notes} onInput={(e) => update({ notes: e.currentTarget.value })} />

      <ConsentPicker idPrefix="story-consent" value={draft.consent} onChange={(consent) => update({ consent })} />

      <ProblemList problems={problems} />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('save')} <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" onClick={() => void discard()}>
          {t('discard')} <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
