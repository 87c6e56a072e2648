import { useEffect, useState } from 'preact/hooks';
import { countOverview, type OverviewCounts } from '../../src/overview/count-overview';
import { queryEngine } from '../../src/query/query-client';
import { useEngineChanges } from '../../src/query/use-engine-changes';
import type { StoryFilter } from '../../src/storage/story-filter';
import { storageProblem } from '../../src/ui/storage-problem';

export interface Progress {
  counted: number;
  total?: number;
}

/**
 * The counts behind the charts, the counting's progress and the filter panel's term counts and
 * origins, counted again when the filter or the stories change. A failure lands in `problem`,
 * which the charts may set too.
 */
export function useOverviewCounts(filter: StoryFilter) {
  const [counts, setCounts] = useState<OverviewCounts | undefined>();
  const [progress, setProgress] = useState<Progress>({ counted: 0 });
  const [termTotals, setTermTotals] = useState<Map<string, number>>(new Map());
  const [origins, setOrigins] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const changes = useEngineChanges();
  useEffect(() => {
    const controller = new AbortController();
    setCounts(undefined);
    setProgress({ counted: 0 });
    // A failure (e.g. a database that could not be upgraded) is shown, never only logged.
    const failed = (error: unknown) => setProblem(storageProblem(error));
    void countOverview(filter, { signal: controller.signal, onProgress: (counted) => setProgress({ counted, total: counted }) })
      .then((result) => result && setCounts(result))
      .catch(failed);
    void queryEngine.termCounts(filter).then((c) => !controller.signal.aborted && setTermTotals(c), failed);
    void queryEngine.origins().then(setOrigins, failed);
    return () => controller.abort();
  }, [JSON.stringify(filter), changes]);
  return { counts, progress, termTotals, origins, problem, setProblem };
}
