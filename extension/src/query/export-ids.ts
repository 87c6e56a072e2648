// The engine's answer to the same filter as storage/matching-ids.ts, in export order; the export does not call it yet (that would load the engine in the exchange worker), the query-host test does.
import { StoryFilterSchema, type StoryFilter } from '../storage/story-filter';
import { loadIndex } from './load-index';

/**
 * The ids of the stories that match the filter, in export order (oldest first, ties by id: the
 * order of every file the exchange package writes), from the query engine. Loads the engine in
 * the calling context: from the cached snapshot when it is current, else from the rows.
 */
export async function exportIds(filter: StoryFilter = {}, dbName?: string): Promise<string[]> {
  const parsed = StoryFilterSchema.parse(filter);
  const loaded = await loadIndex(dbName, { wordsLater: true });
  if (parsed.text?.trim()) await loaded.words();
  return loaded.index.idsOldestFirst(parsed);
}
