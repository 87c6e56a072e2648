import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_MIN_GROUP, type CountTable } from '@vertelpunt/exchange';
import { getTerm, LATEST_VERSION, listTerms } from '@vertelpunt/taxonomy';
import { storyCount, t, termLanguage } from '../../src/i18n';
import { heatMap, monthSeries, termBars } from '../../src/overview/chart-data';
import { countOverview, type OverviewCounts } from '../../src/overview/count-overview';
import { filterFromHash, filterHash } from '../../src/overview/overview-url';
import { countStories, listOrigins, termCounts } from '../../src/storage/stories';
import { filtersAnything, type StoryFilter } from '../../src/storage/story-filter';
import { streamStories } from '../../src/storage/story-stream';
import { storageProblem } from '../../src/ui/storage-problem';
import { useEffectiveSettings } from '../../src/settings/use-effective-settings';
import { useUnreadable } from '../../src/ui/use-unreadable';
import { FilterPanel } from '../library/FilterPanel';
import { ChartFigure } from './ChartFigure';
import { monthLineChart, pairHeatMap, termBarChart } from './charts';

/** The latest vocabulary's terms, in its order: the filter panel's and the heat map's axes. */
const TERM_ORDER = listTerms({ version: LATEST_VERSION }).map((term) => term.id);

interface Progress {
  counted: number;
  total?: number;
}

const parseMinGroup = (text: string) => {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
};

