import { listFacets, listTerms, LATEST_VERSION } from '@vertelpunt/taxonomy';
import { storyCount, t, termLanguage } from '../i18n';
import type { StoryFilter } from '../storage/story-filter';

interface Props {
  filter: StoryFilter;
  onChange: (filter: StoryFilter) => void;
  counts: ReadonlyMap<string, number>;
  origins: readonly string[];
}

/** Filters beside the list: terms (any/all) with how many stories carry each, dates, origin. */
export function FilterPanel({ filter, onChange, counts, origins }: Props) {
  const lang = termLanguage();
  const chosen = filter.terms ?? [];
  const toggle = (id: string) => onChange({ ...filter, terms: chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id] });
  return (
    <aside class="filters" aria-label={t('filtersLabel')}>
      <fieldset>
        <legend>{t('filterMatch')}</legend>
        {(['any', 'all'] as const).map((mode) => (
          <label class="radio" key={mode}>
            <input
              type="radio"
              name="term-mode"
              checked={(filter.termMode ?? 'any') === mode}
              onChange={() => onChange({ ...filter, termMode: mode })}
            />
            {t(mode === 'any' ? 'filterAny' : 'filterAll')}
          </label>
        ))}
      </fieldset>
      {listFacets(LATEST_VERSION).map((facet) => (
        <fieldset key={facet.id} class="facet-filter">
          <legend>{facet.label[lang]}</legend>
          {listTerms({ version: LATEST_VERSION, facet: facet.id }).map((term) => (
            <label class={`radio${term.parent ? ' sub-term' : ''}`} key={term.id}>
              <input type="checkbox" checked={chosen.includes(term.id)} onChange={() => toggle(term.id)} data-term-id={term.id} />
              <span>{term.label[lang]}</span>
              <span class="count" aria-label={storyCount(counts.get(term.id) ?? 0)}>
                {counts.get(term.id) ?? 0}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('filterPeriod')}</legend>
        <label for="filter-from">{t('filterFrom')}</label>
        <input
          id="filter-from"
          type="date"
          value={filter.from?.slice(0, 10) ?? ''}
          onChange={(e) => onChange({ ...filter, from: e.currentTarget.value ? `${e.currentTarget.value}T00:00:00.000Z` : undefined })}
        />
        <label for="filter-to">{t('filterTo')}</label>
        <input
          id="filter-to"
          type="date"
          value={filter.to?.slice(0, 10) ?? ''}
          onChange={(e) => onChange({ ...filter, to: e.currentTarget.value ? `${e.currentTarget.value}T23:59:59.999Z` : undefined })}
        />
      </fieldset>
      <label for="filter-origin">{t('filterOrigin')}</label>
      <select
        id="filter-origin"
        value={filter.origin ?? ''}
        onChange={(e) => onChange({ ...filter, origin: e.currentTarget.value || undefined })}
      >
        <option value="">{t('filterAllOrigins')}</option>
        {origins.map((origin) => (
          <option key={origin} value={origin}>
            {origin}
          </option>
        ))}
      </select>
    </aside>
  );
}
