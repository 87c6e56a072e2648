import { useEffect, useMemo, useState } from 'preact/hooks';
import { filterFromHash, filterHash } from '../../src/overview/overview-url';
import type { StoryFilter } from '../../src/storage/story-filter';

/** The filter and search box of the overview, kept in step with the address (the library's link carries the filter). */
export function useAddressFilter() {
  const initial = useMemo(() => filterFromHash(location.hash), []);
  const [filter, setFilter] = useState<StoryFilter>(initial.filter ?? {});
  const [search, setSearch] = useState(initial.filter?.text ?? '');
  const [hashInvalid, setHashInvalid] = useState(Boolean(initial.invalid));

  // Typing waits a moment before counting again, as in the library.
  useEffect(() => {
    const timer = setTimeout(() => setFilter((f) => ((f.text ?? '') === search ? f : { ...f, text: search })), 200);
    return () => clearTimeout(timer);
  }, [search]);

  // The address follows the filter (replaced, not pushed: a filter click is no page to go back to).
  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    const hash = filterHash(filter);
    if (hash !== location.hash && !(hash === '' && !location.hash))
      history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }, [filterKey]);
  // …and the filter follows the address when a person edits it or opens a link on this page.
  useEffect(() => {
    const onHash = () => {
      const read = filterFromHash(location.hash);
      setHashInvalid(Boolean(read.invalid));
      if (read.invalid) return;
      setFilter(read.filter ?? {});
      setSearch(read.filter?.text ?? '');
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return { filter, setFilter, search, setSearch, hashInvalid };
}
