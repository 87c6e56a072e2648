import { renameSync, rmSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Chunk } from '../encode.js';

/**
 * Streams chunks into a temporary file beside the target and renames it when all went well:
 * a failure halfway (bad input found at the end, a full disk) never leaves a partial file.
 */
export async function writeAtomically(file: string, chunks: AsyncIterable<Chunk>): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await pipeline(Readable.from(chunks), createWriteStream(temporary));
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
