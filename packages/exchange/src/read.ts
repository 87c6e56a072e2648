import { StorySchema, type Story } from '@vertelpunt/stories';
import { FILE_FORMATS, FileHeaderSchema, FileTrailerSchema, SCHEMA_VERSION, type FileFormat, type FileHeader } from './envelope.js';
import { storyStartLines } from './locate.js';
import { isPlainValidStory } from './quick-story-check.js';
import { ImportError, pathString, type ImportProblem } from './problems.js';

export interface ReadOptions {
  /** A file above this size is refused (default 1 GiB). Check the file's size before reading, too: this counts characters as they come. */
  maxBytes?: number;
  /** The formats to accept (default: an export or a backup). */
  formats?: readonly FileFormat[];
  /** List at most this many problems (default 20); the rest are counted. */
  maxProblems?: number;
  /**
   * A file in a layout that is parsed whole (pretty-printed or minified JSON, not one story per
   * line) above this many characters is refused (default 256 MiB): parsing it whole would need
   * several times its size in memory.
   */
  maxWholeBytes?: number;
}

export const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;
export const DEFAULT_MAX_WHOLE_BYTES = 256 * 1024 * 1024;

/** A valid story read from a file, with where it was. */
export interface ReadStory {
  readonly story: Story;
  /** Position in the file's stories, from 0. */
  readonly index: number;
  /** The line it starts on. */
  readonly line?: number;
}

/** What a file said about itself, checked against what it holds. */
export interface StoryFileInfo extends FileHeader {
  /** `json`: a JSON export or backup; `ndjson`: newline-delimited. */
  readonly layout: 'json' | 'ndjson';
  readonly storyCount: number;
  readonly taxonomyVersions: readonly string[];
}

/** Refuses a file by its size before a byte is read: the message names the file and the limit. */
export function checkSize(bytes: number, file: string, maxBytes = DEFAULT_MAX_BYTES): void {
  if (bytes > maxBytes) throw new ImportError([{ file, message: `${megabytes(bytes)} is larger than the limit of ${megabytes(maxBytes)}` }]);
}
const megabytes = (bytes: number) =>
  bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

const HEADER_KEYS = Object.keys(FileHeaderSchema.shape);
const TRAILER_KEYS = Object.keys(FileTrailerSchema.shape);

type Mode = 'start' | 'header' | 'stories' | 'trailer' | 'done' | 'ndjson' | 'ndjson-done' | 'whole';

/**
 * Reads a Vertelpunt file a line at a time. Files this package writes (JSON with one story per
 * line, NDJSON) are read in bounded memory with exact line numbers; any other layout of valid
 * JSON (pretty-printed by another tool, minified) is gathered and read whole. Every problem is
 * listed (up to a limit) and the file is refused as a whole: the caller uses nothing of it
 * until `end()` has returned.
 */
export class StoryFileParser {
  private mode: Mode = 'start';
  private lineNo = 0;
  private chars = 0;
  /** Every line so far, until the layout is known to be one this parser reads line by line. */
  private buffer: string[] | null = [];
  private readonly headerFields = new Map<string, { value: unknown; line?: number }>();
  private readonly trailerFields = new Map<string, { value: unknown; line?: number }>();
  private header: FileHeader | undefined;
  private index = 0;
  private readOne = false;
  private readonly versions = new Set<string>();
  private readonly problems: ImportProblem[] = [];
  private unlisted = 0;
  private readonly maxBytes: number;
  private readonly maxWholeBytes: number;
  private readonly maxProblems: number;
  private readonly formats: readonly FileFormat[];

  constructor(private readonly file: string, options: ReadOptions = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.maxWholeBytes = options.maxWholeBytes ?? DEFAULT_MAX_WHOLE_BYTES;
    this.maxProblems = options.maxProblems ?? 20;
    this.formats = options.formats ?? FILE_FORMATS;
  }

  /** Whether the first line was an NDJSON header: from here on, one story per line. */
  get readsNdjson(): boolean {
    return this.mode === 'ndjson';
  }

  /**
   * Takes `stories` stories on `lines` lines as read and found valid elsewhere (by worker threads,
   * `src/cli/parallel-counts.ts`), so the closing line is checked against them as usual.
   */
  skipCheckedStories(stories: number, lines: number, versions: Iterable<string>): void {
    if (this.mode !== 'ndjson') throw new Error('skipCheckedStories: only between the header and the closing line of NDJSON');
    this.index += stories;
    this.lineNo += lines;
    for (const version of versions) this.versions.add(version);
  }

