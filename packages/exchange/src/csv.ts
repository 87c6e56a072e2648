import type { Story } from '@vertelpunt/stories';
import { getTerm, LATEST_VERSION, listTerms, unparseCsv, type VersionId } from '@vertelpunt/taxonomy';
import { compareStories } from './canonical.js';
import { encodeAll, encodeChunks, joinText, type StoryEncoder, type StoryStream } from './encode.js';
import { termsIn } from './target-terms.js';

export interface CsvOptions {
  /** Dutch Excel opens a CSV by double-click with ';' as separator and needs a BOM to read UTF-8. */
  excelNl?: boolean;
  /** The vocabulary the terms are given in; older stories are migrated to it. Default: the latest. */
  version?: VersionId;
  /** Rows per papaparse call when streaming (default 1,000). */
  batchSize?: number;
}

const BOM = '\uFEFF';
const NEWLINE = '\r\n';

// Every cell is cleaned of control characters and neutralised when a spreadsheet could take it
// for a formula (OWASP CSV injection), by the one CSV writer all exports share.
const unparse = (rows: unknown[][], options: CsvOptions, header?: readonly string[]): string =>
  unparseCsv(rows, { delimiter: options.excelNl ? ';' : ',', newline: NEWLINE, ...(header ? { fields: header } : {}) });

/** One row per story × term: the shape for counting and pivot tables. */
export const CSV_LONG_COLUMNS = [
  'story_id',
  'created_at',
  'title',
  'author',
  'origin',
  'consent',
  'taxonomy_version',
  'term_id',
  'term_label',
  'term_kind',
  'term_facet',
] as const;

const WIDE_FIXED = [
  'story_id',
  'created_at',
  'updated_at',
  'title',
  'text',
  'notes',
  'author',
  'origin',
  'consent',
  'purpose',
  'taxonomy_version',
] as const;

/** The 0/1 term columns of a wide CSV, in taxonomy order, with readable headers. */
export function wideTermColumns(version: VersionId = LATEST_VERSION): { id: string; header: string }[] {
  return listTerms({ version }).map((t) => ({ id: t.id, header: `${t.notation ? `${t.notation}. ` : ''}${t.label.nl} [${t.id}]` }));
}

/** The header row of a wide CSV. */
export const csvWideColumns = (version: VersionId = LATEST_VERSION): string[] => [
  ...WIDE_FIXED,
  ...wideTermColumns(version).map((c) => c.header),
];

// A cell papaparse might change: a control character, a quote, a BOM or either delimiter
// anywhere, white space, a C1 control or a formula trigger first, white space last. Any other
// string is written as it is (what papaparse writes for it too); the rest go through unparseCsv
// one cell at a time, so every cell is papaparse's (test/csv.test.ts holds both to each other).
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const MAYBE_CHANGED = /[\x00-\x1F\x7F"\uFEFF,;]|^[\s\x80-\x9F=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|\s$/;

/** One cell as unparseCsv writes it: papaparse once per cell cost more than the rest of a csv-long export. */
export function csvField(value: unknown, delimiter: ',' | ';'): string {
  if (typeof value === 'string' && !MAYBE_CHANGED.test(value)) return value;
  return unparseCsv([[value]], { delimiter, newline: NEWLINE });
}

/** Rows as CSV lines, each ended by a newline: unparseCsv's rows, as streamed. */
function csvRowsEncoder(header: readonly string[], linesOf: (story: Story) => string[], options: CsvOptions): StoryEncoder<string> {
  const batchSize = options.batchSize ?? 1000;
  let text = '';
  let rows = 0;
  const flush = (): string[] => {
    if (rows === 0) return [];
    const out = text;
    text = '';
    rows = 0;
    return [out];
  };
  return {
    // With no rows, papaparse already ends the header line.
    begin: () => [`${options.excelNl ? BOM : ''}${unparse([], options, header)}`],
    write: (story) => {
      for (const line of linesOf(story)) {
        text += `${line}${NEWLINE}`;
        rows += 1;
      }
      return rows >= batchSize ? flush() : [];
    },
    end: flush,
  };
}

/** CSV long: one row per story × term, terms in `version` (default: the latest). */
export function csvLongEncoder(options: CsvOptions = {}): StoryEncoder<string> {
  const version = options.version ?? LATEST_VERSION;
  const d = options.excelNl ? ';' : ',';
  // The term's half of a row (version, id, label, kind, facet), written once per term.
  const termCells = new Map<string, string>();
  const termPart = (id: string): string => {
    let part = termCells.get(id);
    if (part === undefined) {
      const term = getTerm(id, version);
      part = [version, id, term?.label.nl ?? '', term?.kind ?? '', term?.facet ?? ''].map((cell) => csvField(cell, d)).join(d);
      termCells.set(id, part);
    }
    return part;
  };
  return csvRowsEncoder(
    CSV_LONG_COLUMNS,
    (story) => {
      const terms = termsIn(story, version);
      if (terms.length === 0) return [];
      const head = [story.id, story.createdAt, story.title, story.author ?? '', story.source.origin, story.consent.status]
        .map((cell) => csvField(cell, d))
        .join(d);
      return terms.map((id) => `${head}${d}${termPart(id)}`);
    },
    options,
  );
}

/** CSV wide: one row per story, one 0/1 column per term of `version` in taxonomy order. */
export function csvWideEncoder(options: CsvOptions = {}): StoryEncoder<string> {
  const version = options.version ?? LATEST_VERSION;
  const d = options.excelNl ? ';' : ',';
  const columns = new Map(wideTermColumns(version).map((c, i) => [c.id, i]));
  const zeros = Array.from({ length: columns.size }, () => '0');
  return csvRowsEncoder(
    csvWideColumns(version),
    (story) => {
      const flags = zeros.slice();
      for (const id of termsIn(story, version)) {
        const at = columns.get(id);
        if (at !== undefined) flags[at] = '1';
      }
      const fixed = [
        story.id,
        story.createdAt,
        story.updatedAt,
        story.title,
        story.text,
        story.notes,
        story.author ?? '',
        story.source.origin,
        story.consent.status,
        story.consent.purpose,
        version,
      ];
      return [`${fixed.map((cell) => csvField(cell, d)).join(d)}${flags.length > 0 ? d : ''}${flags.join(d)}`];
    },
    options,
  );
}

/** Streams a CSV export in the order the stories come. */
export const csvChunks = (stories: StoryStream, shape: 'long' | 'wide', options: CsvOptions = {}) =>
  encodeChunks(shape === 'long' ? csvLongEncoder(options) : csvWideEncoder(options), stories);

/** The CSV long export of a whole set, oldest first. */
export const toCsvLong = (stories: Iterable<Story>, options: CsvOptions = {}): string =>
  joinText(encodeAll(csvLongEncoder(options), [...stories].sort(compareStories)));

/** The CSV wide export of a whole set, oldest first. */
export const toCsvWide = (stories: Iterable<Story>, options: CsvOptions = {}): string =>
  joinText(encodeAll(csvWideEncoder(options), [...stories].sort(compareStories)));
