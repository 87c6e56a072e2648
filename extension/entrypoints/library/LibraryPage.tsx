import { useEffect, useMemo, useState } from 'preact/hooks';
import { deidentifyOwn, type Story } from '@vertelpunt/stories';
import { LATEST_VERSION, listTerms } from '@vertelpunt/taxonomy';
import { storyCount, t } from '../../src/i18n';
import { filtersAnything, type StoryFilter } from '../../src/storage/story-filter';
import { EXPORT_FORMATS } from '@vertelpunt/exchange';
import { datedFilename, saveFile } from '../../src/browser/save-file';
import { ExchangeWorker, type Progress } from '../../src/exchange/exchange-client';
import { addStory, countStories, deleteStories, listOrigins, migrateStories, restoreStories, retagStories, termCounts, updateStory } from '../../src/storage/stories';
import { DraftList } from '../../src/ui/DraftList';
import { storageProblem } from '../../src/ui/storage-problem';
import { useDrafts } from './use-drafts';
import { useUnreadable } from '../../src/ui/use-unreadable';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { ProgressLine } from './ProgressLine';
import { overviewUrl } from '../../src/overview/overview-url';
import { TagPicker } from '../../src/ui/TagPicker';
import { FilterPanel } from './FilterPanel';
import { StoryEditor } from './StoryEditor';
import { StoryList } from './StoryList';
import { useStoryWindow } from './use-story-window';
import { focusFirstStory } from './story-list-keys';

/** The filter panel offers the latest vocabulary's terms; counts are asked for those. */
const FILTER_TERMS = listTerms({ version: LATEST_VERSION }).map((t) => t.id);

type Notice = { text: string; undo?: () => Promise<void> };

