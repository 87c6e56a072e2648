// The filter answered from IndexedDB's own indexes, no engine to load: the export (story-stream.ts) and the direct reads of stories.ts; the library's pages ask the query engine (src/query/).
import { queryWords } from '@vertelpunt/stories';
import { openVertelpuntDb } from './db';
import { StoryFilterSchema, type StoryFilter } from './story-filter';

/** Ids of the stories that match the filter, or undefined when the filter selects everything. */
export async function matchingIds(filter: StoryFilter): Promise<Set<string> | undefined> {
  const { text, terms, termMode, from, to, origin } = StoryFilterSchema.parse(filter);
  const db = await openVertelpuntDb();
  const store = db.transaction('stories').store;
  let ids: Set<string> | undefined;
  const narrow = (keys: Iterable<string>) => {
    const next = new Set(keys);
    ids = ids === undefined ? next : new Set([...ids].filter((id) => next.has(id)));
  };
  if (text?.trim()) {
    const { words, prefix } = queryWords(text);
    for (const word of words) narrow(await store.index('byWord').getAllKeys(word));
    if (prefix) narrow(await store.index('byWord').getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`)));
  }
  if (terms && terms.length > 0) {
    const perTerm = await Promise.all(terms.map((term) => store.index('byTerm').getAllKeys(term)));
    if (termMode === 'all') for (const keys of perTerm) narrow(keys);
    else narrow(perTerm.flat());
  }
  if (origin) narrow(await store.index('byOrigin').getAllKeys(origin));
  if (from || to) {
    const range = IDBKeyRange.bound([from ?? ''], [to ?? '\uffff', '\uffff']);
    narrow(await store.index('byCreated').getAllKeys(range));
  }
  return ids;
}
