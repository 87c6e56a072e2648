import { isPlainValidStory, StorySchema, type Story } from '@vertelpunt/stories';
import { FILE_FORMATS, FileHeaderSchema, FileTrailerSchema, SCHEMA_VERSION, type FileFormat, type FileHeader } from '../envelope.js';
import { issueDetail, type JsonType } from '../issue-detail.js';
import { coded, ImportError, pathString, type ImportProblem, type ProblemCode, type ProblemDetail } from '../problems.js';
import { isObject, quote } from './json-text.js';

export const HEADER_KEYS = Object.keys(FileHeaderSchema.shape);
export const TRAILER_KEYS = Object.keys(FileTrailerSchema.shape);

/** A valid story read from a file, with where it was. */
export interface ReadStory {
  readonly story: Story;
  /** Position in the file's stories, from 0. */
  readonly index: number;
  /** The line it starts on. */
  readonly line?: number;
}

/** A header or trailer field as found, with its line (none in a file read whole). */
type Field = { value: unknown; line?: number };

/**
 * What every layout checks the same way: the header, each story, the trailer against the
 * stories, and the list of problems (up to a limit, the rest counted). Each layout reader feeds
 * it what it finds; the file is refused as a whole once it has been read.
 */
export class FileChecks {
  readonly headerFields = new Map<string, Field>();
  readonly trailerFields = new Map<string, Field>();
  header: FileHeader | undefined;
  /** Stories so far, valid or not: the next one's index. */
  index = 0;
  readonly versions = new Set<string>();
  private readonly problems: ImportProblem[] = [];
  private unlisted = 0;

  constructor(
    private readonly file: string,
    private readonly formats: readonly FileFormat[] = FILE_FORMATS,
    private readonly maxProblems = 20,
  ) {}

  /** A header or trailer field, by its key. */
  field(key: string, value: unknown, line?: number): void {
    (TRAILER_KEYS.includes(key) ? this.trailerFields : this.headerFields).set(key, { value, ...(line === undefined ? {} : { line }) });
  }

  story(raw: unknown, line: number | undefined, lineOf?: (index: number) => number | undefined): ReadStory | undefined {
    const index = this.index;
    this.index += 1;
    const parsed = isPlainValidStory(raw) ? ({ success: true, data: raw } as const) : StorySchema.safeParse(raw);
    if (!parsed.success) {
      const id = isObject(raw) && typeof raw.id === 'string' ? ` (story ${raw.id})` : '';
      const at = line ?? lineOf?.(index);
      for (const issue of parsed.error.issues.slice(0, 3))
        this.problem(
          at,
          pathString(issue.path, `stories[${index}]`),
          `${issue.message}${id}`,
          'invalid-story',
          { detail: `${issue.message}${id}` },
          { issue: issueDetail(issue, { input: raw }) },
        );
      return undefined;
    }
    this.versions.add(parsed.data.tags.version);
    return { story: parsed.data, index, ...(line === undefined ? {} : { line }) };
  }