export function LibraryPage() {
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<StoryFilter>({});
  const [version, setVersion] = useState(0); // bumped after every change, to reload
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<Story | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const [counts, setCounts] = useState<Map<string, number>>(new Map());
  const [origins, setOrigins] = useState<string[]>([]);
  const [bulkTags, setBulkTags] = useState<string[]>([]);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [exchange, setExchange] = useState<'export' | 'import' | undefined>();
  const [allCount, setAllCount] = useState(0);
  const [backupProgress, setBackupProgress] = useState<Progress | undefined>();

  // Typing waits a moment before searching, so each key does not start a query.
  useEffect(() => {
    const timer = setTimeout(() => setFilter((f) => ((f.text ?? '') === search ? f : { ...f, text: search })), 200);
    return () => clearTimeout(timer);
  }, [search]);
  const { total, stories, ensureLoaded, failure } = useStoryWindow(filter, version);
  const drafts = useDrafts();
  const unreadable = useUnreadable();
  const listed = stories.length > 0 || total === 0;
  useEffect(() => {
    // Counts scan the term index: start them once the first rows are on screen, not before.
    if (!listed) return;
    void termCounts(filter, FILTER_TERMS).then(setCounts);
    void listOrigins().then(setOrigins);
  }, [JSON.stringify(filter), version, listed]);

  const changed = (text: string, undo?: () => Promise<void>) => {
    setVersion((v) => v + 1);
    setNotice({ text, ...(undo ? { undo } : {}) });
  };
  const remove = async (ids: string[]) => {
    const deleted = await deleteStories(ids);
    setSelected(new Set());
    setOpen(undefined);
    changed(t('storiesDeleted', String(deleted.length)), async () => {
      await restoreStories(deleted.map((story) => deidentifyOwn(story)));
      changed(t('storiesRestored', String(deleted.length)));
    });
  };
  const selectedIds = useMemo(() => [...selected], [selected]);
  const bulkRetag = async (change: { add?: string[]; remove?: string[] }) => {
    const result = await retagStories(selectedIds, change);
    setBulkTags([]);
    setBulkOpen(false);
    changed(t('storiesRetagged', [String(result.changed.length), String(result.skipped.length)]));
  };
  const openExport = async () => {
    setAllCount(await countStories());
    setExchange('export');
  };
  const makeBackup = async () => {
    const exportedAt = new Date();
    const worker = new ExchangeWorker();
    setBackupProgress({ done: 0 });
    try {
      const reply = await worker.request({ type: 'export', format: 'backup', filter: {}, exportedAt: exportedAt.toISOString(), excelNl: false }, setBackupProgress);
      if (reply.type !== 'exported') throw new Error(reply.type === 'failed' ? reply.message : reply.type);
      saveFile(reply.blob, datedFilename('backup', EXPORT_FORMATS.backup.extension, exportedAt));
      const done = t('backupDone', storyCount(reply.count));
      setNotice({ text: reply.unreadable > 0 ? `${done} ${t('unreadableStories', String(reply.unreadable))}` : done });
    } catch (error) {
      setNotice({ text: t('exportFailed', (error as Error).message) });
    } finally {
      worker.terminate();
      setBackupProgress(undefined);
    }
  };
  const filtered = filtersAnything(filter);

  return (
    <div class="library">
      <header class="library-header">
        <h1>{t('libraryTitle')}</h1>
        <label for="library-search" class="visually-hidden">
          {t('searchStories')}
        </label>
        <input id="library-search" type="search" placeholder={t('searchStories')} value={search} onInput={(e) => setSearch(e.currentTarget.value)} onKeyDown={focusFirstStory} />
        <p class="count" role="status" aria-live="polite">
          {total === undefined ? '' : storyCount(total)}
        </p>
        <nav class="library-actions" aria-label={t('libraryActions')}>
          <button type="button" disabled={!total} onClick={() => void openExport()}>
            {t('exportOpen')}
          </button>
          <button type="button" title={t('backupHint')} disabled={backupProgress !== undefined || (total === 0 && !filtered)} onClick={() => void makeBackup()}>
            {t('backupMake')}
          </button>
          <button type="button" onClick={() => setExchange('import')}>
            {t('importOpen')}
          </button>
          {/* The overview counts the set this page shows: the filter travels in the link. */}
          <a href={overviewUrl(filter)}>{t('overviewOpen')}</a>
        </nav>
      </header>
      {backupProgress && <ProgressLine progress={backupProgress} label={t('backupProgress')} />}
      {failure !== undefined && (
        <p role="alert" class="problems">
          {storageProblem(failure)}
        </p>
      )}
      {unreadable > 0 && (
        <p role="status" class="unreadable">
          {t('unreadableStories', String(unreadable))}
        </p>
      )}
      <DraftList
        heading={t('draftsHeading', String(drafts.list.length))}
        drafts={drafts.list}
        resume={{ href: (draft) => `/sidepanel.html?draft=${encodeURIComponent(draft.id)}` }}
        onDiscard={(draft) => void drafts.discard(draft).catch((error: unknown) => setNotice({ text: storageProblem(error) }))}
      />
      {selected.size > 0 && (
        <div class="bulk-bar" role="region" aria-label={t('bulkActions')}>
          <span>{t('selectedCount', String(selected.size))}</span>
          <button type="button" onClick={() => setBulkOpen(!bulkOpen)} aria-expanded={bulkOpen}>
            {t('bulkRetag')}
          </button>
          <button type="button" onClick={async () => {
            const result = await migrateStories(selectedIds, LATEST_VERSION);
            changed(t('storiesMigrated', [String(result.changed.length), String(result.skipped.length)]));
          }}>
            {t('moveToLatest')}
          </button>
          <button type="button" class="danger" onClick={() => void remove(selectedIds)}>
            {t('delete')}
          </button>
          <button type="button" onClick={() => setSelected(new Set())}>
            {t('clearSelection')}
          </button>
          {bulkOpen && (
            <div class="bulk-retag">
              <TagPicker idPrefix="bulk-tags" version={LATEST_VERSION} selected={bulkTags} onChange={setBulkTags} />
              <button type="button" disabled={bulkTags.length === 0} onClick={() => void bulkRetag({ add: bulkTags })}>
                {t('addTags')}
              </button>
              <button type="button" disabled={bulkTags.length === 0} onClick={() => void bulkRetag({ remove: bulkTags })}>
                {t('removeTags')}
              </button>
            </div>
          )}
        </div>
      )}
      <div class="library-body">
        <FilterPanel filter={filter} onChange={setFilter} counts={counts} origins={origins} />
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
              total={total ?? 0}
              stories={stories}
              ensureLoaded={ensureLoaded}
              selected={selected}
              onToggle={(id) => {
                const next = new Set(selected);
                if (next.has(id)) next.delete(id);
                else next.add(id);
                setSelected(next);
              }}
              onOpen={setOpen}
            />
          )}
        </main>
      </div>
      {open && (
        <StoryEditor
          key={open.id}
          story={open}
          onClose={() => setOpen(undefined)}
          onDelete={(story) => void remove([story.id])}
          onSave={async (story, startedFrom) => {
            await updateStory(story, startedFrom);
            setOpen(undefined);
            changed(t('storySavedShort'));
          }}
          onSaveAgain={async (story) => {
            await addStory(story);
            setOpen(undefined);
            changed(t('storySavedShort'));
          }}
        />
      )}
      {exchange === 'export' && (
        <ExportDialog
          filter={filter}
          filtered={filtered}
          matching={total ?? 0}
          all={allCount}
          onClose={() => setExchange(undefined)}
          onDone={(text) => {
            setExchange(undefined);
            setNotice({ text });
          }}
        />
      )}
      {exchange === 'import' && (
        <ImportDialog
          onClose={() => setExchange(undefined)}
          onImported={(text) => {
            setExchange(undefined);
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
          <button type="button" aria-label={t('close')} onClick={() => setNotice(undefined)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
