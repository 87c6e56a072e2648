import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Story } from '@vertelpunt/stories';
import type { PageCursor, StoryFilter } from '../../src/storage/story-filter';
import { countStories, queryStories } from '../../src/storage/stories';

const PAGE_SIZE = 500;

/**
 * The stories of a filter as the windowed list needs them: the total, and pages loaded in
 * order (newest first) as far down as the user has scrolled.
 */
export function useStoryWindow(filter: StoryFilter, version: number) {
  const [total, setTotal] = useState<number | undefined>();
  const [stories, setStories] = useState<Story[]>([]);
  /** Why the stories could not be read (e.g. the database could not be upgraded); shown, never only logged. */
  const [failure, setFailure] = useState<unknown>();
  const next = useRef<PageCursor | undefined>(undefined);
  const done = useRef(false);
  const loaded = useRef(0);
  /** The generation whose page is being loaded: a new filter must not wait for an old filter's page. */
  const loading = useRef<number | undefined>(undefined);
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    next.current = undefined;
    done.current = false;
    loaded.current = 0;
    setStories([]);
    setFailure(undefined);
    void countStories(filter).then((n) => mine === generation.current && !done.current && setTotal(n), setFailure);
    void loadMore(mine);
  }, [JSON.stringify(filter), version]);

  const loadMore = useCallback(async (mine = generation.current) => {
    if (loading.current === mine || done.current) return;
    loading.current = mine;
    try {
      const page = await queryStories(filter, { limit: PAGE_SIZE, ...(next.current ? { after: next.current } : {}) });
      if (mine !== generation.current) return;
      next.current = page.next;
      done.current = page.next === undefined;
      loaded.current += page.stories.length;
      setStories((current) => [...current, ...page.stories]);
      // The count includes records that could not be read and were skipped: the list ends at its last story.
      if (done.current) setTotal(loaded.current);
    } catch (error) {
      setFailure(error);
    } finally {
      if (loading.current === mine) loading.current = undefined;
    }
  }, [JSON.stringify(filter), version]);

  /** Loads pages until row `index` is loaded (or there are no more). */
  const ensureLoaded = useCallback(
    (index: number) => {
      if (index >= stories.length && !done.current) void loadMore();
    },
    [stories.length, loadMore],
  );

  return { total, stories, ensureLoaded, failure };
}