/** The charts page: stories per term, pairs of terms and stories per month, for the library's filters. */
export function OverviewPage() {
  const initial = useMemo(() => filterFromHash(location.hash), []);
  const [filter, setFilter] = useState<StoryFilter>(initial.filter ?? {});
  const [search, setSearch] = useState(initial.filter?.text ?? '');
  const [hashInvalid, setHashInvalid] = useState(Boolean(initial.invalid));
  const [minText, setMinText] = useState(String(DEFAULT_MIN_GROUP));
  const [chosenMinGroup, setMinGroup] = useState(DEFAULT_MIN_GROUP);
  // The organisation's smallest group is a floor: the user may raise it, never go below it.
  const settings = useEffectiveSettings();
  const floor = settings?.minimumGroupSize ?? 1;
  const minGroup = Math.max(chosenMinGroup, floor);
  useEffect(() => setMinText((text) => (Number(text) < floor ? String(floor) : text)), [floor]);
  const [counts, setCounts] = useState<OverviewCounts | undefined>();
  const [progress, setProgress] = useState<Progress>({ counted: 0 });
  const [termTotals, setTermTotals] = useState<Map<string, number>>(new Map());
  const [origins, setOrigins] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const unreadable = useUnreadable();

  const lang = termLanguage();
  const number = useMemo(() => new Intl.NumberFormat(lang), [lang]);
  const format = (n: number) => number.format(n);
  const monthName = useMemo(() => {
    const long = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const at = (month: string) => new Date(`${month}-01T00:00:00Z`);
    return { long: (m: string) => long.format(at(m)), short: (m: string) => short.format(at(m)) };
  }, [lang]);
  const termLabel = (id: string) => getTerm(id, LATEST_VERSION)?.label[lang] ?? id;

  // Typing waits a moment before counting again, as in the library.
  useEffect(() => {
    const timer = setTimeout(() => setFilter((f) => ((f.text ?? '') === search ? f : { ...f, text: search })), 200);
    return () => clearTimeout(timer);
  }, [search]);

  // The address follows the filter (replaced, not pushed: a filter click is no page to go back to).
  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    const hash = filterHash(filter);
    if (hash !== location.hash && !(hash === '' && !location.hash)) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
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

  useEffect(() => {
    const controller = new AbortController();
    setCounts(undefined);
    setProgress({ counted: 0 });
    // A failure (e.g. a database that could not be upgraded) is shown, never only logged.
    const failed = (error: unknown) => setProblem(storageProblem(error));
    void countStories(filter).then((total) => !controller.signal.aborted && setProgress((p) => ({ ...p, total })), failed);
    void countOverview(streamStories(filter), { signal: controller.signal, onProgress: (counted) => setProgress((p) => ({ ...p, counted })) })
      .then((result) => result && setCounts(result))
      .catch(failed);
    void termCounts(filter, TERM_ORDER).then((c) => !controller.signal.aborted && setTermTotals(c), failed);
    void listOrigins().then(setOrigins, failed);
    return () => controller.abort();
  }, [filterKey]);

  const tables = useMemo(
    () => counts && settings && { terms: counts.terms.table(minGroup), pairs: counts.pairs.table(minGroup), months: counts.months.table(minGroup) },
    [counts, minGroup, settings],
  );
  const charts = useMemo(() => {
    if (!tables) return undefined;
    const bars = termBars(tables.terms, termLabel);
    const pairs = heatMap(tables.pairs, termLabel, TERM_ORDER);
    const months = monthSeries(tables.months, monthName.long);
    const topBar = bars[0];
    const topPair = tables.pairs.rows[0] && pairs.rows[0];
    const counted = months.filter((m) => m.stories !== null && m.stories > 0);
    const topMonth = counted.reduce<(typeof counted)[number] | undefined>((top, m) => (!top || m.stories! > top.stories! ? m : top), undefined);
    return {
      bars,
      pairs,
      months,
      barSvg: topBar
        ? termBarChart(bars, { ariaLabel: t('overviewTermsSummary', [format(bars.length), topBar.label, format(topBar.stories!)]), axisLabel: t('overviewColStories'), format })
        : undefined,
      pairSvg: topPair
        ? pairHeatMap(pairs, { ariaLabel: t('overviewPairsSummary', [format(tables.pairs.rows.length), topPair.label, format(topPair.stories!)]), leftOut: t('overviewLeftOut'), format })
        : undefined,
      monthSvg: topMonth
        ? monthLineChart(months, {
            ariaLabel: t('overviewMonthsSummary', [months[0]!.label, months[months.length - 1]!.label, topMonth.label, format(topMonth.stories!)]),
            axisLabel: t('overviewColStories'),
            tickLabel: monthName.short,
            format,
          })
        : undefined,
    };
  }, [tables]);

  const suppressedNote = (table: CountTable, partition = false) => {
    if (table.suppressed === 0) return [];
    if (table.suppressed === 1) return [t(partition ? 'overviewSuppressedMonthsOne' : 'overviewSuppressedOne', format(minGroup))];
    return [t(partition ? 'overviewSuppressedMonths' : 'overviewSuppressed', [format(table.suppressed), format(minGroup)])];
  };
  const filtered = filtersAnything(filter);
  const total = tables?.terms.total;

  return (
    <div class="overview">
      <header class="overview-header">
        <h1>{t('overviewTitle')}</h1>
        <label for="overview-search" class="visually-hidden">
          {t('overviewSearch')}
        </label>
        <input id="overview-search" type="search" placeholder={t('overviewSearch')} value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        <p class="count" role="status" aria-live="polite">
          {total !== undefined ? storyCount(total) : progress.total !== undefined ? t('overviewCounting', [format(progress.counted), format(progress.total)]) : ''}
        </p>
        <a class="to-library" href="library.html">
          {t('overviewToLibrary')}
        </a>
      </header>
      <div class="overview-body">
        <FilterPanel filter={filter} onChange={setFilter} counts={termTotals} origins={origins} />
        <main class="overview-main" aria-busy={!tables}>
          {hashInvalid && <p class="problems">{t('overviewHashInvalid')}</p>}
          {unreadable > 0 && <p role="status">{t('unreadableStories', String(unreadable))}</p>}
          {problem && (
            <p class="problems" role="alert">
              {problem}{' '}
              <button type="button" aria-label={t('close')} onClick={() => setProblem(undefined)}>
                ×
              </button>
            </p>
          )}
          <div class="min-group">
            <label for="min-group">{t('overviewMinGroup')}</label>
            <input
              id="min-group"
              type="number"
              min={floor}
              step={1}
              inputMode="numeric"
              aria-describedby="min-group-hint"
              value={minText}
              onInput={(e) => {
                setMinText(e.currentTarget.value);
                const n = parseMinGroup(e.currentTarget.value);
                if (n !== undefined) setMinGroup(n);
              }}
            />
            <p id="min-group-hint" class="hint">
              {t('overviewMinGroupHint')}
              {settings?.minimumGroupSize !== undefined && ` ${t('overviewMinGroupFloor', format(floor))}`}
            </p>
          </div>
          {!tables || !charts ? (
            <div class="counting">
              <progress aria-label={t('overviewCountingLabel')} max={progress.total || 1} value={progress.total ? progress.counted : undefined} />
            </div>
          ) : total === 0 && !filtered ? (
            <section class="empty-state">
              <h2>{t('emptyTitle')}</h2>
              <p>{t('overviewEmptyText')}</p>
              <p>
                <a href="library.html">{t('overviewToLibrary')}</a>
              </p>
            </section>
          ) : total === 0 ? (
            <p class="empty-state">{t('noMatches')}</p>
          ) : (
            <>
              <ChartFigure id="termen" title={t('overviewTermsTitle')} svg={charts.barSvg} rows={charts.bars} column={t('overviewColTerm')} notes={suppressedNote(tables.terms)} format={format} onError={setProblem} />
              <ChartFigure
                id="paren"
                title={t('overviewPairsTitle')}
                svg={charts.pairSvg}
                rows={charts.pairs.rows.filter((r) => r.stories !== null)}
                column={t('overviewColPair')}
                notes={[...suppressedNote(tables.pairs), ...(charts.pairSvg ? [t('overviewPairsLegend')] : [])]}
                format={format}
                onError={setProblem}
              />
              <ChartFigure
                id="maanden"
                title={t('overviewMonthsTitle')}
                svg={charts.monthSvg}
                rows={charts.months}
                column={t('overviewColMonth')}
                notes={[...suppressedNote(tables.months, true), t('overviewMonthsLegend')]}
                format={format}
                onError={setProblem}
              />
            </>
          )}
        </main>
      </div>
    </div>
  );
}
