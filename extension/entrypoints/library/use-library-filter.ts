import { useEffect, useState } from 'preact/hooks';
import type { StoryFilter } from '../../src/storage/story-filter';
import { queryEngine } from '../../src/query/query-client';
import { useEngineChanges } from '../../src/query/use-engine-changes';

/** The search box and the filter it feeds: typing waits a moment before searching, so each key does not start a query. */
export function useSearchFilter() {
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<StoryFilter>({});
  useEffect(() => {
    const timer = setTimeout(() => setFilter((f) => ((f.text ?? '') === search ? f : { ...f, text: search })), 200);
    return () => clearTimeout(timer);
  }, [search]);
  return { search, setSearch, filter, setFilter };
}

/** The counts beside each term and the list of origins, for the filter panel. */
export function useFilterCounts(filter: StoryFilter, version: number, listed: boolean) {
  const [counts, setCounts] = useState<Map<string, number>>(new Map());
  const [origins, setOrigins] = useState<string[]>([]);
  const changes = useEngineChanges();
  useEffect(() => {
    // The worker counts (popcounts of bitsets): asked once the first rows are on screen, not before.
    if (!listed) return;
    void queryEngine.termCounts(filter).then(setCounts, () => undefined);
    void queryEngine.origins().then(setOrigins, () => undefined);
  }, [JSON.stringify(filter), version, changes, listed]);
  return { counts, origins };
}
