import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '@vertelpunt/stories';
import { splitLines } from '../encode.js';
import { ImportError, type ImportProblem } from '../problems.js';
import { checkSize, readStoryFile, type ReadOptions, type ReadStory, type StoryFileInfo } from '../read.js';

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
    const inside = readdirSync(arg).filter((name) => STORY_FILE.test(name)).sort();
    if (inside.length === 0) problems.push({ file: arg, message: 'a directory without .json or .ndjson files' });
    files.push(...inside.map((name) => join(arg, name)));
  }
  return { files, problems };
}

/**
 * Reads one export or backup from disk line by line (bounded memory for files this package
 * wrote). Throws an ImportError, listing every problem, once the file is read.
 */
export async function* readFile(file: string, options: ReadOptions = {}): AsyncGenerator<ReadStory, StoryFileInfo> {
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
  const text = createReadStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 }) as AsyncIterable<string>;
  return yield* readStoryFile(splitLines(text), file, options);
}

/** Just the stories of a file, counted as they pass. */
export async function* storiesOf(reads: AsyncIterable<ReadStory>, counter: { count: number }): AsyncGenerator<Story> {
  for await (const { story } of reads) {
    counter.count += 1;
    yield story;
  }
}
