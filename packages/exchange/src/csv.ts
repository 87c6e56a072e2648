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

function csvEncoder(header: readonly string[], rowsOf: (story: Story) => unknown[][], options: CsvOptions): StoryEncoder<string> {
  const batchSize = options.batchSize ?? 1000;
  let batch: unknown[][] = [];
  const flush = (): string[] => {
    if (batch.length === 0) return [];
    const text = `${unparse(batch, options)}${NEWLINE}`;
    batch = [];
    return [text];
  };
  return {
    // With no rows, papaparse already ends the header line.
    begin: () => [`${options.excelNl ? BOM : ''}${unparse([], options, header)}`],
    write: (story) => {
      batch.push(...rowsOf(story));
      return batch.length >= batchSize ? flush() : [];
    },
    end: flush,
  };
}

/** CSV long: one row per story × term, terms in `version` (default: the latest). */
export function csvLongEncoder(options: CsvOptions = {}): StoryEncoder<string> {
  const version = options.version ?? LATEST_VERSION;
  return csvEncoder(
    CSV_LONG_COLUMNS,
    (story) =>
      termsIn(story, version).map((id) => {
        const term = getTerm(id, version);
        return [
          story.id,
          story.createdAt,
          story.title,
          story.author ?? '',
          story.source.origin,
          story.consent.status,
          version,
          id,
          term?.label.nl ?? '',
          term?.kind ?? '',
          term?.facet ?? '',
        ];
      }),
    options,
  );
}

/** CSV wide: one row per story, one 0/1 column per term of `version` in taxonomy order. */
export function csvWideEncoder(options: CsvOptions = {}): StoryEncoder<string> {
  const version = options.version ?? LATEST_VERSION;
  const columns = wideTermColumns(version);
  return csvEncoder(
    csvWideColumns(version),
    (story) => {
      const set = new Set<string>(termsIn(story, version));
      return [
        [
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
          ...columns.map((c) => (set.has(c.id) ? 1 : 0)),
        ],
      ];
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
