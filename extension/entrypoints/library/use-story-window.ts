import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Story } from '@vertelpunt/stories';
import { filtersAnything, type StoryFilter } from '../../src/storage/story-filter';
import { queryStories } from '../../src/storage/stories';
import { queryEngine } from '../../src/query/query-client';
import { useEngineChanges } from '../../src/query/use-engine-changes';

const PAGE_SIZE = 200;
/** The first rows read straight from the date index: a screenful and some, so they show at once. */
const FIRST_ROWS = 60;

/** Where the list's stories come from; a test passes its own. */
export interface StorySource {
  /** One page of matching stories, newest first, how many ids the page covered, and how many match. */
  page(filter: StoryFilter, offset: number, limit: number): Promise<{ total: number; consumed: number; stories: Story[] }>;
  /** The newest stories straight from the database, and whether there are more. */
  newest(limit: number): Promise<{ stories: Story[]; more: boolean }>;
  /** Whether the worker has answered before (then it is asked, not the database). */
  ready(): boolean;
  /** Starts the worker loading its index. */
  warm(): void;
}

const engineSource: StorySource = {
  // The worker reads and parses the page's stories: on the page's thread that work made frames
  // of several hundred ms while a long list scrolled into rows not loaded yet.
  page: async (filter, offset, limit) => {
    const { total, ids, stories } = await queryEngine.storyPage(filter, offset, limit);
    return { total, consumed: ids.length, stories };
  },
  newest: async (limit) => {
    const page = await queryStories({}, { limit });
    return { stories: page.stories, more: page.next !== undefined };
  },
  ready: () => queryEngine.ready,
  warm: () => queryEngine.warm(),
};

/**
 * The stories of a filter as the windowed list needs them: the total, and pages loaded in
 * order (newest first) as far down as the user has scrolled. The query worker answers with the
 * page's stories (`queryEngine.storyPage`), read and parsed off the page's thread. While the worker still loads its index, the first
 * page of the whole library comes straight from the date index, so rows show at once; the count
 * then comes with the worker's first page (counting the store would hold the rows up: Chromium
 * counts a store by walking it).
 *
 * When the filter changes, the rows shown stay until the new filter's first page arrives and
 * replaces them: a row the new list keeps is never taken out of the page, so the keyboard focus
 * on it stays where it was.
 */
export function useStoryWindow(filter: StoryFilter, version: number, source: StorySource = engineSource) {
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
  /**
   * Whether the rows shown are still the previous filter's (replaced by the next page that
   * arrives); true before the first page too, so the list asks for nothing before this hook does.
   */
  const stale = useRef(true);
  const key = `${JSON.stringify(filter)}|${version}|${changes}`;

  /** Shows a page of generation `mine`; `total` undefined while it is not known yet. */
  const show = (mine: number, page: Story[], consumed: number, total: number | undefined) => {
    if (mine !== generation.current) return;
    offset.current += consumed;
    loaded.current += page.length;
    done.current = total !== undefined && offset.current >= total;
    const replace = stale.current;
    stale.current = false;
    setStories((current) => (replace ? page : [...current, ...page]));
    // Records that could not be read were skipped: when the list is complete, its length is the count.
    if (total !== undefined) setTotal(done.current ? loaded.current : total);
    else if (replace) setTotal(undefined);
  };

  const loadMore = useCallback(
    async (mine = generation.current) => {
      if (loading.current === mine || done.current) return;
      loading.current = mine;
      try {
        const { total, consumed, stories } = await source.page(filter, offset.current, PAGE_SIZE);
        show(mine, stories, consumed, total);
      } catch (error) {
        if (mine === generation.current) setFailure(error);
      } finally {
        if (loading.current === mine) loading.current = undefined;
      }
    },
    [key],
  );

  /** The first page of the unfiltered library from the date index, while the worker loads; then the worker's next page, with the count. */
  const firstPageDirect = async (mine: number) => {
    loading.current = mine;
    try {
      const { stories: newest, more } = await source.newest(FIRST_ROWS);
      show(mine, newest, newest.length, more ? undefined : newest.length);
    } catch (error) {
      if (mine === generation.current) setFailure(error);
    } finally {
      if (loading.current === mine) loading.current = undefined;
    }
    // The worker starts after the first rows: its first read of the database would otherwise
    // queue the page's (IndexedDB serves one origin's requests in turn).
    source.warm();
    if (mine === generation.current && !done.current) void loadMore(mine);
  };

  useEffect(() => {
    const mine = ++generation.current;
    offset.current = 0;
    done.current = false;
    loaded.current = 0;
    stale.current = true;
    setFailure(undefined);
    if (!source.ready() && !filtersAnything(filter)) void firstPageDirect(mine);
    else void loadMore(mine);
  }, [key]);

  /** Loads pages until row `index` is loaded (or there are no more). */
  const ensureLoaded = useCallback(
    (index: number) => {
      if (!stale.current && index >= stories.length && !done.current) void loadMore();
    },
    [stories.length, loadMore],
  );

  return { total, stories, ensureLoaded, failure };
}
