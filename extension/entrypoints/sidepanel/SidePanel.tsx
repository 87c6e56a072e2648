import { useEffect, useRef, useState } from 'preact/hooks';
import type { Story } from '@vertelpunt/stories';
import { getCaptureState, onCaptureStateChange, type CaptureState } from '../../src/capture/capture-state';
import { onDraftAnnounced } from '../../src/capture/draft-news';
import { deleteDraft, getDraft, latestDraft, listDrafts, saveDraft } from '../../src/drafts/drafts';
import type { Draft } from '../../src/drafts/draft';
import { t, uiFormat } from '../../src/i18n';
import { DraftList } from '../../src/ui/DraftList';
import { storageProblem } from '../../src/ui/storage-problem';
import { usePanelDisclosures } from '../../src/ui/use-panel-disclosures';
import { CaptureProblem } from './CaptureProblem';
import { DraftEditor } from './DraftEditor';

/** The draft to show: one asked for in the address (from the library's list), the one just captured, or the newest. */
async function draftFor(state: CaptureState): Promise<Draft | undefined> {
  const asked = new URLSearchParams(location.search).get('draft');
  const wanted = asked ?? (state.status === 'ready' ? state.draftId : undefined);
  return (wanted === undefined ? undefined : await getDraft(wanted)) ?? latestDraft();
}

/** The side panel: the clip being tagged, or why there is none, or what to do first. */
export function SidePanel() {
  const [state, setState] = useState<CaptureState>({ status: 'idle' });
  const [draft, setDraft] = useState<Draft | undefined>();
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState<Story | undefined>();
  const [discarded, setDiscarded] = useState<Draft | undefined>();
  const [others, setOthers] = useState<Draft[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const disclosures = usePanelDisclosures();
  // After a save or a discard the editor is gone: focus goes to what comes next, never to the page's start.
  const next = useRef<HTMLAnchorElement & HTMLButtonElement>(null);
  useEffect(() => next.current?.focus(), [saved, discarded]);
  // Every draft but the open one is listed, so a new capture never hides an older draft.
  const refreshOthers = () => void listDrafts().then(setOthers, (error: unknown) => setProblem(storageProblem(error)));
  useEffect(refreshOthers, [draft?.id, saved, discarded]);

  useEffect(() => {
    let alive = true;
    // A change that arrives while the first read is under way is newer than that read.
    let changedMeanwhile = false;
    // The newest capture seen: the background announces a draft before the state that says it is
    // ready, and a state older than what is shown (a late "capturing") changes nothing.
    let newest = { at: 0, draftId: undefined as string | undefined };
    void getCaptureState()
      .then(async (initial) => {
        const found = await draftFor(initial);
        if (!alive) return;
        setLoaded(true);
        if (changedMeanwhile) return;
        setState(initial);
        setDraft(found);
      })
      .catch((error: unknown) => setProblem(storageProblem(error)));
    const stopDrafts = onDraftAnnounced((announced, at) => {
      changedMeanwhile = true;
      newest = { at, draftId: announced.id };
      setState({ status: 'ready', draftId: announced.id, at });
      setSaved(undefined);
      setDraft(announced);
    });
    const stop = onCaptureStateChange(async (next) => {
      changedMeanwhile = true;
      if (next.status !== 'idle' && next.at < newest.at) return;
      setState(next);
      if (next.status === 'ready' && next.draftId !== newest.draftId) {
        setSaved(undefined);
        setDraft(await getDraft(next.draftId));
      }
    });
    return () => {
      alive = false;
      stop();
      stopDrafts();
    };
  }, []);

  const before = (
    <>
      <h1 class="panel-title">{t('panelTitle')}</h1>
      {state.status === 'capturing' && <p role="status">{t('capturing')}</p>}
      {state.status === 'failed' && <CaptureProblem state={state} />}
      {problem && <p role="alert">{problem}</p>}
      {saved && (
        <p role="status" class="saved">
          {t('storySaved', saved.title)}{' '}
          <a href="/library.html" target="_blank" ref={next}>
            {t('openLibrary')}
          </a>
        </p>
      )}
      {discarded && !draft && (
        <p role="status" class="discarded">
          {t('draftDiscarded')}{' '}
          <button
            type="button"
            ref={next}
            onClick={() =>
              void saveDraft(discarded).then(() => {
                setDraft(discarded);
                setDiscarded(undefined);
              })
            }
          >
            {t('undo')}
          </button>
        </p>
      )}
    </>
  );
  const drafts = (
    <DraftList
      heading={t(draft ? 'otherDraftsHeading' : 'draftsHeading', uiFormat().number(others.filter((d) => d.id !== draft?.id).length))}
      drafts={others.filter((d) => d.id !== draft?.id)}
      resume={{
        // Read again: the list may be older than the draft's last autosave.
        onResume: (chosen) => void getDraft(chosen.id).then((fresh) => fresh && setDraft(fresh)),
      }}
      onDiscard={(gone) =>
        void deleteDraft(gone.id).then(
          () => setDiscarded(gone),
          (error: unknown) => setProblem(storageProblem(error)),
        )
      }
    />
  );

  // The editor waits for the remembered disclosures, so nothing opens and jumps after it is shown.
  if (draft && disclosures.state) {
    return (
      <DraftEditor
        key={draft.id}
        draft={draft}
        disclosures={disclosures.state}
        setDisclosure={disclosures.set}
        before={before}
        after={drafts}
        onSaved={(story) => {
          setSaved(story);
          setDraft(undefined);
        }}
        onDiscarded={(gone) => {
          setDiscarded(gone);
          setDraft(undefined);
        }}
      />
    );
  }
  return (
    <div class="panel-scroll">
      {before}
      {!draft && loaded && !saved && !discarded && state.status !== 'failed' && state.status !== 'capturing' && (
        <p class="empty">{t('panelEmpty')}</p>
      )}
      {drafts}
    </div>
  );
}
