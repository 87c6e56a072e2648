import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { countTableCsv } from '@vertelpunt/exchange';
import { datedFilename, saveFile } from '../../src/browser/save-file';
import { t } from '../../src/i18n';
import type { ChartRow } from '../../src/overview/chart-data';
import { chartPngBlob, chartSvgText } from '../../src/overview/chart-image';

interface Props {
  /** Short id, also in the file names: vertelpunt-overzicht-<id>-<date>.svg */
  id: string;
  title: string;
  /** The heading's level: 2 for a chart of its own, 3 inside a group of charts. */
  level?: 2 | 3;
  /** What to read first: one line that says what the chart shows. */
  summary?: string;
  /** The chart, or undefined when every group was left out. */
  svg: SVGSVGElement | undefined;
  /** The same numbers as the chart, for the table and the CSV. */
  rows: readonly ChartRow[];
  /** Heading of the first column (term, pair, month). */
  column: string;
  /** What the chart leaves out, and how to read it. */
  notes: readonly string[];
  format: (n: number) => string;
  onError: (message: string) => void;
  /** Controls of this chart (e.g. show all pairs), after the downloads. */
  children?: ComponentChildren;
}

/**
 * One chart: caption with a summary line, the Plot SVG, SVG / PNG / CSV downloads, and its
 * numbers as a table one click away (closed, so the page reads at a glance; the chart's
 * accessible name carries the summary, and the table is the chart for screen readers).
 */
export function ChartFigure({ id, title, level = 2, summary, svg, rows, column, notes, format, onError, children }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    host.current?.replaceChildren(...(svg ? [svg] : []));
  }, [svg]);
  const fileName = (extension: string) => datedFilename(`overzicht-${id}`, extension);
  const download = async (make: () => Blob | Promise<Blob>, extension: string) => {
    try {
      saveFile(await make(), fileName(extension));
    } catch (error) {
      onError(t('overviewDownloadFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  return (
    <figure class="chart" id={`chart-${id}`}>
      <figcaption>
        <Heading>{title}</Heading>
        {summary && <p class="chart-summary">{summary}</p>}
      </figcaption>
      {notes.map((note) => (
        <p class="chart-note" key={note}>
          {note}
        </p>
      ))}
      {svg ? <div class="chart-plot" ref={host} /> : <p class="chart-nothing">{t('overviewNothingShown')}</p>}
      <div class="chart-actions" role="group" aria-label={`${t('overviewDownloads')}: ${title}`}>
        <span aria-hidden="true">{t('overviewDownloads')}:</span>
        <button
          type="button"
          disabled={!svg}
          onClick={() => void download(() => new Blob([chartSvgText(svg!)], { type: 'image/svg+xml' }), 'svg')}
        >
          SVG
        </button>
        <button type="button" disabled={!svg} onClick={() => void download(() => chartPngBlob(svg!), 'png')}>
          PNG
        </button>
        <button
          type="button"
          onClick={() => void download(() => new Blob([countTableCsv({ rows })], { type: 'text/csv;charset=utf-8' }), 'csv')}
        >
          CSV
        </button>
        {children}
      </div>
      <details class="chart-table">
        <summary>{t('overviewTableOf', title)}</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{column}</th>
              <th scope="col">{t('overviewColStories')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-key={row.key}>
                <th scope="row">{row.label}</th>
                <td class={row.stories === null ? 'left-out' : undefined}>
                  {row.stories === null ? t('overviewLeftOut') : format(row.stories)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
