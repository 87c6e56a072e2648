import { useEffect, useState } from 'preact/hooks';
import { deleteDraft, listDrafts } from '../../src/drafts/drafts';
import type { Draft } from '../../src/drafts/draft';

/**
 * The unsaved drafts, for the library to list (a draft never stays out of sight). Read again
 * whenever the page is shown, e.g. after the user worked in the side panel.
 */
export function useDrafts() {
  const [list, setList] = useState<Draft[]>([]);
  useEffect(() => {
    const refresh = () => void listDrafts().then(setList, () => setList([]));
    refresh();
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  const discard = async (draft: Draft) => {
    await deleteDraft(draft.id);
    setList((current) => current.filter((d) => d.id !== draft.id));
  };
  return { list, discard };
}
