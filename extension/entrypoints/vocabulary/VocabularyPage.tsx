import { useMemo, useState } from 'preact/hooks';
import {
  LATEST_VERSION,
  listFacets,
  listTerms,
  listVersions,
  searchTerms,
  toCsv,
  toQdc,
  toSkosJsonLd,
  type Term,
  type VersionId,
} from '@vertelpunt/taxonomy';
import { saveFile } from '../../src/browser/save-file';
import { plural, t, termLanguage } from '../../src/i18n';

/** The vocabulary as files for analysis tools: the REFI-QDA codebook, SKOS, a table. */
const DOWNLOADS = [
  {
    key: 'vocabularyDownloadQdc',
    extension: 'qdc',
    type: 'application/xml',
    make: (version: VersionId, language: 'nl' | 'en') => toQdc({ version, language }),
  },
  {
    key: 'vocabularyDownloadSkos',
    extension: 'jsonld',
    type: 'application/ld+json',
    make: (version: VersionId) => `${JSON.stringify(toSkosJsonLd({ versions: [version] }), null, 2)}\n`,
  },
  { key: 'vocabularyDownloadCsv', extension: 'csv', type: 'text/csv;charset=utf-8', make: (version: VersionId) => toCsv({ version }) },
] as const;

function TermItem({ term, terms, lang }: { term: Term; terms: readonly Term[]; lang: 'nl' | 'en' }) {
  const children = terms.filter((c) => c.parent === term.id);
  return (
    <li class="term" data-term-id={term.id}>
      <span class="term-label">
        {term.notation && <span class="notation">{term.notation}. </span>}
        {term.label[lang]}
      </span>
      <p class="term-description">{term.description[lang]}</p>
      {/* The vocabulary's search words are Dutch only: shown in the Dutch interface alone. */}
      {lang === 'nl' && term.keywords.length > 0 && <p class="term-keywords">{term.keywords.join(' · ')}</p>}
      {children.length > 0 && (
        <ul>
          {children.map((child) => (
            <TermItem key={child.id} term={child} terms={terms} lang={lang} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Shows the vocabulary of the taxonomy package: every facet of a version with its terms. */
export function VocabularyPage() {
  const lang = termLanguage();
  const [version, setVersion] = useState<VersionId>(LATEST_VERSION);
  const [query, setQuery] = useState('');
  const terms = useMemo(() => {
    if (!query.trim()) return listTerms({ version });
    // Keep matching sub-points' parents, so a hit is shown where it sits.
    const hits = new Set(searchTerms(query, { version }).map((h) => h.term.id));
    const all = listTerms({ version });
    for (const term of all) if (hits.has(term.id) && term.parent) hits.add(term.parent);
    return all.filter((term) => hits.has(term.id));
  }, [version, query]);

  return (
    <>
      <header>
        <h1>{t('vocabularyTitle')}</h1>
        <p>{t('vocabularyIntro')}</p>
        <label>
          {t('versionLabel')}{' '}
          <select value={version} onChange={(e) => setVersion(e.currentTarget.value as VersionId)}>
            {listVersions().map((v) => (
              <option key={v.id} value={v.id}>
                {v.title[lang]} ({v.published}){v.isLatest ? `, ${t('latestVersion')}` : ''}
              </option>
            ))}
          </select>
        </label>{' '}
        <input
          type="search"
          aria-label={t('searchLabel')}
          placeholder={`${t('searchLabel')}…`}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <p class="count" aria-live="polite">
          {plural(terms.length, { one: 'termCountOne', other: 'termCount' })}
        </p>
        <p class="downloads">
          {DOWNLOADS.map((d) => (
            <button
              key={d.key}
              type="button"
              onClick={() =>
                saveFile(new Blob([d.make(version, lang)], { type: d.type }), `vertelpunt-woordenlijst-${version}.${d.extension}`)
              }
            >
              {t(d.key)}
            </button>
          ))}
        </p>
      </header>
      {listFacets(version).map((facet) => {
        const top = terms.filter((term) => term.facet === facet.id && (!term.parent || !terms.some((p) => p.id === term.parent)));
        if (top.length === 0) return null;
        return (
          <section key={facet.id} class="facet" data-facet={facet.id} aria-labelledby={`facet-${facet.id}`}>
            <h2 id={`facet-${facet.id}`}>{facet.label[lang]}</h2>
            <p class="facet-description">{facet.description[lang]}</p>
            <ul>
              {top.map((term) => (
                <TermItem key={term.id} term={term} terms={terms} lang={lang} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
