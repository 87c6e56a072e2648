import { useMemo } from 'preact/hooks';
import { plural, storyCount, t, uiFormat } from '../../src/i18n';
import { filtersAnything } from '../../src/storage/story-filter';
import { DraftList } from '../../src/ui/DraftList';
import { storageProblem } from '../../src/ui/storage-problem';
import { useDrafts } from './use-drafts';
import { useUnreadable } from '../../src/ui/use-unreadable';
import { ProgressLine } from './ProgressLine';
import { overviewUrl } from '../../src/overview/overview-url';
import { FilterPanel } from '../../src/ui/FilterPanel';
import { StoryList } from './StoryList';
import { useStoryWindow } from './use-story-window';
import { focusFirstStory } from './story-list-keys';
import { useNotice } from './use-notice';
import { useSearchFilter, useFilterCounts } from './use-library-filter';
import { useSelection } from './use-selection';
import { useOpenStory } from './use-open-story';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { useBulkActions } from './use-bulk-actions';
import { useBackup } from './use-backup';
import { useExchangeDialog } from './use-exchange-dialog';
import { editingPart, exchangePart, useLaterPart } from './later-parts';

/** The library page: layout and wiring; the actions live in the hooks named after their job. */
export function LibraryPage() {
  const { search, setSearch, filter, setFilter } = useSearchFilter();
  const { notice, version, changed, show, dismiss } = useNotice();
  const selection = useSelection();
  const editor = useOpenStory(changed);
  const { total, stories, ensureLoaded, failure } = useStoryWindow(filter, version);
  const drafts = useDrafts();
  const unreadable = useUnreadable();
  const { counts, origins } = useFilterCounts(filter, version, stories.length > 0 || total === 0);
  const remove = useDeleteWithUndo(changed, () => {
    selection.clear();
    editor.close();
  });
  const bulk = useBulkActions(selection.ids, changed);
  const backup = useBackup(show);
  const exchange = useExchangeDialog();
  const filtered = filtersAnything(filter);
  // Loaded when first wanted (later-parts.ts): the first rows wait for neither.
  const editing = useLaterPart(editingPart, editor.open !== undefined || bulk.retagOpen);
  const exchanging = useLaterPart(exchangePart, exchange.dialog !== undefined);
  // The same element while its inputs stay: a page of stories arriving as the list scrolls does
  // not render the filter panel's terms again (Preact skips an element it was given before).
  const filterPanel = useMemo(
    () => <FilterPanel filter={filter} onChange={setFilter} counts={counts} origins={origins} />,
    [filter, setFilter, counts, origins],
  );

  return (
    <div class="library">
      <header class="library-header">
        <h1>{t('libraryTitle')}</h1>
        <label for="library-search" class="visually-hidden">
          {t('searchStories')}
        </label>
        <input
          id="library-search"
          type="search"
          placeholder={t('searchStories')}
          value={search}
          onInput={(e) => setSearch(e.currentTarget.value)}
          onKeyDown={focusFirstStory}
        />
        <p class="count" role="status" aria-live="polite">
          {total === undefined ? '' : storyCount(total)}
        </p>
        <nav class="library-actions" aria-label={t('libraryActions')}>
          <button type="button" disabled={!total} onClick={() => void exchange.openExport()}>
            {t('exportOpen')}
          </button>
          <button
            type="button"
            title={t('backupHint')}
            disabled={backup.progress !== undefined || (total === 0 && !filtered)}
            onClick={() => void backup.make()}
          >
            {t('backupMake')}
          </button>
          <button type="button" onClick={exchange.openImport}>
            {t('importOpen')}
          </button>
          {/* The overview counts the set this page shows: the filter travels in the link. */}
          <a href={overviewUrl(filter)}>{t('overviewOpen')}</a>
        </nav>
      </header>
      {backup.progress && <ProgressLine progress={backup.progress} label={t('backupProgress')} />}
      {failure !== undefined && (
        <p role="alert" class="problems">
          {storageProblem(failure)}
        </p>
      )}
      {unreadable > 0 && (
        <p role="status" class="unreadable">
          {plural(unreadable, { one: 'unreadableStoriesOne', other: 'unreadableStories' })}
        </p>
      )}
      <DraftList
        heading={t('draftsHeading', uiFormat().number(drafts.list.length))}
        drafts={drafts.list}
        resume={{ href: (draft) => `/sidepanel.html?draft=${encodeURIComponent(draft.id)}` }}
        onDiscard={(draft) => void drafts.discard(draft).catch((error: unknown) => show(storageProblem(error)))}
      />
      {selection.selected.size > 0 && (
        <div class="bulk-bar" role="region" aria-label={t('bulkActions')}>
          <span>{t('selectedCount', uiFormat().number(selection.selected.size))}</span>
          <button type="button" onClick={bulk.toggleRetag} aria-expanded={bulk.retagOpen}>
            {t('bulkRetag')}
          </button>
          <button type="button" onClick={() => void bulk.migrate()}>
            {t('moveToLatest')}
          </button>
          <button type="button" class="danger" onClick={() => void remove(selection.ids)}>
            {t('delete')}
          </button>
          <button type="button" onClick={selection.clear}>
            {t('clearSelection')}
          </button>
          {bulk.retagOpen && editing && (
            <editing.BulkRetag tags={bulk.tags} onChange={bulk.setTags} retag={(change) => void bulk.retag(change)} />
          )}
        </div>
      )}
      <div class="library-body">
        {filterPanel}
        <main class="library-main">
          {total === 0 && !filtered ? (
            <section class="empty-state">
              <h2>{t('emptyTitle')}</h2>
              <p>{t('emptyWhat')}</p>
              <ol>
                <li>{t('emptyStep1')}</li>
                <li>{t('emptyStep2')}</li>
                <li>{t('emptyStep3')}</li>
              </ol>
            </section>
          ) : total === 0 ? (
            <p class="empty-state">{t('noMatches')}</p>
          ) : (
            <StoryList
              // Until the count arrives (with the worker's first page), the rows read straight from the database.
              total={total ?? stories.length}
              stories={stories}
              ensureLoaded={ensureLoaded}
              selected={selection.selected}
              onToggle={selection.toggle}
              onOpen={editor.setOpen}
            />
          )}
        </main>
      </div>
      {editor.open && editing && (
        <editing.StoryEditor
          key={editor.open.id}
          story={editor.open}
          onClose={editor.close}
          onDelete={(story) => void remove([story.id])}
          onSave={editor.save}
          onSaveAgain={editor.saveAgain}
        />
      )}
      {exchange.dialog === 'export' && exchanging && (
        <exchanging.ExportDialog
          filter={filter}
          filtered={filtered}
          matching={total ?? 0}
          all={exchange.allCount}
          onClose={exchange.close}
          onDone={(text) => {
            exchange.close();
            show(text);
          }}
        />
      )}
      {exchange.dialog === 'import' && exchanging && (
        <exchanging.ImportDialog
          onClose={exchange.close}
          onImported={(text) => {
            exchange.close();
            changed(text);
          }}
        />
      )}
      {notice && (
        <div class="toast" role="status">
          {notice.text}{' '}
          {notice.undo && (
            <button type="button" onClick={() => void notice.undo!()}>
              {t('undo')}
            </button>
          )}
          <button type="button" aria-label={t('close')} onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
