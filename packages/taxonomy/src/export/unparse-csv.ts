import Papa from 'papaparse';

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL: no reader needs
 * them, and some (NUL, ESC) hide what follows from a spreadsheet or a terminal.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const HAS_CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

/**
 * A cell a spreadsheet or script may evaluate (OWASP, CSV injection): its first character that is
 * not white space or a control character is = + - @ (or their full-width forms), whatever follows
 * and however many lines it has; or it starts with tab or CR. papaparse prefixes such a cell with '
 * and quotes it. Its own pattern (`/^[=+\-@\t\r].*$/`) misses "\u0000=…", " =…" and multi-line cells.
 */
export const CSV_FORMULA_TRIGGER = /^[\t\r]|^[\s\x80-\x9F]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell's text without control characters (numbers and other values unchanged). */
export const csvCell = (value: unknown): unknown =>
  typeof value === 'string' && HAS_CONTROL.test(value) ? value.replace(CONTROL, '') : value;

export interface UnparseCsvOptions {
  delimiter?: ',' | ';';
  newline?: '\r\n' | '\n';
  /** The header row, written first; without it only the rows. */
  fields?: readonly string[];
}

/**
 * Rows as CSV (RFC 4180), every cell cleaned and neutralised the same way: the one CSV writer
 * behind every export (story CSVs, count tables, the vocabulary). No line end after the last row.
 */
export function unparseCsv(rows: readonly (readonly unknown[])[], options: UnparseCsvOptions = {}): string {
  return Papa.unparse(
    { fields: options.fields ? [...options.fields] : [], data: rows.map((row) => row.map(csvCell)) },
    {
      delimiter: options.delimiter ?? ',',
      newline: options.newline ?? '\r\n',
      header: options.fields !== undefined,
      escapeFormulae: CSV_FORMULA_TRIGGER,
    },
  );
}