  checkHeader(): void {
    const field = (key: string) => this.headerFields.get(key);
    const format = field('format');
    if (format === undefined)
      this.fatal(undefined, `not a Vertelpunt file: no "format" field (expected ${this.formats.map(quote).join(' or ')})`, 'no-format', {
        expected: this.formats.map(quote).join(', '),
      });
    if (!this.formats.includes(format.value as FileFormat)) {
      this.fatal(format.line, `format is ${quote(format.value)}, expected ${this.formats.map(quote).join(' or ')}`, 'wrong-format', {
        found: quote(format.value),
        expected: this.formats.map(quote).join(', '),
      });
    }
    const version = field('schemaVersion');
    if (version?.value !== SCHEMA_VERSION) {
      const found = version === undefined ? 'nothing' : quote(version.value);
      // `missing` is worded by the reader of the problem; a found value is quoted data.
      const foundValue = version === undefined ? ('missing' satisfies JsonType) : found;
      if (typeof version?.value === 'number' && version.value > SCHEMA_VERSION) {
        this.fatal(
          version.line,
          `schemaVersion ${version.value}: written by a newer Vertelpunt; this reader knows schemaVersion ${SCHEMA_VERSION}`,
          'newer-schema',
          { found, known: SCHEMA_VERSION },
        );
      }
      this.fatal(version?.line, `schemaVersion: expected ${SCHEMA_VERSION}, found ${found}`, 'wrong-schema', {
        found: foundValue,
        expected: SCHEMA_VERSION,
      });
    }
    const fields = Object.fromEntries([...this.headerFields].map(([k, v]) => [k, v.value]));
    const parsed = FileHeaderSchema.safeParse(fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? '');
        const expected = [...HEADER_KEYS, 'stories', ...TRAILER_KEYS].join(', ');
        if (issue.code === 'unrecognized_keys')
          this.problem(field(key)?.line, issue.keys.join(', '), `unknown field (expected ${expected})`, 'unknown-field', { expected });
        else
          this.problem(
            field(key)?.line,
            pathString(issue.path),
            issue.message,
            'invalid-field',
            { detail: issue.message },
            { issue: issueDetail(issue, { input: fields }) },
          );
      }
      this.throwIfProblems();
    }
    this.header = parsed.data;
  }

  checkTrailer(): { storyCount: number; taxonomyVersions: string[] } | undefined {
    const fields = Object.fromEntries([...this.trailerFields].map(([k, v]) => [k, v.value]));
    const parsed = FileTrailerSchema.safeParse(fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        this.problem(
          this.trailerFields.get(String(issue.path[0]))?.line,
          pathString(issue.path),
          issue.message,
          'invalid-field',
          { detail: issue.message },
          { issue: issueDetail(issue, { input: fields }) },
        );
      return undefined;
    }
    const { storyCount, taxonomyVersions } = parsed.data;
    if (storyCount !== this.index) {
      this.problem(
        this.trailerFields.get('storyCount')?.line,
        'storyCount',
        `says ${storyCount} but the file holds ${this.index} stories: cut off or edited`,
        'count-mismatch',
        { says: storyCount, holds: this.index },
      );
    }
    const seen = [...this.versions].sort();
    if (this.problems.length === 0 && seen.join() !== [...taxonomyVersions].sort().join()) {
      this.problem(
        this.trailerFields.get('taxonomyVersions')?.line,
        'taxonomyVersions',
        `lists ${JSON.stringify(taxonomyVersions)} but the stories are tagged in ${JSON.stringify(seen)}`,
        'versions-mismatch',
        { listed: taxonomyVersions.join(', '), seen: seen.join(', ') },
      );
    }
    return parsed.data;
  }

  problem(
    line: number | undefined,
    path: string | undefined,
    message: string,
    code: ProblemCode,
    values: Record<string, string | number> = {},
    detail?: ProblemDetail,
  ): void {
    if (this.problems.length >= this.maxProblems) {
      this.unlisted += 1;
      return;
    }
    this.problems.push({
      file: this.file,
      ...(line === undefined ? {} : { line }),
      ...(path ? { path } : {}),
      message,
      ...coded(code, values),
      ...detail,
    });
  }

  /** A problem after which reading on makes no sense (a foreign file, a syntax error in a whole text). */
  fatal(
    line: number | undefined,
    message: string,
    code: ProblemCode,
    values: Record<string, string | number> = {},
    detail?: ProblemDetail,
  ): never {
    this.problems.push({ file: this.file, ...(line === undefined ? {} : { line }), message, ...coded(code, values), ...detail });
    this.throwIfProblems();
    throw new Error('unreachable');
  }

  throwIfProblems(): void {
    if (this.problems.length === 0) return;
    const listed = [...this.problems];
    if (this.unlisted > 0)
      listed.push({
        file: this.file,
        message: `and ${this.unlisted} more problem${this.unlisted === 1 ? '' : 's'}`,
        ...coded('more-problems', { count: this.unlisted }),
      });
    throw new ImportError(listed);
  }
}
