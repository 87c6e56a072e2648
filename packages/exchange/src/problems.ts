import type { IssueDetail, JsonSyntax } from './issue-detail.js';

/**
 * What kind of problem, so a program can say it in its own words (the extension in Dutch or
 * English); `message` is the English text the CLI prints. Each code's `values` are listed beside it.
 */
export const PROBLEM_CODES = {
  'too-large': ['size', 'limit'],
  'too-large-read': ['limit'],
  'too-large-whole': ['limit'],
  empty: [],
  'not-utf8': [],
  'not-json': ['detail'],
  'not-an-object': ['found'],
  'no-format': ['expected'],
  'wrong-format': ['found', 'expected'],
  'newer-schema': ['found', 'known'],
  'wrong-schema': ['found', 'expected'],
  'unknown-field': ['expected'],
  'invalid-field': ['detail'],
  'no-stories': ['found'],
  'invalid-story': ['detail'],
  'story-not-one-line': ['detail'],
  'invalid-line': ['detail'],
  'trailer-line': ['found'],
  'cut-off': ['line'],
  'cut-off-ndjson': ['line'],
  'more-after-end': [],
  'count-mismatch': ['says', 'holds'],
  'versions-mismatch': ['listed', 'seen'],
  'more-problems': ['count'],
  'import-race': [],
} as const satisfies Record<string, readonly string[]>;
export type ProblemCode = keyof typeof PROBLEM_CODES;

/** One thing wrong with an input file: which file, where (line, field path), what was expected. */
export interface ImportProblem {
  readonly file: string;
  readonly line?: number;
  /** Field path in the file's JSON, e.g. `stories[3].tags.terms[0]`. */
  readonly path?: string;
  readonly message: string;
  /** The kind of problem and the values its message names (absent only on the CLI's own checks). */
  readonly code?: ProblemCode;
  readonly values?: Readonly<Record<string, string | number>>;
  /** The zod issue behind a `detail` value, as data: the value's `detail` is its English wording. */
  readonly issue?: IssueDetail;
  /** Where the JSON behind a `detail` value stops being JSON. */
  readonly syntax?: JsonSyntax;
}

/** What a problem's `detail` value says, as data a program words in its own language. */
export type ProblemDetail = { issue: IssueDetail } | { syntax: JsonSyntax };

/** The `code` and `values` of a problem, for spreading into one. */
export const coded = (code: ProblemCode, values: Record<string, string | number> = {}) => ({ code, values });

/** `export.json:9: stories[3].tags.terms[0]: unknown term id 'x'`: the form compilers and linters use. */
export const formatProblem = (p: ImportProblem): string =>
  `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.path ? `${p.path}: ` : ''}${p.message}`;

/** A file that cannot be imported, with every problem found (up to a limit). Nothing of it is used. */
export class ImportError extends Error {
  constructor(readonly problems: readonly ImportProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ImportError';
  }
}

/** A zod issue path as it reads in JSON: `stories[3].tags.terms[0]`. */
export function pathString(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out;
}
