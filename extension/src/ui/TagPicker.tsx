import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getTerm, listFacets, listTerms, searchTerms, suggestTerms, type Term, type TermId, type VersionId } from '@vertelpunt/taxonomy';
import { t, termLanguage } from '../i18n';

export interface TagPickerProps {
  version: VersionId;
  selected: readonly string[];
  onChange: (terms: string[]) => void;
  /** The clipped text: suggestions ranked on the device (suggestTerms) come from it. */
  text?: string;
  /** Recently used term ids, newest first. */
  recent?: readonly string[];
  /** id prefix, so two pickers on one page keep unique element ids. */
  idPrefix?: string;
  /**
   * Numbers the suggestions 1–5 and lets one key toggle each (see suggestionKeyOf); the
   * suggestions keep their place when chosen, so the same key chooses and unchooses.
   */
  suggestionKeys?: boolean;
  /** When given, the full term list opens on demand (the list of matches still shows while searching). */
  tree?: { open: boolean; onToggle: (open: boolean) => void };
}

/** How many suggestions a picker shows (and numbers, with suggestionKeys). */
const SUGGESTIONS = 5;

/** An element the user types text into, where a plain digit must stay a digit. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

/**
 * The suggestion a key press chooses (1-based), or undefined: Alt+1…5 anywhere; a plain 1…5
 * where it types nothing (a button, a chip) or in the empty term search box, where the user is
 * about to choose a term anyway.
 */
export function suggestionKeyOf(event: KeyboardEvent, searchBox: HTMLInputElement | null): number | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
  if (!digit || Number(digit) > SUGGESTIONS) return undefined;
  if (event.altKey) return Number(digit);
  if (!isTextEntry(event.target)) return Number(digit);
  return event.target === searchBox && searchBox?.value === '' ? Number(digit) : undefined;
}

/**
 * Picks terms of one vocabulary version: type to filter (labels and keywords, nl/en, no matter
 * accents), arrows to move, Enter or Space to toggle. Shows the focused term's description,
 * recently used terms and suggestions from the text.
 */
