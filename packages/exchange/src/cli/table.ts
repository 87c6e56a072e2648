import type { CountTable } from '../counts.js';

const number = new Intl.NumberFormat('en-US');

/** A count table as aligned text: label, stories, share of all stories, key. */
export function renderTable(result: CountTable, heading: string, minGroup: number): string {
  const rows = [
    [heading, 'stories', '%', 'key'],
    ...result.rows.map((r) => [
      r.label,
      number.format(r.stories),
      result.total ? ((100 * r.stories) / result.total).toFixed(1) : '0.0',
      r.key === r.label ? '' : r.key,
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => (c === 1 || c === 2 ? cell.padStart(widths[c]!) : c === r.length - 1 ? cell : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
  lines.push(`${number.format(result.total)} stor${result.total === 1 ? 'y' : 'ies'} in total`);
  if (result.suppressed > 0) {
    lines.push(
      `(${result.suppressed} group${result.suppressed === 1 ? '' : 's'} left out: fewer than ${minGroup} stories, or small enough to be worked out from the rest)`,
    );
  }
  return `${lines.join('\n')}\n`;
}
