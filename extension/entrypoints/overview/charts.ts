import * as Plot from '@observablehq/plot';
import type { ChartRow, HeatMap } from '../../src/overview/chart-data';

// The three charts, drawn by Observable Plot. Each returns an <svg role="img"> named by
// `ariaLabel`; the table below each chart carries the same numbers for screen readers.

const BLUE = '#1f5fbf';
const LEFT_OUT = '#d4d4d4';
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

/** Horizontal bars: stories per term, largest first, the count at the end of each bar. */
export function termBarChart(rows: readonly ChartRow[], { ariaLabel, axisLabel, format }: { ariaLabel: string; axisLabel: string; format: (n: number) => string }): SVGSVGElement {
  const data = rows.filter((r) => r.stories !== null);
  const labels = data.map((r) => r.label);
  return asImage(
    Plot.plot({
      width: 760,
      height: 30 + data.length * 24,
      marginLeft: marginFor(labels, 42),
      marginRight: 40,
      x: { label: `${axisLabel} →`, grid: true, nice: true },
      y: { domain: labels, label: null, tickFormat: (l: string) => clip(l, 42) },
      marks: [
        Plot.barX(data, { x: 'stories', y: 'label', fill: BLUE, title: (r: ChartRow) => `${r.label}: ${format(r.stories!)}` }),
        Plot.text(data, { x: 'stories', y: 'label', text: (r: ChartRow) => format(r.stories!), textAnchor: 'start', dx: 4 }),
        Plot.ruleX([0]),
      ],
    }),
    ariaLabel,
  );
}

/** A cell per pair of terms, darker for more stories, grey where the pair was left out. */
export function pairHeatMap(map: HeatMap, { ariaLabel, leftOut, format }: { ariaLabel: string; leftOut: string; format: (n: number) => string }): SVGSVGElement {
  const labels = map.terms.map((t) => t.label);
  const counted = map.cells.filter((c) => c.stories !== null);
  const hidden = map.cells.filter((c) => c.stories === null);
  const max = Math.max(1, ...counted.map((c) => c.stories!));
  const cell = 26;
  const margin = marginFor(labels, 30);
  const bottom = Math.round(margin * 0.75) + 10;
  return asImage(
    Plot.plot({
      width: margin + labels.length * cell + 20,
      height: 20 + labels.length * cell + bottom,
      marginLeft: margin,
      marginBottom: bottom,
      marginTop: 20,
      marginRight: 20,
      x: { domain: labels, label: null, tickRotate: -45, tickFormat: (l: string) => clip(l, 30) },
      y: { domain: labels, label: null, tickFormat: (l: string) => clip(l, 30) },
      color: { type: 'linear', scheme: 'blues', domain: [0, max] },
      marks: [
        Plot.cell(counted, { x: 'x', y: 'y', fill: 'stories', inset: 0.5, title: (c: { x: string; y: string; stories: number }) => `${c.x} + ${c.y}: ${format(c.stories)}` }),
        Plot.cell(hidden, { x: 'x', y: 'y', fill: LEFT_OUT, inset: 0.5, title: (c: { x: string; y: string }) => `${c.x} + ${c.y}: ${leftOut}` }),
        // White on the dark half of the scale, black on the light half: readable on both.
        Plot.text(counted, { x: 'x', y: 'y', text: (c: { stories: number }) => format(c.stories), fill: (c: { stories: number }) => (c.stories > max * 0.55 ? 'white' : 'black'), fontSize: 9 }),
      ],
    }),
    ariaLabel,
  );
}

/** A line of stories per month; months left out break the line and get a dashed rule. */
export function monthLineChart(rows: readonly ChartRow[], { ariaLabel, axisLabel, tickLabel, format }: { ariaLabel: string; axisLabel: string; tickLabel: (month: string) => string; format: (n: number) => string }): SVGSVGElement {
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
      x: { type: 'point', domain: months, label: null, tickFormat: (m: string, i: number) => (i % step === 0 ? tickLabel(m) : ''), padding: 0.3 },
      y: { label: `↑ ${axisLabel}`, grid: true, zero: true, nice: true },
      marks: [
        Plot.ruleY([0]),
        Plot.ruleX(rows.filter((r) => r.stories === null), { x: 'key', stroke: '#6b6b6b', strokeDasharray: '4,3' }),
        Plot.lineY(rows, { x: 'key', y: (r: ChartRow) => r.stories ?? NaN, stroke: BLUE, strokeWidth: 2 }),
        Plot.dot(counted, { x: 'key', y: 'stories', fill: BLUE, r: 3, title: (r: ChartRow) => `${r.label}: ${format(r.stories!)}` }),
      ],
    }),
    ariaLabel,
  );
}
