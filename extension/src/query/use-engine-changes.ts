import { useEffect, useState } from 'preact/hooks';
import { queryEngine } from './query-client';

/** A number that goes up whenever another page or tab changed the stories: a dependency for views to load again. */
export function useEngineChanges(): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => queryEngine.onChange(() => setChanges((c) => c + 1)), []);
  return changes;
}
