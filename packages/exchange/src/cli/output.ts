import { createWriteStream, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Chunk } from '../encode.js';
import { UsageError } from './usage-error.js';

/** Temporary files being written now: removed if the process is stopped (Ctrl-C, kill). */
const temporaries = new Set<string>();
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removeTemporariesAndStop(signal: NodeJS.Signals): void {
  for (const file of temporaries) rmSync(file, { force: true });
  temporaries.clear();
  for (const name of STOP_SIGNALS) process.removeListener(name, removeTemporariesAndStop);
  // Stopped by the same signal, as without a handler: the shell sees "interrupted" (exit 130 / 143).
  process.kill(process.pid, signal);
}

/**
 * Streams chunks into a temporary file beside the target and renames it when all went well:
 * a failure halfway (bad input found at the end, a full disk) or a Ctrl-C never leaves a
 * partial file, nor the temporary one.
 */
export async function writeAtomically(file: string, chunks: AsyncIterable<Chunk>): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  if (temporaries.size === 0) for (const name of STOP_SIGNALS) process.on(name, removeTemporariesAndStop);
  temporaries.add(temporary);
  try {
    await pipeline(Readable.from(chunks), createWriteStream(temporary));
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    temporaries.delete(temporary);
    if (temporaries.size === 0) for (const name of STOP_SIGNALS) process.removeListener(name, removeTemporariesAndStop);
  }
}

/** The file a path names, through symbolic links and relative parts; for a file not there yet, its folder's real path. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

const sameInode = (a: string, b: string): boolean => {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
};

/**
 * `--out` must not be one of the inputs, however it is spelled (another relative path, a
 * symbolic or hard link): the output replaces the file at the end, so the input would be lost.
 */
export function refuseOutputOntoInput(out: string, inputs: readonly string[]): void {
  const target = realPath(out);
  for (const input of inputs) {
    if (realPath(input) === target || sameInode(input, out)) {
      throw new UsageError(`--out ${out} is the input ${input}: writing it would overwrite the input; choose another output file`);
    }
  }
}
