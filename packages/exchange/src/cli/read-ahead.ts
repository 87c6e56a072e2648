import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Story } from '@vertelpunt/stories';
import { ImportError, type ImportProblem } from '../problems.js';
import { readFile, type FileReadOptions } from './input.js';
import { besides, DEFAULT_PARALLEL_BYTES, startWorker } from './start-worker.js';

// `export` of a large file reads and checks it in a worker thread while this thread encodes
// (issue 14): the two halves of the work, each about as long as the other, then overlap. The
// worker runs the same `readFile` as always and hands over the valid stories in batches as they
// come; a problem comes over as the same ImportError at the end, so the output is dropped and the
// messages are the same. At most AHEAD batches are on their way: memory stays bounded when the
// encoding is the slower half.

/** Stories per message. */
const BATCH = 2000;
/** Batches sent and not yet taken, at most. */
const AHEAD = 4;

/** What the reading thread sends. */
export type ReadAheadReply = { stories: Story[] } | { done: true } | { problems: ImportProblem[] } | { error: string };

/** The worker's part: reads `file` and sends its stories, waiting for a batch to be taken when AHEAD are on their way. */
export async function sendStories(
  file: string,
  options: FileReadOptions,
  send: (reply: ReadAheadReply) => void,
  taken: (listener: () => void) => void,
): Promise<void> {
  let credit = AHEAD;
  let wake: (() => void) | undefined;
  taken(() => {
    credit += 1;
    wake?.();
  });
  let batch: Story[] = [];
  const flush = async () => {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit -= 1;
    send({ stories: batch });
    batch = [];
  };
  try {
    for await (const { story } of readFile(file, options)) {
      batch.push(story);
      if (batch.length === BATCH) await flush();
    }
    if (batch.length > 0) await flush();
    send({ done: true });
  } catch (error) {
    send(error instanceof ImportError ? { problems: [...error.problems] } : { error: String((error as Error).stack ?? error) });
  }
}

/**
 * The valid stories of `file`, as `readFile` gives them (an ImportError at the end when anything
 * is wrong), read in a worker thread when the file is large, here otherwise.
 */
export async function* readAhead(file: string, options: FileReadOptions & { parallelBytes?: number }): AsyncGenerator<Story> {
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    // readFile words it.
  }
  if (availableParallelism() < 2 || size < (options.parallelBytes ?? DEFAULT_PARALLEL_BYTES)) {
    for await (const { story } of readFile(file, options)) yield story;
    return;
  }
  const worker = startWorker(besides('read-ahead-worker', import.meta.url), { file, options });
  const queue: ReadAheadReply[] = [];
  let failed: Error | undefined;
  let wake: (() => void) | undefined;
  worker.on('message', (reply: ReadAheadReply) => {
    queue.push(reply);
    wake?.();
  });
  worker.once('error', (error) => {
    failed ??= error;
    wake?.();
  });
  worker.once('exit', (code) => {
    failed ??= new Error(`export: the reading thread stopped (exit code ${code})`);
    wake?.();
  });
  try {
    for (;;) {
      while (queue.length === 0 && failed === undefined) await new Promise<void>((resolve) => (wake = resolve));
      const reply = queue.shift();
      if (reply === undefined) throw failed!;
      if ('stories' in reply) {
        worker.postMessage('taken');
        yield* reply.stories;
      } else if ('done' in reply) return;
      else if ('problems' in reply) throw new ImportError(reply.problems);
      else throw new Error(`export: reading ${file} failed in a worker thread: ${reply.error}`);
    }
  } finally {
    void worker.terminate();
  }
}