  push(rawLine: string): ReadStory[] {
    this.lineNo += 1;
    const line = this.lineNo === 1 && rawLine.charCodeAt(0) === 0xfeff ? rawLine.slice(1) : rawLine;
    this.chars += line.length + 1;
    if (this.chars > this.maxBytes) this.fatal(undefined, `larger than the limit of ${megabytes(this.maxBytes)}`);
    if (this.buffer !== null && this.chars > this.maxWholeBytes) {
      this.fatal(this.lineNo, `not one story per line, so the file would be read whole, and it is larger than the limit of ${megabytes(this.maxWholeBytes)} for that: write it with one story per line (as Vertelpunt does) or as NDJSON, e.g. with jq -c`);
    }
    this.buffer?.push(line);
    const trimmed = line.trim();
    switch (this.mode) {
      case 'start':
        return this.first(trimmed);
      case 'header':
        this.headerLine(trimmed);
        return [];
      case 'stories':
        return this.storyLine(trimmed);
      case 'trailer':
        this.trailerLine(trimmed);
        return [];
      case 'ndjson':
        return this.ndjsonLine(trimmed);
      case 'done':
      case 'ndjson-done':
        if (trimmed) this.problem(this.lineNo, undefined, 'there is more after the end of the file');
        return [];
      case 'whole':
        return [];
    }
  }

  end(): { stories: ReadStory[]; info: StoryFileInfo } {
    let stories: ReadStory[] = [];
    let layout: StoryFileInfo['layout'] = 'json';
    switch (this.mode) {
      case 'start':
        this.fatal(undefined, 'the file is empty (expected a Vertelpunt JSON or NDJSON export or backup)');
        break;
      case 'whole':
        stories = this.whole(this.buffer!.join('\n'));
        break;
      case 'done':
        break;
      case 'ndjson-done':
        layout = 'ndjson';
        break;
      case 'ndjson':
        this.problem(undefined, undefined, `ends at line ${this.lineNo} without its closing line {"storyCount": …}: the file is cut off`);
        layout = 'ndjson';
        break;
      default:
        this.problem(undefined, undefined, `ends at line ${this.lineNo} before the stories array and the object are closed: the file is cut off`);
    }
    const trailer = this.mode === 'done' || this.mode === 'ndjson-done' || this.mode === 'whole' ? this.checkTrailer() : undefined;
    this.throwIfProblems();
    return { stories, info: { ...this.header!, layout, storyCount: trailer!.storyCount, taxonomyVersions: trailer!.taxonomyVersions } };
  }

  // --- line layouts ------------------------------------------------------------------------

  private first(trimmed: string): ReadStory[] {
    if (!trimmed) return [];
    if (trimmed === '{') {
      this.mode = 'header';
      return [];
    }
    const value = trimmed.startsWith('{') ? tryParse(trimmed) : undefined;
    if (isObject(value) && !('stories' in value)) {
      // An NDJSON header line.
      for (const [key, v] of Object.entries(value)) (TRAILER_KEYS.includes(key) ? this.trailerFields : this.headerFields).set(key, { value: v, line: this.lineNo });
      this.checkHeader();
      this.mode = 'ndjson';
      this.buffer = null;
      return [];
    }
    this.mode = 'whole';
    return [];
  }

  private headerLine(trimmed: string): void {
    if (!trimmed) return;
    if (/^"stories"\s*:\s*\[$/.test(trimmed)) {
      this.checkHeader();
      this.mode = 'stories';
      return;
    }
    if (/^"stories"\s*:\s*\[\s*\],?$/.test(trimmed)) {
      this.checkHeader();
      this.mode = 'trailer';
      this.buffer = null;
      return;
    }
    const field = parseField(trimmed);
    if (!field) {
      this.mode = 'whole';
      return;
    }
    (TRAILER_KEYS.includes(field[0]) ? this.trailerFields : this.headerFields).set(field[0], { value: field[1], line: this.lineNo });
  }

  private storyLine(trimmed: string): ReadStory[] {
    if (!trimmed) return [];
    if (trimmed === ']' || trimmed === '],') {
      this.mode = 'trailer';
      this.buffer = null;
      return [];
    }
    const text = trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      if (!this.readOne) {
        // Not one story per line (pretty-printed by another tool): read the file whole.
        this.mode = 'whole';
        return [];
      }
      this.problem(this.lineNo, `stories[${this.index}]`, `not a complete story on one line (${syntaxMessage(error)}); Vertelpunt writes one story per line`);
      this.index += 1;
      return [];
    }
    this.readOne = true;
    this.buffer = null;
    const story = this.story(raw, this.lineNo);
    return story ? [story] : [];
  }

