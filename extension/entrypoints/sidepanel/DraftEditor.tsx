import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { panelDetect } from '../../src/deid/remembered-detect';
import { emptyReview } from '../../src/deid/review-state';
import { DeidReviewPanel } from '../../src/ui/DeidReview';
import type { Story } from '@vertelpunt/stories';
import { getVersion } from '@vertelpunt/taxonomy';
import { deleteDraft, saveDraft, saveDraftAsStory } from '../../src/drafts/drafts';
import type { Draft } from '../../src/drafts/draft';
import { storyFromDraft } from '../../src/drafts/story-from-draft';
import { t, termLanguage, uiSay } from '../../src/i18n';
import { zodIssueLine } from '../../src/issue-text';
import { ConsentPicker } from '../../src/ui/ConsentPicker';
import { CONSENT_LABELS } from '../../src/ui/consent-labels';
import { loadRecentTags, rememberTags } from '../../src/settings/recent-tags';
import { loadSettings } from '../../src/settings/settings';
import { useEffectiveSettings } from '../../src/settings/use-effective-settings';
import { ProblemList } from '../../src/ui/ProblemList';
import { storageProblem } from '../../src/ui/storage-problem';
import { useAutosave } from '../../src/ui/use-autosave';
import { usePainted } from '../../src/ui/use-painted';
import { TagPicker } from '../../src/ui/TagPicker';
import { Disclosure } from '../../src/ui/Disclosure';
import type { PanelDisclosures } from '../../src/settings/panel-disclosures';
import type { PanelDisclosureState } from '../../src/ui/use-panel-disclosures';

/** Keeps edits in the draft store shortly after typing stops (and at once when the panel closes). */
const AUTOSAVE_DELAY_MS = 250;
/** A save that takes longer than this disables the save button until it ends. */
const SHOW_BUSY_AFTER_MS = 150;

interface Props {
  draft: Draft;
  onSaved: (story: Story) => void;
  onDiscarded: (draft: Draft) => void;
  /** The remembered disclosures, read before the editor is shown. */
  disclosures: PanelDisclosures;
  setDisclosure: PanelDisclosureState['set'];
  /** What the panel shows above and below the draft, in the same scrolling area. */
  before?: ComponentChildren;
  after?: ComponentChildren;
}

/**
 * The clip being tagged, laid out for one 420 × 800 view: the clip with its marks, the numbered
 * suggestions, the term search and the save bar (always in view, below the scrolling content);
 * the text editor, marking tools, full term list, notes and consent open on demand.
 */
