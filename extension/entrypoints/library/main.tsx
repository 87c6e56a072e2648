import { render } from 'preact';
import { setPageLanguage } from '../../src/i18n';
import { requestPersistentStorage } from '../../src/storage/db';
import { LibraryPage } from './LibraryPage';

setPageLanguage('pageTitleLibrary');
// Ask once the library is opened: the browser may then not evict the stories under storage pressure.
void requestPersistentStorage();
if (import.meta.env.MODE === 'e2e') whenFirstShown(installTestSeams);
render(<LibraryPage />, document.getElementById('app')!);

/**
 * Runs `then` once the page shows its first rows, its empty state or a problem (or after a
 * second at most): the test seams' modules (the drafts' save runs the de-identifier) would
 * otherwise load beside the page's own start, which the benchmarks time as a user's.
 */
function whenFirstShown(then: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    then();
  };
  const observer = new MutationObserver(() => document.querySelector('.story-title, .empty-state, [role="alert"]') && run());
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(run, 1_000);
}

function installTestSeams(): void {
  // Test-only seam (absent from production builds): lets end-to-end tests and benchmarks seed
  // stories a professional could not make today, e.g. ones tagged under an older vocabulary.
  void import('../../src/storage/stories').then((storage) => Object.assign(globalThis, { __vertelpuntStorage: storage }));
  // The page's query engine (its worker), for the benchmarks of issue 14.
  void import('../../src/query/query-client').then(({ queryEngine }) => Object.assign(globalThis, { __vertelpuntQuery: queryEngine }));
  // Drafts too: the crash test saves a burst of drafts as stories, and the recovery test leaves
  // the half-done state of the old two-step save (story added, draft not yet removed).
  void Promise.all([import('../../src/drafts/drafts'), import('../../src/drafts/story-from-draft')]).then(([drafts, { storyFromDraft }]) =>
    Object.assign(globalThis, { __vertelpuntDrafts: { ...drafts, storyFromDraft } }),
  );
}
