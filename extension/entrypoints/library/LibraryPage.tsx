import { useEffect, useMemo, useState } from 'preact/hooks';
import { deidentifyOwn, type Story } from '@vertelpunt/stories';
import { LATEST_VERSION } from '@vertelpunt/taxonomy';
import { plural, storyCount, t, uiFormat } from '../../src/i18n';
import { filtersAnything, type StoryFilter } from '../../src/storage/story-filter';
import { ExchangeWorker, type Progress } from '../../src/exchange/exchange-client';
import { exportToFile } from '../../src/exchange/export-to-file';
import {
  addStory,
  countStories,
  deleteStories,
  migrateStories,
  restoreStories,
  retagStories,
  updateStory,
} from '../../src/storage/stories';
import { queryEngine } from '../../src/query/query-client';
import { useEngineChanges } from '../../src/query/use-engine-changes';
import { DraftList } from '../../src/ui/DraftList';
import { storageProblem } from '../../src/ui/storage-problem';
import { useDrafts } from './use-drafts';
import { useUnreadable } from '../../src/ui/use-unreadable';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { ProgressLine } from './ProgressLine';
import { overviewUrl } from '../../src/overview/overview-url';
import { TagPicker } from '../../src/ui/TagPicker';
import { FilterPanel } from '../../src/ui/FilterPanel';
import { StoryEditor } from './StoryEditor';
import { StoryList } from './StoryList';
import { useStoryWindow } from './use-story-window';
import { focusFirstStory } from './story-list-keys';

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
  const changes = useEngineChanges();
  useEffect(() => {
    // The worker counts (popcounts of bitsets): asked once the first rows are on screen, not before.
    if (!listed) return;
    void queryEngine.termCounts(filter).then(setCounts, () => undefined);
    void queryEngine.origins().then(setOrigins, () => undefined);
  }, [JSON.stringify(filter), version, changes, listed]);

  const changed = (text: string, undo?: () => Promise<void>) => {
    setVersion((v) => v + 1);
    setNotice({ text, ...(undo ? { undo } : {}) });
  };
  const remove = async (ids: string[]) => {
    const deleted = await deleteStories(ids);
    setSelected(new Set());
    setOpen(undefined);
    changed(plural(deleted.length, { one: 'storiesDeletedOne', other: 'storiesDeleted' }), async () => {
      await restoreStories(deleted.map((story) => deidentifyOwn(story)));
      changed(plural(deleted.length, { one: 'storiesRestoredOne', other: 'storiesRestored' }));
    });
  };
  const selectedIds = useMemo(() => [...selected], [selected]);
  const bulkRetag = async (change: { add?: string[]; remove?: string[] }) => {
    const result = await retagStories(selectedIds, change);
    setBulkTags([]);
    setBulkOpen(false);
    changed(
      plural(result.changed.length, { one: 'storiesRetaggedOne', other: 'storiesRetagged' }, uiFormat().number(result.skipped.length)),
    );
  };
  const openExport = async () => {
    setAllCount(await countStories());
    setExchange('export');
  };
  const makeBackup = async () => {
    const worker = new ExchangeWorker();
    setBackupProgress({ done: 0 });
    try {
      const outcome = await exportToFile(
        worker,
        { format: 'backup', filter: {}, stem: 'backup' },
        { onProgress: setBackupProgress, failed: (message) => t('exportFailed', message) },
      );
      if (!outcome.ok) return setNotice({ text: outcome.problems.join(' ') });
      const done = t('backupDone', storyCount(outcome.reply.count));
      setNotice({
        text:
          outcome.reply.unreadable > 0
            ? `${done} ${plural(outcome.reply.unreadable, { one: 'unreadableStoriesOne', other: 'unreadableStories' })}`
            : done,
      });
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
          <button type="button" disabled={!total} onClick={() => void openExport()}>
            {t('exportOpen')}
          </button>
          <button
            type="button"
            title={t('backupHint')}
            disabled={backupProgress !== undefined || (total === 0 && !filtered)}
            onClick={() => void makeBackup()}
          >
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
          {plural(unreadable, { one: 'unreadableStoriesOne', other: 'unreadableStories' })}
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
          <button
            type="button"
            onClick={async () => {
              const result = await migrateStories(selectedIds, LATEST_VERSION);
              changed(
                plural(
                  result.changed.length,
                  { one: 'storiesMigratedOne', other: 'storiesMigrated' },
                  uiFormat().number(result.skipped.length),
                ),
              );
            }}
          >
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
