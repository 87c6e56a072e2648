import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '@vertelpunt/stories';
import { InputTextError, LineSplitter, type TextLine } from '@vertelpunt/taxonomy';
import { ImportError, type ImportProblem } from '../problems.js';
import { checkSize, StoryFileParser, type ReadOptions, type ReadStory, type StoryFileInfo } from '../read.js';
import { grow, IdTable } from './id-table.js';

/** The files the CLI reads from a directory: exports and backups, by name. */
const STORY_FILE = /\.(json|ndjson|jsonl)$/i;

/**
 * FILE|DIR arguments as files: a directory gives its .json and .ndjson files (not recursive),
 * sorted by name. An argument that cannot be read is a problem, listed with the others.
 */
export function expandInputs(args: readonly string[]): { files: string[]; problems: ImportProblem[] } {
  const files: string[] = [];
  const problems: ImportProblem[] = [];
  for (const arg of args) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch (error) {
      problems.push({ file: arg, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    if (!isDirectory) {
      files.push(arg);
      continue;
    }
    const inside = readdirSync(arg)
      .filter((name) => STORY_FILE.test(name))
      .sort();
    if (inside.length === 0) problems.push({ file: arg, message: 'a directory without .json or .ndjson files' });
    files.push(...inside.map((name) => join(arg, name)));
  }
  return { files, problems };
}

export interface FileReadOptions extends ReadOptions {
  /** A longer line is refused (default 16 MiB): a file without line breaks is never held whole. */
  maxLineBytes?: number;
  /** A story id seen twice in the file is a problem naming both lines (`counts`, `export`). */
  refuseDuplicates?: boolean;
}

/** Duplicate ids listed at most (then one line says there are more). */
const MAX_LISTED = 20;

/** A story read from disk; one on a line of its own also says which bytes of the file it is, and what they say. */
export interface FileStory extends ReadStory {
  readonly offset?: number;
  readonly bytes?: number;
  /** The line as read (`merge` hashes it, to find it unchanged when it reads the line again). */
  readonly text?: string;
}

/**
 * Reads one export or backup from disk line by line (bounded memory; a line, or a file in a
 * layout that is read whole, above its limit is refused). The bytes go through the shared
 * decoding step (UTF-8 BOM skipped, other encodings named). Throws an ImportError, listing every
 * problem, once the file is read.
 */
export async function* readFile(file: string, options: FileReadOptions = {}): AsyncGenerator<FileStory, StoryFileInfo> {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new ImportError([{ file, message: 'is a directory, expected a file' }]);
    size = stat.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError([{ file, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` }]);
  }
  checkSize(size, file, options.maxBytes);
  const seen = options.refuseDuplicates ? new IdTable() : undefined;
  let firstLine = new Int32Array(1024);
  const duplicates: ImportProblem[] = [];
  const check = (read: ReadStory): void => {
    if (!seen) return;
    const id = read.story.id;
    const entry = seen.find(id);
    if (entry === -1) {
      const added = seen.add(id);
      if (added >= firstLine.length) firstLine = grow(firstLine, 2 * firstLine.length);
      firstLine[added] = read.line ?? -(read.index + 1);
      return;
    }
    const first = firstLine[entry]!;
    if (duplicates.length === MAX_LISTED) duplicates.push({ file, message: 'and more stories that are in the file twice' });
    if (duplicates.length < MAX_LISTED)
      duplicates.push({
        file,
        ...(read.line === undefined ? {} : { line: read.line }),
        path: `stories[${read.index}].id`,
        message: `story ${id} is in the file twice (also ${first > 0 ? `on line ${first}` : `story ${-first}`}): each story is counted and exported once, so the file is refused; pnpm analyse merge FILE --out NEW keeps one of each`,
      });
  };
  // The lines of a chunk go through the parser in one synchronous loop: one promise per chunk,
  // not several per line (issue 14).
  const parser = new StoryFileParser(file, options);
  const splitter = new LineSplitter(options.maxLineBytes);
  try {
    const chunks = createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Uint8Array>;
    let lines: TextLine[];
    for await (const chunk of chunks) {
      lines = splitter.push(chunk);
      for (const line of lines) {
        // Stories that come while the lines are read each stand on the line just pushed.
        for (const read of parser.push(line.text)) {
          check(read);
          yield { ...read, offset: line.offset, bytes: line.bytes, text: line.text };
        }
      }
    }
    for (const line of splitter.end()) {
      for (const read of parser.push(line.text)) {
        check(read);
        yield { ...read, offset: line.offset, bytes: line.bytes, text: line.text };
      }
    }
    // Those of a file read whole come after the last line and have no bytes of their own.
    const { stories, info } = parser.end();
    for (const read of stories) {
      check(read);
      yield read;
    }
    if (duplicates.length > 0) throw new ImportError(duplicates);
    return info;
  } catch (error) {
    if (error instanceof InputTextError)
      throw new ImportError([...duplicates, { file, ...(error.line === undefined ? {} : { line: error.line }), message: error.message }]);
    if (error instanceof ImportError && duplicates.length > 0 && error.problems !== duplicates)
      throw new ImportError([...error.problems, ...duplicates]);
    throw error;
  }
}

/** Just the stories of a file, counted as they pass. */
export async function* storiesOf(reads: AsyncIterable<ReadStory>, counter: { count: number }): AsyncGenerator<Story> {
  for await (const { story } of reads) {
    counter.count += 1;
    yield story;
  }
}
