import { unparseCsv } from '@vertelpunt/taxonomy';

/** A row of a count table; `stories: null` is a group left out (shown, but not its count). */
export interface CsvCountRow {
  key: string;
  label: string;
  stories: number | null;
}

export interface CountCsvOptions {
  /** Dutch Excel opens a CSV by double-click with ';' as separator and needs a BOM to read UTF-8. */
  excelNl?: boolean;
}

/** The columns of a count CSV. */
export const COUNT_CSV_COLUMNS = ['key', 'label', 'stories'] as const;

/**
 * A count table (or a chart's rows) as CSV: key, label, stories. A group left out has an empty
 * stories cell, which spreadsheets and R/pandas read as "unknown", never as 0. Labels are
 * neutralised like every export's cells, so a term label or origin cannot run as a formula.
 */
export function countTableCsv(table: { rows: readonly CsvCountRow[] }, options: CountCsvOptions = {}): string {
  const csv = unparseCsv(
    table.rows.map((r) => [r.key, r.label, r.stories ?? '']),
    { fields: COUNT_CSV_COLUMNS, delimiter: options.excelNl ? ';' : ',' },
  );
  // With no rows, papaparse already ends the header line.
  return `${options.excelNl ? '\uFEFF' : ''}${csv}${table.rows.length > 0 ? '\r\n' : ''}`;
}