export function DraftEditor({ draft: initial, onSaved, onDiscarded, disclosures, setDisclosure, before, after }: Props) {
  const [draft, setDraft] = useState(initial);
  const [recent, setRecent] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const saving = useRef(false);
  const autosave = useAutosave(saveDraft, AUTOSAVE_DELAY_MS, (error) => setProblems([storageProblem(error)]));
  const lang = termLanguage();
  const settings = useEffectiveSettings();
  // The clip is shown in the first frame; its marks and the suggestions follow in the next.
  const painted = usePainted();
  const detections = useMemo(() => (painted ? panelDetect(draft.text) : undefined), [painted, draft.text]);

  useEffect(() => void loadRecentTags().then(setRecent), []);
  // While the user tags, the story is de-identified in idle time as it would be saved: the
  // detector then remembers every part of it, and the save itself only applies what was found.
  const author = settings?.author;
  useEffect(() => {
    if (!painted || author === undefined) return undefined;
    const warm = () => void storyFromDraft(draft, author, new Date(), panelDetect);
    if (typeof requestIdleCallback !== 'function') return void warm();
    const id = requestIdleCallback(warm, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, [painted, draft, author]);
  // A new clip is there to be tagged: the term search has the focus, where 1–5 choose a suggestion.
  useEffect(() => document.getElementById('tags-search')?.focus(), []);

  const update = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch, updatedAt: new Date().toISOString() };
    setDraft(next);
    setProblems([]);
    autosave.schedule(next);
  };

  const save = async () => {
    if (saving.current) return;
    const { author } = settings ?? (await loadSettings());
    const result = storyFromDraft(draft, author, new Date(), panelDetect);
    if (!result.ok) {
      setProblems(result.problems.map((p) => (p.path[0] === 'tags' ? t('storyNeedsTag') : zodIssueLine(p, uiSay()))));
      return;
    }
    saving.current = true;
    // The button shows the save under way only when it takes a while: re-rendering the editor at
    // once would keep this thread busy while the transaction's first answer waits for it.
    const showBusy = setTimeout(() => setBusy(true), SHOW_BUSY_AFTER_MS);
    // An edit still waiting for its autosave goes into the story instead of a transaction of its
    // own: the story's transaction removes the draft. If the save is refused, it is written then.
    autosave.cancel();
    try {
      // Story added and draft removed in one transaction: after a crash, one of the two, never both.
      const saved = await saveDraftAsStory(result.story, draft.id);
      onSaved(saved);
      // The recently used terms only order the picker's chips: kept after "Bewaard" is shown.
      void rememberTags(saved.tags.terms).catch(() => undefined);
    } catch (error) {
      setProblems([storageProblem(error)]);
      // The edit is kept: the draft as shown goes to the store (a failure there is shown too).
      autosave.schedule(draft);
      await autosave.flush();
    } finally {
      saving.current = false;
      clearTimeout(showBusy);
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

  const open = (name: keyof PanelDisclosures) => ({ open: disclosures[name], onToggle: (next: boolean) => setDisclosure(name, next) });

  return (
    <div class="draft-editor" onKeyDown={onKeyDown}>
      <div class="panel-scroll">
        {before}
        <form
          id="draft-form"
          class="draft"
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

          <fieldset class="deid">
            <legend>{t('deidHeading')}</legend>
            <DeidReviewPanel
              text={draft.text}
              detections={detections}
              review={draft.review}
              onChange={(review) => update({ review })}
              tools={open('deidOptions')}
            />
            <Disclosure name="text" summary={t('editText')} {...open('text')}>
              <label for="story-text">{t('fieldText')}</label>
              <textarea
                id="story-text"
                rows={8}
                value={draft.text}
                // Offsets of the review refer to the text as it was: an edit starts the review afresh.
                onInput={(e) => update({ text: e.currentTarget.value, review: emptyReview() })}
              />
            </Disclosure>
          </fieldset>

          <fieldset class="tags">
            <legend>
              {t('fieldTags')} <span class="version">({getVersion(draft.tags.version as never)?.title[lang] ?? draft.tags.version})</span>
            </legend>
            <TagPicker
              version={draft.tags.version as never}
              selected={draft.tags.terms}
              onChange={(terms) => update({ tags: { ...draft.tags, terms } })}
              text={painted ? draft.text : ''}
              recent={recent}
              suggestionKeys
              tree={open('allTerms')}
            />
          </fieldset>

          <Disclosure name="notes" summary={draft.notes.trim() ? t('fieldNotesFilled') : t('fieldNotes')} {...open('notes')}>
            <label for="story-notes" class="visually-hidden">
              {t('fieldNotes')}
            </label>
            <textarea id="story-notes" rows={3} value={draft.notes} onInput={(e) => update({ notes: e.currentTarget.value })} />
          </Disclosure>

          <Disclosure name="consent" summary={`${t('fieldConsent')}: ${t(CONSENT_LABELS[draft.consent.status])}`} {...open('consent')}>
            <ConsentPicker idPrefix="story-consent" value={draft.consent} onChange={(consent) => update({ consent })} />
          </Disclosure>
        </form>
        {after}
      </div>
      <div class="save-bar" role="group" aria-label={t('saveBar')}>
        <ProblemList problems={problems} />
        <button type="submit" form="draft-form" class="primary" disabled={busy}>
          {t('save')} <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" onClick={() => void discard()}>
          {t('discard')} <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}
