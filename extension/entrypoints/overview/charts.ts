import * as Plot from '@observablehq/plot';
import type { ChartRow } from '../../src/overview/chart-data';

// The charts, drawn by Observable Plot: bars (the terms of a facet, pairs of terms) and a line of
// months. Each returns an <svg role="img"> named by `ariaLabel`; the table below each chart
// carries the same numbers for screen readers.

const BLUE = '#1f5fbf';
/** Plot's default 10px system-ui averages about this wide per character. */
const CHAR = 6;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const marginFor = (labels: readonly string[], max: number) => Math.min(max, Math.max(4, ...labels.map((l) => l.length))) * CHAR + 14;

function asImage(svg: SVGSVGElement | HTMLElement, ariaLabel: string): SVGSVGElement {
  // Plot returns a bare <svg> unless asked for a legend or title, which these charts are not.
  const root = svg as SVGSVGElement;
  // Plot names its mark groups with aria-label; inside role="img" those names are never read
  // and a <g> may not carry one (axe: aria-prohibited-attr). Kept as data-mark for styling and tests.
  for (const named of root.querySelectorAll('[aria-label]')) {
    named.setAttribute('data-mark', named.getAttribute('aria-label')!);
    named.removeAttribute('aria-label');
  }
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', ariaLabel);
  return root;
}

interface BarOptions {
  ariaLabel: string;
  axisLabel: string;
  format: (n: number) => string;
  /** Drawn width in px (default 760); labels are clipped to `maxLabel` characters (default 42). */
  width?: number;
  maxLabel?: number;
}

/** Horizontal bars: stories per term (or pair of terms), largest first, the count at the end of each bar. */
export function termBarChart(
  rows: readonly ChartRow[],
  { ariaLabel, axisLabel, format, width = 760, maxLabel = 42 }: BarOptions,
): SVGSVGElement {
  const data = rows.filter((r) => r.stories !== null);
  const labels = data.map((r) => r.label);
  return asImage(
    Plot.plot({
      width,
      height: 30 + data.length * 24,
      marginLeft: marginFor(labels, maxLabel),
      marginRight: 40,
      x: { label: `${axisLabel} →`, grid: true, nice: true },
      y: { domain: labels, label: null, tickFormat: (l: string) => clip(l, maxLabel) },
      marks: [
        Plot.barX(data, { x: 'stories', y: 'label', fill: BLUE, title: (r: ChartRow) => `${r.label}: ${format(r.stories!)}` }),
        Plot.text(data, { x: 'stories', y: 'label', text: (r: ChartRow) => format(r.stories!), textAnchor: 'start', dx: 4 }),
        Plot.ruleX([0]),
      ],
    }),
    ariaLabel,
  );
}

/** A line of stories per month; months left out break the line and get a dashed rule. */
export function monthLineChart(
  rows: readonly ChartRow[],
  {
    ariaLabel,
    axisLabel,
    tickLabel,
    format,
  }: { ariaLabel: string; axisLabel: string; tickLabel: (month: string) => string; format: (n: number) => string },
): SVGSVGElement {
  const months = rows.map((r) => r.key);
  // One tick label per month up to a year; beyond that every few months, so they do not overlap.
  const step = Math.max(1, Math.ceil(months.length / 12));
  const counted = rows.filter((r) => r.stories !== null);
  return asImage(
    Plot.plot({
      width: 760,
      height: 300,
      marginLeft: 50,
      marginBottom: 40,
      x: {
        type: 'point',
        domain: months,
        label: null,
        tickFormat: (m: string, i: number) => (i % step === 0 ? tickLabel(m) : ''),
        padding: 0.3,
      },
      y: { label: `↑ ${axisLabel}`, grid: true, zero: true, nice: true },
      marks: [
        Plot.ruleY([0]),
        Plot.ruleX(
          rows.filter((r) => r.stories === null),
          { x: 'key', stroke: '#6b6b6b', strokeDasharray: '4,3' },
        ),
        Plot.lineY(rows, { x: 'key', y: (r: ChartRow) => r.stories ?? NaN, stroke: BLUE, strokeWidth: 2 }),
        Plot.dot(counted, { x: 'key', y: 'stories', fill: BLUE, r: 3, title: (r: ChartRow) => `${r.label}: ${format(r.stories!)}` }),
      ],
    }),
    ariaLabel,
  );
}