  private trailerLine(trimmed: string): void {
    if (!trimmed) return;
    if (trimmed === '}') {
      this.mode = 'done';
      return;
    }
    const field = parseField(trimmed);
    if (!field) {
      this.problem(this.lineNo, undefined, `expected a field such as "storyCount": 12 or the closing }, found ${quote(trimmed)}`);
      return;
    }
    if (!TRAILER_KEYS.includes(field[0])) this.problem(this.lineNo, field[0], `unknown field (expected ${TRAILER_KEYS.join(' or ')} after the stories)`);
    else this.trailerFields.set(field[0], { value: field[1], line: this.lineNo });
  }

  private ndjsonLine(trimmed: string): ReadStory[] {
    if (!trimmed) return [];
    let raw: unknown;
    try {
      raw = JSON.parse(trimmed);
    } catch (error) {
      this.problem(this.lineNo, `stories[${this.index}]`, `not valid JSON (${syntaxMessage(error)})`);
      this.index += 1;
      return [];
    }
    if (isObject(raw) && 'storyCount' in raw && !('id' in raw)) {
      for (const [key, value] of Object.entries(raw)) {
        if (TRAILER_KEYS.includes(key)) this.trailerFields.set(key, { value, line: this.lineNo });
        else this.problem(this.lineNo, key, `unknown field in the closing line (expected ${TRAILER_KEYS.join(', ')})`);
      }
      this.mode = 'ndjson-done';
      return [];
    }
    const story = this.story(raw, this.lineNo);
    return story ? [story] : [];
  }

  // --- any other layout: the whole text ------------------------------------------------------

  private whole(text: string): ReadStory[] {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const { line, message } = locateSyntaxError(error, text);
      this.fatal(line, `not valid JSON: ${message}`);
    }
    if (!isObject(value)) {
      this.fatal(undefined, `expected a JSON object with format, schemaVersion, exportedAt and stories, found ${Array.isArray(value) ? 'an array' : typeof value}`);
    }
    for (const [key, v] of Object.entries(value)) {
      if (key === 'stories') continue;
      if (TRAILER_KEYS.includes(key)) this.trailerFields.set(key, { value: v });
      else this.headerFields.set(key, { value: v });
    }
    this.checkHeader();
    const stories = value.stories;
    if (!Array.isArray(stories)) this.fatal(undefined, `stories: expected an array of stories, found ${stories === undefined ? 'nothing' : typeof stories}`);
    let lines: number[] | undefined;
    const lineOf = (i: number) => (lines ??= storyStartLines(text))[i];
    const out: ReadStory[] = [];
    for (const raw of stories) {
      const story = this.story(raw, undefined, lineOf);
      if (story) out.push({ ...story, line: lineOf(story.index) });
    }
    return out;
  }

  // --- checks ----------------------------------------------------------------------------

  private story(raw: unknown, line: number | undefined, lineOf?: (index: number) => number | undefined): ReadStory | undefined {
    const index = this.index;
    this.index += 1;
    const parsed = isPlainValidStory(raw) ? ({ success: true, data: raw } as const) : StorySchema.safeParse(raw);
    if (!parsed.success) {
      const id = isObject(raw) && typeof raw.id === 'string' ? ` (story ${raw.id})` : '';
      const at = line ?? lineOf?.(index);
      for (const issue of parsed.error.issues.slice(0, 3)) this.problem(at, pathString(issue.path, `stories[${index}]`), `${issue.message}${id}`);
      return undefined;
    }
    this.versions.add(parsed.data.tags.version);
    return { story: parsed.data, index, ...(line === undefined ? {} : { line }) };
  }

  private checkHeader(): void {
    const field = (key: string) => this.headerFields.get(key);
    const format = field('format');
    if (format === undefined) this.fatal(undefined, `not a Vertelpunt file: no "format" field (expected ${this.formats.map(quote).join(' or ')})`);
    if (!this.formats.includes(format.value as FileFormat)) {
      this.fatal(format.line, `format is ${quote(format.value)}, expected ${this.formats.map(quote).join(' or ')}`);
    }
    const version = field('schemaVersion');
    if (version?.value !== SCHEMA_VERSION) {
      this.fatal(
        version?.line,
        typeof version?.value === 'number' && version.value > SCHEMA_VERSION
          ? `schemaVersion ${version.value}: written by a newer Vertelpunt; this reader knows schemaVersion ${SCHEMA_VERSION}`
          : `schemaVersion: expected ${SCHEMA_VERSION}, found ${version === undefined ? 'nothing' : quote(version.value)}`,
      );
    }
    const parsed = FileHeaderSchema.safeParse(Object.fromEntries([...this.headerFields].map(([k, v]) => [k, v.value])));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? '');
        this.problem(field(key)?.line, issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : pathString(issue.path), issue.code === 'unrecognized_keys' ? `unknown field (expected ${[...HEADER_KEYS, 'stories', ...TRAILER_KEYS].join(', ')})` : issue.message);
      }
      this.throwIfProblems();
    }
    this.header = parsed.data;
  }

  private checkTrailer(): { storyCount: number; taxonomyVersions: string[] } | undefined {
    const parsed = FileTrailerSchema.safeParse(Object.fromEntries([...this.trailerFields].map(([k, v]) => [k, v.value])));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) this.problem(this.trailerFields.get(String(issue.path[0]))?.line, pathString(issue.path), issue.message);
      return undefined;
    }
    const { storyCount, taxonomyVersions } = parsed.data;
    if (storyCount !== this.index) {
      this.problem(this.trailerFields.get('storyCount')?.line, 'storyCount', `says ${storyCount} but the file holds ${this.index} stories: cut off or edited`);
    }
    const seen = [...this.versions].sort();
    if (this.problems.length === 0 && seen.join() !== [...taxonomyVersions].sort().join()) {
      this.problem(this.trailerFields.get('taxonomyVersions')?.line, 'taxonomyVersions', `lists ${JSON.stringify(taxonomyVersions)} but the stories are tagged in ${JSON.stringify(seen)}`);
    }
    return parsed.data;
  }

  private problem(line: number | undefined, path: string | undefined, message: string): void {
    if (this.problems.length >= this.maxProblems) {
      this.unlisted += 1;
      return;
    }
    this.problems.push({ file: this.file, ...(line === undefined ? {} : { line }), ...(path ? { path } : {}), message });
  }

  /** A problem after which reading on makes no sense (a foreign file, a syntax error in a whole text). */
  private fatal(line: number | undefined, message: string): never {
    this.problems.push({ file: this.file, ...(line === undefined ? {} : { line }), message });
    this.throwIfProblems();
    throw new Error('unreachable');
  }

  private throwIfProblems(): void {
    if (this.problems.length === 0) return;
    const listed = [...this.problems];
    if (this.unlisted > 0) listed.push({ file: this.file, message: `and ${this.unlisted} more problem${this.unlisted === 1 ? '' : 's'}` });
    throw new ImportError(listed);
  }
}

