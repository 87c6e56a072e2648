import { narrowingPart, StoryFilterSchema, type StoryFilter } from '../storage/story-filter';

// The overview's filter travels in the URL's hash, so the library can open the overview on the
// set it shows and a person can bookmark a view. The hash never reaches a server (and an
// extension page has none), but it does land in the browser history: it holds only what the
// person typed or chose, the same as the library's own search box.

const KEY = 'filter=';

/** The hash for a filter: `#filter=<encodeURIComponent(JSON)>`, or '' when it filters nothing. */
export function filterHash(filter: StoryFilter): string {
  // Only the parts that narrow anything, so the same view has one URL.
  const kept = narrowingPart(filter);
  return Object.keys(kept).length === 0 ? '' : `#${KEY}${encodeURIComponent(JSON.stringify(kept))}`;
}

/** The overview page showing the stories that match `filter`, relative to any extension page. */
export function overviewUrl(filter: StoryFilter = {}): string {
  return `overview.html${filterHash(filter)}`;
}

/** What a hash says: a filter, nothing, or something that is not a valid filter (ignored). */
export type HashFilter = { filter: StoryFilter; invalid?: undefined } | { filter?: undefined; invalid?: boolean };

/** Reads `#filter=…` (location.hash, with or without '#'), validated with the library's schema. */
export function filterFromHash(hash: string): HashFilter {
  const params = hash.replace(/^#/, '');
  if (!params.startsWith(KEY)) return params ? { invalid: true } : {};
  try {
    const parsed = StoryFilterSchema.safeParse(JSON.parse(decodeURIComponent(params.slice(KEY.length))));
    return parsed.success ? { filter: narrowingPart(parsed.data) } : { invalid: true };
  } catch {
    // Not URI-encoded or not JSON: a hand-edited or cut-off link.
    return { invalid: true };
  }
}
