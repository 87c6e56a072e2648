import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Transferable } from 'node:worker_threads';
import type { VersionId } from '@vertelpunt/taxonomy';
import type { FileReadOptions } from './input.js';
import { readForMerge, type MergeRead } from './merge-read.js';
import { besides, DEFAULT_PARALLEL_BYTES, startWorker } from './start-worker.js';

// The first pass of `merge` on every core (issue 14): each worker thread reads whole inputs, one
// after another (the next not yet taken, from a shared counter), and hands back what the
// decisions need (`MergeRead`). The main thread takes them in the order of the inputs and
// decides as before, so the report and the output are the same however many threads read.
// Parsing, checking and hashing were nearly all of the pass; one file is still read by one thread.

/** Sent to a worker: the inputs, how to read them and the shared counter (slot 0: the next input). */
export interface MergeJob {
  files: string[];
  options: FileReadOptions;
  target: VersionId;
  cursor: SharedArrayBuffer;
}

export type MergeReply = { file: number; read: MergeRead } | { file: number; error: string };

/** One worker's part: inputs until none are left, each handed over as it is read. */
export async function readAs(job: MergeJob, send: (reply: MergeReply, transfer: Transferable[]) => void): Promise<void> {
  const cursor = new Int32Array(job.cursor);
  for (let file = Atomics.add(cursor, 0, 1); file < job.files.length; file = Atomics.add(cursor, 0, 1)) {
    try {
      const read = await readForMerge(job.files[file]!, job.options, job.target);
      const arrays = [
        read.ids,
        read.hashes,
        read.lineHashes,
        read.created,
        read.updated,
        read.ats,
        read.offsets,
        read.lengths,
        read.movedFrom,
      ];
      send(
        { file, read },
        arrays.map((a) => a.buffer as ArrayBuffer),
      );
    } catch (error) {
      send({ file, error: String((error as Error).stack ?? error) }, []);
    }
  }
}

const sizeOf = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/**
 * Each input read for the merge, in the order given: in worker threads when there are several
 * and together they are large, here otherwise.
 */
export async function* readInputs(
  files: readonly string[],
  options: FileReadOptions & { parallelBytes?: number },
  target: VersionId,
): AsyncGenerator<MergeRead> {
  const threads = Math.min(availableParallelism(), 8, files.length);
  const bytes = files.reduce((sum, file) => sum + sizeOf(file), 0);
  if (threads < 2 || bytes < (options.parallelBytes ?? DEFAULT_PARALLEL_BYTES)) {
    for (const file of files) yield await readForMerge(file, options, target);
    return;
  }
  const job: MergeJob = { files: [...files], options, target, cursor: new SharedArrayBuffer(4) };
  const settle: ((reply: MergeReply) => void)[] = [];
  const fail: ((error: Error) => void)[] = [];
  const replies = files.map(
    (_, i) =>
      new Promise<MergeReply>((resolve, reject) => {
        settle[i] = resolve;
        fail[i] = reject;
      }),
  );
  // Awaited in order below; a failure before then must not count as unhandled.
  for (const reply of replies) reply.catch(() => undefined);
  const workers = Array.from({ length: threads }, () => {
    const worker = startWorker(besides('merge-worker', import.meta.url), job);
    worker.on('message', (reply: MergeReply) => settle[reply.file]!(reply));
    worker.once('error', (error) => fail.forEach((reject) => reject(error)));
    // A worker ends by itself (0) when no input is left; anything else before all replies came is a failure.
    worker.once('exit', (code) => {
      if (code !== 0) fail.forEach((reject) => reject(new Error(`merge: a worker thread stopped (exit code ${code})`)));
    });
    return worker;
  });
  try {
    for (const pending of replies) {
      const reply = await pending;
      if ('error' in reply) throw new Error(`merge: reading ${files[reply.file]} failed in a worker thread: ${reply.error}`);
      yield reply.read;
    }
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}
