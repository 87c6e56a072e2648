import type { FileFormat, FileHeader } from './envelope.js';
import { coded, ImportError } from './problems.js';
import { FileChecks, type ReadStory } from './read/file-checks.js';
import { JsonEnvelopeLines, READ_WHOLE } from './read/json-envelope-lines.js';
import { isObject, megabytes, tryParse } from './read/json-text.js';
import { NdjsonLines } from './read/ndjson-lines.js';
import { readWholeJson } from './read/whole-json.js';

export type { ReadStory } from './read/file-checks.js';

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

/** What a file said about itself, checked against what it holds. */
export interface StoryFileInfo extends FileHeader {
  /** `json`: a JSON export or backup; `ndjson`: newline-delimited. */
  readonly layout: 'json' | 'ndjson';
  readonly storyCount: number;
  readonly taxonomyVersions: readonly string[];
}

/** Refuses a file by its size before a byte is read: the message names the file and the limit. */
export function checkSize(bytes: number, file: string, maxBytes = DEFAULT_MAX_BYTES): void {
  if (bytes > maxBytes)
    throw new ImportError([
      {
        file,
        message: `${megabytes(bytes)} is larger than the limit of ${megabytes(maxBytes)}`,
        ...coded('too-large', { size: bytes, limit: maxBytes }),
      },
    ]);
}

/**
 * Reads a Vertelpunt file a line at a time. The first line says the layout, and a reader of its
 * own takes the rest: NDJSON (`read/ndjson-lines.ts`) or the JSON envelope with one story per
 * line (`read/json-envelope-lines.ts`), both in bounded memory with exact line numbers; any other
 * layout of valid JSON (pretty-printed by another tool, minified) is gathered and read whole
 * (`read/whole-json.ts`). The checks they share are in `read/file-checks.ts`. Every problem is
 * listed (up to a limit) and the file is refused as a whole: the caller uses nothing of it
 * until `end()` has returned.
 */
export class StoryFileParser {
  private lineNo = 0;
  private chars = 0;
  /** Every line so far, until the layout is known to be one that is read line by line. */
  private buffer: string[] | null = [];
  private lines: NdjsonLines | JsonEnvelopeLines | undefined;
  private whole = false;
  private readonly checks: FileChecks;
  private readonly maxBytes: number;
  private readonly maxWholeBytes: number;

  constructor(file: string, options: ReadOptions = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.maxWholeBytes = options.maxWholeBytes ?? DEFAULT_MAX_WHOLE_BYTES;
    this.checks = new FileChecks(file, options.formats, options.maxProblems);
  }

  /** Whether the first line was an NDJSON header: from here on, one story per line. */
  get readsNdjson(): boolean {
    return this.lines instanceof NdjsonLines && !this.lines.done;
  }

  /**
   * Takes `stories` stories on `lines` lines as read and found valid elsewhere (by worker threads,
   * `src/cli/parallel-counts.ts`), so the closing line is checked against them as usual.
   */
  skipCheckedStories(stories: number, lines: number, versions: Iterable<string>): void {
    if (!this.readsNdjson) throw new Error('skipCheckedStories: only between the header and the closing line of NDJSON');
    this.checks.index += stories;
    this.lineNo += lines;
    for (const version of versions) this.checks.versions.add(version);
  }

  push(rawLine: string): ReadStory[] {
    this.lineNo += 1;
    const line = this.lineNo === 1 && rawLine.charCodeAt(0) === 0xfeff ? rawLine.slice(1) : rawLine;
    this.chars += line.length + 1;
    if (this.chars > this.maxBytes)
      this.checks.fatal(undefined, `larger than the limit of ${megabytes(this.maxBytes)}`, 'too-large-read', {
        limit: this.maxBytes,
      });
    if (this.buffer !== null && this.chars > this.maxWholeBytes) {
      this.checks.fatal(
        this.lineNo,
        `not one story per line, so the file would be read whole, and it is larger than the limit of ${megabytes(this.maxWholeBytes)} for that: write it with one story per line (as Vertelpunt does) or as NDJSON, e.g. with jq -c`,
        'too-large-whole',
        { limit: this.maxWholeBytes },
      );
    }
    this.buffer?.push(line);
    const trimmed = line.trim();
    if (this.whole) return [];
    if (this.lines === undefined) return this.first(trimmed);
    const stories = this.lines.line(trimmed, this.lineNo, line.length - line.trimStart().length);
    if (stories === READ_WHOLE) {
      this.whole = true;
      return [];
    }
    if (this.lines instanceof JsonEnvelopeLines && this.lines.settled) this.buffer = null;
    return stories;
  }

  end(): { stories: ReadStory[]; info: StoryFileInfo } {
    let stories: ReadStory[] = [];
    let complete: boolean;
    if (this.whole) {
      stories = readWholeJson(this.buffer!.join('\n'), this.checks);
      complete = true;
    } else if (this.lines === undefined) {
      this.checks.fatal(undefined, 'the file is empty (expected a Vertelpunt JSON or NDJSON export or backup)', 'empty');
    } else {
      complete = this.lines.end(this.lineNo);
    }
    const trailer = complete ? this.checks.checkTrailer() : undefined;
    this.checks.throwIfProblems();
    const layout = this.lines instanceof NdjsonLines ? 'ndjson' : 'json';
    return {
      stories,
      info: { ...this.checks.header!, layout, storyCount: trailer!.storyCount, taxonomyVersions: trailer!.taxonomyVersions },
    };
  }

  /** The first line with anything on it says the layout. */
  private first(trimmed: string): ReadStory[] {
    if (!trimmed) return [];
    if (trimmed === '{') {
      this.lines = new JsonEnvelopeLines(this.checks);
      return [];
    }
    const value = trimmed.startsWith('{') ? tryParse(trimmed) : undefined;
    if (isObject(value) && !('stories' in value)) {
      // An NDJSON header line.
      for (const [key, v] of Object.entries(value)) this.checks.field(key, v, this.lineNo);
      this.checks.checkHeader();
      this.lines = new NdjsonLines(this.checks);
      this.buffer = null;
      return [];
    }
    this.whole = true;
    return [];
  }
}

/**
 * Reads a Vertelpunt file (JSON export, backup or NDJSON) line by line and yields its valid
 * stories as it goes; the generator's return value says what the file is. If anything is wrong
 * it throws an ImportError listing every problem once the file is read: apply nothing until the
 * loop has ended without one (the extension applies the merge plan in one transaction).
 */
export async function* readStoryFile(
  lines: AsyncIterable<string> | Iterable<string>,
  file: string,
  options: ReadOptions = {},
): AsyncGenerator<ReadStory, StoryFileInfo> {
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
