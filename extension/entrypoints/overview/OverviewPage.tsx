import { useMemo, useState } from 'preact/hooks';
import { getTerm, LATEST_VERSION } from '@vertelpunt/taxonomy';
import { plural, storyCount, t, termLanguage, uiFormat } from '../../src/i18n';
import { facetCharts, monthSeries, pairRows, type ChartRow } from '../../src/overview/chart-data';
import { filtersAnything } from '../../src/storage/story-filter';
import { useEffectiveSettings } from '../../src/settings/use-effective-settings';
import { useUnreadable } from '../../src/ui/use-unreadable';
import { FilterPanel } from '../../src/ui/FilterPanel';
import { ChartFigure } from './ChartFigure';
import { monthLineChart, termBarChart } from './charts';
import { useAddressFilter } from './use-address-filter';
import { useOverviewCounts } from './use-overview-counts';
import { useMinGroup } from './use-min-group';

/** Pairs of terms shown until the person asks for all: the ones that matter at a glance. */
export const TOP_PAIRS = 10;
/** Terms named in a facet's summary line. */
const SUMMARY_TERMS = 3;
/** Facet charts sit two to a row on a wide screen: drawn narrower than a chart of its own. */
const FACET_CHART = { width: 520, maxLabel: 36 };

/** The charts page: stories per term, pairs of terms and stories per month, for the library's filters. */
export function OverviewPage() {
  const { filter, setFilter, search, setSearch, hashInvalid } = useAddressFilter();
  // The organisation's smallest group is a floor: the user may raise it, never go below it.
  const settings = useEffectiveSettings();
  const floor = settings?.minimumGroupSize ?? 1;
  const { text: minText, input: inputMinGroup, minGroup } = useMinGroup(floor);
  const { counts, progress, termTotals, origins, problem, setProblem } = useOverviewCounts(filter);
  const [allPairs, setAllPairs] = useState(false);
  const unreadable = useUnreadable();

  const lang = termLanguage();
  const formats = uiFormat();
  const format = formats.number;
  const termLabel = (id: string) => getTerm(id, LATEST_VERSION)?.label[lang] ?? id;

  const tables = useMemo(
    () =>
      counts &&
      settings && { terms: counts.terms.table(minGroup), pairs: counts.pairs.table(minGroup), months: counts.months.table(minGroup) },
    [counts, minGroup, settings],
  );
  const charts = useMemo(() => {
    if (!tables) return undefined;
    const bars = (rows: readonly ChartRow[], ariaLabel: (top: ChartRow) => string, size = {}) =>
      rows[0] ? termBarChart(rows, { ariaLabel: ariaLabel(rows[0]), axisLabel: t('overviewColStories'), format, ...size }) : undefined;
    const facets = facetCharts(tables.terms, termLabel).map((chart) => {
      const title = chart.facet?.label[lang] ?? t('overviewOtherTerms');
      const named = chart.rows.slice(0, SUMMARY_TERMS).map((r) => t('overviewTermWithCount', [r.label, format(r.stories!)]));
      return {
        ...chart,
        id: chart.facet?.id ?? 'overig',
        title,
        summary:
          named.length === 0
            ? undefined
            : chart.suppressed === 0
              ? t('overviewFacetSummaryAll', formats.list(named))
              : t('overviewFacetSummary', [formats.list(named), format(chart.rows.length), format(chart.rows.length + chart.suppressed)]),
        svg: bars(
          chart.rows,
          (top) =>
            `${title}: ${plural(chart.rows.length, { one: 'overviewTermsSummaryOne', other: 'overviewTermsSummary' }, top.label, format(top.stories!))}`,
          FACET_CHART,
        ),
      };
    });
    const pairs = pairRows(tables.pairs, termLabel, allPairs ? undefined : TOP_PAIRS);
    const drawnPairs = pairs.rows.filter((r) => r.stories !== null);
    const months = monthSeries(tables.months, (m) => formats.month(m));
    const counted = months.filter((m) => m.stories !== null && m.stories > 0);
    const topMonth = counted.reduce<(typeof counted)[number] | undefined>(
      (top, m) => (!top || m.stories! > top.stories! ? m : top),
      undefined,
    );
    return {
      facets,
      pairs,
      months,
      pairSvg: bars(drawnPairs, (top) =>
        plural(drawnPairs.length, { one: 'overviewPairsSummaryOne', other: 'overviewPairsSummary' }, top.label, format(top.stories!)),
      ),
      monthSvg: topMonth
        ? monthLineChart(months, {
            ariaLabel: t('overviewMonthsSummary', [
              months[0]!.label,
              months[months.length - 1]!.label,
              topMonth.label,
              format(topMonth.stories!),
            ]),
            axisLabel: t('overviewColStories'),
            tickLabel: (m) => formats.month(m, 'short'),
            format,
          })
        : undefined,
      topMonth,
    };
  }, [tables, allPairs]);

  const suppressedNote = (suppressed: number, partition = false) =>
    suppressed === 0
      ? []
      : [
          plural(
            suppressed,
            partition
              ? { one: 'overviewSuppressedMonthsOne', other: 'overviewSuppressedMonths' }
              : { one: 'overviewSuppressedOne', other: 'overviewSuppressed' },
            format(minGroup),
          ),
        ];
  const filtered = filtersAnything(filter);
  const total = tables?.terms.total;

  return (
    <div class="overview">
      <header class="overview-header">
        <h1>{t('overviewTitle')}</h1>
        <label for="overview-search" class="visually-hidden">
          {t('overviewSearch')}
        </label>
        <input
          id="overview-search"
          type="search"
          placeholder={t('overviewSearch')}
          value={search}
          onInput={(e) => setSearch(e.currentTarget.value)}
        />
        <p class="count" role="status" aria-live="polite">
          {total !== undefined
            ? storyCount(total)
            : progress.total !== undefined
              ? t('overviewCounting', [format(progress.counted), format(progress.total)])
              : ''}
        </p>
        <a class="to-library" href="library.html">
          {t('overviewToLibrary')}
        </a>
      </header>
      <div class="overview-body">
        <FilterPanel filter={filter} onChange={setFilter} counts={termTotals} origins={origins} />
        <main class="overview-main" aria-busy={!tables}>
          {hashInvalid && <p class="problems">{t('overviewHashInvalid')}</p>}
          {unreadable > 0 && <p role="status">{plural(unreadable, { one: 'unreadableStoriesOne', other: 'unreadableStories' })}</p>}
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
              onInput={(e) => inputMinGroup(e.currentTarget.value)}
            />
            <p id="min-group-hint" class="hint">
              {t('overviewMinGroupHint')}
              {settings?.minimumGroupSize !== undefined && ` ${t('overviewMinGroupFloor', format(floor))}`}
            </p>
          </div>
          {!tables || !charts ? (
            <div class="counting">
              <progress
                aria-label={t('overviewCountingLabel')}
                max={progress.total || 1}
                value={progress.total ? progress.counted : undefined}
              />
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
              <section class="overview-facets" aria-labelledby="overview-terms-title">
                <h2 id="overview-terms-title">{t('overviewTermsTitle')}</h2>
                <p class="chart-summary">{t('overviewTermsIntro')}</p>
                <div class="facet-grid">
                  {charts.facets.map((chart) => (
                    <ChartFigure
                      key={chart.id}
                      id={`termen-${chart.id}`}
                      level={3}
                      title={chart.title}
                      summary={chart.summary}
                      svg={chart.svg}
                      rows={chart.rows}
                      column={t('overviewColTerm')}
                      notes={suppressedNote(chart.suppressed)}
                      format={format}
                      onError={setProblem}
                    />
                  ))}
                </div>
              </section>
              <ChartFigure
                id="paren"
                title={t('overviewPairsTitle')}
                summary={
                  charts.pairs.shown === 0
                    ? undefined
                    : allPairs || charts.pairs.shown <= TOP_PAIRS
                      ? plural(charts.pairs.shown, { one: 'overviewPairsAllShownOne', other: 'overviewPairsAllShown' })
                      : t('overviewPairsTopShown', [format(TOP_PAIRS), format(charts.pairs.shown)])
                }
                svg={charts.pairSvg}
                rows={charts.pairs.rows}
                column={t('overviewColPair')}
                notes={[...suppressedNote(charts.pairs.suppressed), ...(charts.pairSvg ? [t('overviewPairsLegend')] : [])]}
                format={format}
                onError={setProblem}
              >
                {(charts.pairs.shown > TOP_PAIRS || charts.pairs.suppressed > 0) && (
                  <button type="button" aria-pressed={allPairs} onClick={() => setAllPairs((all) => !all)}>
                    {allPairs
                      ? t('overviewPairsShowTop', format(TOP_PAIRS))
                      : t('overviewPairsShowAll', format(charts.pairs.shown + charts.pairs.suppressed))}
                  </button>
                )}
              </ChartFigure>
              <ChartFigure
                id="maanden"
                title={t('overviewMonthsTitle')}
                summary={charts.topMonth ? t('overviewMonthsTop', [charts.topMonth.label, format(charts.topMonth.stories!)]) : undefined}
                svg={charts.monthSvg}
                rows={charts.months}
                column={t('overviewColMonth')}
                notes={[...suppressedNote(tables.months.suppressed, true), t('overviewMonthsLegend')]}
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
