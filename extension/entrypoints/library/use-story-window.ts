import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Story } from '@vertelpunt/stories';
import { filtersAnything, type StoryFilter } from '../../src/storage/story-filter';
import { countStories, getStories, queryStories } from '../../src/storage/stories';
import { queryEngine } from '../../src/query/query-client';
import { useEngineChanges } from '../../src/query/use-engine-changes';

const PAGE_SIZE = 500;
/** The first rows read straight from the date index: a screenful and some, so they show at once. */
const FIRST_ROWS = 60;

/**
 * The stories of a filter as the windowed list needs them: the total, and pages loaded in
 * order (newest first) as far down as the user has scrolled. The query worker answers with ids
 * (`queryEngine.page`), read here by key. While the worker still loads its index, the first
 * page of the whole library comes straight from the date index, so rows show at once.
 */
export function useStoryWindow(filter: StoryFilter, version: number) {
  const [total, setTotal] = useState<number | undefined>();
  const [stories, setStories] = useState<Story[]>([]);
  /** Why the stories could not be read (e.g. the database could not be upgraded); shown, never only logged. */
  const [failure, setFailure] = useState<unknown>();
  const changes = useEngineChanges();
  /** How far into the engine's answer the loaded pages reach. */
  const offset = useRef(0);
  const done = useRef(false);
  const loaded = useRef(0);
  /** The generation whose page is being loaded: a new filter must not wait for an old filter's page. */
  const loading = useRef<number | undefined>(undefined);
  const generation = useRef(0);
  const key = `${JSON.stringify(filter)}|${version}|${changes}`;

  const show = (mine: number, page: Story[], consumed: number, total: number) => {
    if (mine !== generation.current) return;
    offset.current += consumed;
    loaded.current += page.length;
    done.current = offset.current >= total;
    setStories((current) => [...current, ...page]);
    // Records that could not be read were skipped: when the list is complete, its length is the count.
    setTotal(done.current ? loaded.current : total);
  };

  const loadMore = useCallback(
    async (mine = generation.current) => {
      if (loading.current === mine || done.current) return;
      loading.current = mine;
      try {
        const { total, ids } = await queryEngine.page(filter, offset.current, PAGE_SIZE);
        show(mine, await getStories(ids), ids.length, total);
      } catch (error) {
        if (mine === generation.current) setFailure(error);
      } finally {
        if (loading.current === mine) loading.current = undefined;
      }
    },
    [key],
  );

  /** The first page of the unfiltered library from the date index, while the worker loads. */
  const firstPageDirect = async (mine: number) => {
    loading.current = mine;
    try {
      const [page, count] = await Promise.all([queryStories({}, { limit: FIRST_ROWS }), countStories({})]);
      show(mine, page.stories, page.stories.length, page.next ? count : page.stories.length);
    } catch (error) {
      if (mine === generation.current) setFailure(error);
    } finally {
      if (loading.current === mine) loading.current = undefined;
    }
  };

  useEffect(() => {
    const mine = ++generation.current;
    offset.current = 0;
    done.current = false;
    loaded.current = 0;
    setStories([]);
    setFailure(undefined);
    // The worker starts after the first rows: its first read of the database would otherwise
    // queue the page's (IndexedDB serves one origin's requests in turn).
    if (!queryEngine.ready && !filtersAnything(filter)) void firstPageDirect(mine).then(() => queryEngine.warm());
    else void loadMore(mine);
  }, [key]);

  /** Loads pages until row `index` is loaded (or there are no more). */
  const ensureLoaded = useCallback(
    (index: number) => {
      if (index >= stories.length && !done.current) void loadMore();
    },
    [stories.length, loadMore],
  );

  return { total, stories, ensureLoaded, failure };
}
