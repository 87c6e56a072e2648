import { StoryFilterSchema, type StoryFilter } from '../storage/story-filter';
import { loadIndex } from './load-index';

/**
 * The ids of the stories that match the filter, in export order (oldest first, ties by id: the
 * order of every file the exchange package writes), from the query engine: for the export
 * pipeline (storage/story-stream.ts), which then reads the stories by key in batches. Loads the
 * engine in the calling context (the exchange worker): from the cached snapshot when it is
 * current, else from the rows.
 */
export async function exportIds(filter: StoryFilter = {}, dbName?: string): Promise<string[]> {
  const parsed = StoryFilterSchema.parse(filter);
  const loaded = await loadIndex(dbName, { wordsLater: true });
  if (parsed.text?.trim()) await loaded.words();
  return loaded.index.idsOldestFirst(parsed);
}