export function TagPicker({
  version,
  selected,
  onChange,
  text = '',
  recent = [],
  idPrefix = 'tags',
  suggestionKeys = false,
  tree,
}: TagPickerProps) {
  const lang = termLanguage();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<TermId | undefined>();
  /** Arrow down from the search box opens a closed list for this visit, without changing what is remembered. */
  const [browsing, setBrowsing] = useState(false);
  const pendingFocus = useRef<TermId | undefined>(undefined);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const listShown = !tree || tree.open || browsing || query.trim() !== '';

  const visible: readonly Term[] = useMemo(() => {
    if (!query.trim()) return listTerms({ version });
    const hits = new Set<string>(searchTerms(query, { version }).map((h) => h.term.id));
    return listTerms({ version }).filter((term) => hits.has(term.id));
  }, [query, version]);
  const ranked = useMemo(() => (text ? suggestTerms(text, { version, limit: SUGGESTIONS }) : []), [text, version]);
  const suggestions = suggestionKeys ? ranked : ranked.filter((s) => !selected.includes(s.term.id));
  const recentTerms = recent
    .map((id) => getTerm(id, version))
    .filter((term): term is Term => term?.status === 'active' && !selected.includes(term.id))
    .slice(0, 6);
  const activeTerm = active ? getTerm(active, version) : undefined;

  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  const optionId = (id: string) => `${idPrefix}-option-${id}`;
  const focusOption = (id: TermId | undefined) => {
    if (!id) return;
    setActive(id);
    const option = document.getElementById(optionId(id));
    if (option) option.focus();
    else pendingFocus.current = id; // the list opens on this render: focus once it is there
  };
  // Before the next key press arrives: a layout effect runs as the list is put in the page.
  useLayoutEffect(() => {
    if (!pendingFocus.current || !listShown) return;
    document.getElementById(optionId(pendingFocus.current))?.focus();
    pendingFocus.current = undefined;
  });

  // The handler reads the render it belongs to; one listener for the page's lifetime calls the latest.
  const latest = useRef({ suggestions, toggle });
  latest.current = { suggestions, toggle };
  useEffect(() => {
    if (!suggestionKeys) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const key = suggestionKeyOf(event, searchRef.current);
      const chosen = key === undefined ? undefined : latest.current.suggestions[key - 1];
      if (!chosen) return;
      event.preventDefault(); // Alt+digit would otherwise switch browser tabs on Linux
      latest.current.toggle(chosen.term.id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [suggestionKeys]);

  const onListKeyDown = (event: KeyboardEvent) => {
    const index = visible.findIndex((term) => term.id === active);
    if (event.key === 'ArrowDown') focusOption(visible[Math.min(visible.length - 1, index + 1)]?.id);
    else if (event.key === 'ArrowUp') {
      if (index <= 0) searchRef.current?.focus();
      else focusOption(visible[index - 1]?.id);
    } else if (event.key === 'Home') focusOption(visible[0]?.id);
    else if (event.key === 'End') focusOption(visible[visible.length - 1]?.id);
    else if ((event.key === ' ' || event.key === 'Enter') && !event.ctrlKey && !event.metaKey && active) toggle(active);
    else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing in the list goes on typing in the search box.
      setQuery(query + event.key);
      searchRef.current?.focus();
    } else return;
    event.preventDefault();
  };

  const onSearchKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && visible[0]) {
      event.preventDefault();
      if (!listShown) setBrowsing(true);
      focusOption(active && visible.some((v) => v.id === active) ? active : visible[0].id);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && visible.length > 0) {
      // Enter in the search box toggles the best match: type "armo", Enter, done.
      event.preventDefault();
      toggle(visible[0]!.id);
      setQuery('');
    }
  };

  const chip = (term: Term, label: string, hint?: string) => (
    <button
      type="button"
      class="chip"
      key={term.id}
      onClick={() => toggle(term.id)}
      title={hint ?? term.description[lang]}
      data-term-id={term.id}
    >
      {label}
    </button>
  );

  return (
    <div class="tag-picker">
      <ul class="selected-tags" aria-label={t('selectedTags')}>
        {selected.length === 0 && <li class="hint">{t('storyNeedsTag')}</li>}
        {selected.map((id) => {
          const term = getTerm(id, version);
          return (
            <li key={id}>
              <button
                type="button"
                class="chip chip-selected"
                onClick={() => toggle(id)}
                aria-label={t('removeTag', term?.label[lang] ?? id)}
                data-term-id={id}
              >
                {term?.label[lang] ?? id} <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
      {suggestions.length > 0 && (
        <div class="suggestions" role="group" aria-label={t('suggestedTags')}>
          <span class="chip-group-label">{t('suggestedTags')}:</span>
          {suggestionKeys
            ? suggestions.map((s, index) => {
                const on = selected.includes(s.term.id);
                return (
                  <button
                    type="button"
                    class={`chip chip-suggestion${on ? ' chip-on' : ''}`}
                    key={s.term.id}
                    aria-pressed={on}
                    aria-keyshortcuts={`${index + 1} Alt+${index + 1}`}
                    onClick={() => toggle(s.term.id)}
                    title={`${s.term.description[lang]} (${s.matched.join(', ')})`}
                    data-term-id={s.term.id}
                  >
                    <kbd class="chip-key" aria-hidden="true">
                      {index + 1}
                    </kbd>{' '}
                    {s.term.label[lang]}
                  </button>
                );
              })
            : suggestions.map((s) => chip(s.term, `+ ${s.term.label[lang]}`, `${s.term.description[lang]} (${s.matched.join(', ')})`))}
        </div>
      )}
      {recentTerms.length > 0 && (
        <div class="recent" role="group" aria-label={t('recentTags')}>
          <span class="chip-group-label">{t('recentTags')}:</span>
          {recentTerms.map((term) => chip(term, `+ ${term.label[lang]}`))}
        </div>
      )}
      <label for={`${idPrefix}-search`}>{t('searchTerms')}</label>
      <input
        id={`${idPrefix}-search`}
        ref={searchRef}
        type="search"
        autocomplete="off"
        value={query}
        aria-controls={listShown ? `${idPrefix}-list` : undefined}
        aria-describedby={`${idPrefix}-keys`}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onSearchKeyDown}
      />
      <p id={`${idPrefix}-keys`} class="keys-hint">
        {t(suggestionKeys ? 'tagPickerKeysNumbered' : 'tagPickerKeys')}
      </p>
      {tree && (
        <button
          type="button"
          class="tree-toggle"
          aria-expanded={tree.open}
          onClick={() => tree.onToggle(!tree.open)}
          data-disclosure="allTerms"
        >
          {t('allTermsToggle')}
        </button>
      )}
      {listShown && visible.length === 0 && <p class="hint">{t('noTermsFound')}</p>}
      {listShown && (
        <div
          id={`${idPrefix}-list`}
          ref={listRef}
          class="term-options"
          role="listbox"
          aria-multiselectable="true"
          aria-label={t('vocabularyTitle')}
          onKeyDown={onListKeyDown}
        >
          {listFacets(version).map((facet) => {
            const terms = visible.filter((term) => term.facet === facet.id);
            if (terms.length === 0) return null;
            const headingId = `${idPrefix}-facet-${facet.id}`;
            return (
              <div key={facet.id} role="group" aria-labelledby={headingId} class="facet-group">
                <div role="presentation" class="facet-heading" id={headingId}>
                  {facet.label[lang]}
                </div>
                {terms.map((term) => (
                  <div
                    key={term.id}
                    id={optionId(term.id)}
                    role="option"
                    aria-selected={selected.includes(term.id)}
                    tabIndex={term.id === (active ?? visible[0]?.id) ? 0 : -1}
                    class={`term-option${term.parent ? ' sub-term' : ''}`}
                    data-term-id={term.id}
                    onClick={() => {
                      setActive(term.id);
                      toggle(term.id);
                    }}
                    onFocus={() => setActive(term.id)}
                  >
                    <span class="check" aria-hidden="true">
                      {selected.includes(term.id) ? '☑' : '☐'}
                    </span>
                    {term.notation ? `${term.notation}. ` : ''}
                    {term.label[lang]}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      )}
      {listShown && (
        <div class="term-description" aria-live="polite">
          {activeTerm && (
            <>
              <strong>{activeTerm.label[lang]}</strong>: {activeTerm.description[lang]}
            </>
          )}
        </div>
      )}
    </div>
  );
}