/**
 * Reads a Vertelpunt file (JSON export, backup or NDJSON) line by line and yields its valid
 * stories as it goes; the generator's return value says what the file is. If anything is wrong
 * it throws an ImportError listing every problem once the file is read: apply nothing until the
 * loop has ended without one (the extension applies the merge plan in one transaction).
 */
export async function* readStoryFile(lines: AsyncIterable<string> | Iterable<string>, file: string, options: ReadOptions = {}): AsyncGenerator<ReadStory, StoryFileInfo> {
  const parser = new StoryFileParser(file, options);
  for await (const line of lines) yield* parser.push(line);
  const { stories, info } = parser.end();
  yield* stories;
  return info;
}

/** Reads a whole Vertelpunt file held in memory; throws an ImportError listing every problem. */
export function parseStoryFile(text: string, file: string, options: ReadOptions = {}): { info: StoryFileInfo; stories: ReadStory[] } {
  checkSize(text.length, file, options.maxBytes);
  const parser = new StoryFileParser(file, options);
  const stories: ReadStory[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    const line = text.slice(from, to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to);
    if (!(to === text.length && line === '' && from > 0)) stories.push(...parser.push(line));
    from = to + 1;
  }
  const end = parser.end();
  stories.push(...end.stories);
  return { info: end.info, stories };
}

// --- small helpers ---------------------------------------------------------------------------

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `"key": value,` as one header or trailer line. */
function parseField(trimmed: string): [string, unknown] | undefined {
  const value = tryParse(`{${trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed}}`);
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value);
  return entries.length === 1 ? entries[0] : undefined;
}

/** A value from the file for a message: short, whatever the file holds. */
const quote = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const short = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  return typeof value === 'string' ? `'${short}'` : short;
};

/** V8's message without "in JSON at position …" (the caller says where). */
const syntaxMessage = (error: unknown) => String((error as Error).message).replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/, '');

function locateSyntaxError(error: unknown, text: string): { line?: number; message: string } {
  const raw = String((error as Error).message);
  const at = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(raw);
  if (at) {
    const position = Number(at[1]);
    const line = at[2] ? Number(at[2]) : text.slice(0, position).split('\n').length;
    const column = at[3] ? Number(at[3]) : position - text.lastIndexOf('\n', position - 1);
    return { line, message: `${syntaxMessage(error)} (column ${column})` };
  }
  if (/end of JSON input/.test(raw)) return { line: text.split('\n').length, message: 'the text ends before the JSON is complete: the file is cut off' };
  return { message: syntaxMessage(error) };
}
