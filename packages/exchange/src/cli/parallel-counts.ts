import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_LINE_BYTES, LineSplitter } from '@vertelpunt/taxonomy';
import { StoryCounter, type CountOptions, type CountPart } from '../counts.js';
import { DEFAULT_MAX_BYTES, StoryFileParser } from '../read.js';
import { grow, IdTable, packUuidInto } from './id-table.js';
import { besides, DEFAULT_PARALLEL_BYTES, takeWorker } from './start-worker.js';
import { cutPieces, readPieces, type Piece } from './story-pieces.js';

// `counts` of a large NDJSON file on every core (issue 14): the story lines are cut into pieces
// (up to 16 MB), and the main thread and its workers take them one by one from a shared counter,
// each parsing, checking and counting its own; the parts add up to the same table. Valid files
// only: at the first thing out of the ordinary the pieces are dropped and the caller reads the
// file line by line, which finds and words every problem exactly as before. A file is read
// twice only when it is refused.

/** Pieces: at least 8 per thread, so one that started late still gets its share; 64 kB to 16 MB. */
const pieceBytes = (bytes: number, threads: number) => Math.min(16 * 1024 * 1024, Math.max(64 * 1024, Math.ceil(bytes / (8 * threads))));
const EDGE_BYTES = 1024 * 1024;

export interface ParallelLimits {
  maxLineBytes?: number;
  parallelBytes?: number;
}

/** What one thread read: its counts, and what the closing line and the duplicate check need. */
interface Share {
  part: CountPart;
  lines: number;
  versions: string[];
  /** Story ids as lowercase UUIDs are, four words each (packed in the worker, not on the main thread afterwards). */
  packedIds: Uint32Array;
  /** Ids in any other spelling, one per line. */
  otherIds: string;
}

/** Sent to a worker: the file, its pieces and the shared counter (slot 0: next piece; slot 1: 1 = stop). */
export interface CountJob {
  file: string;
  pieces: Piece[];
  cursor: SharedArrayBuffer;
  maxLineBytes: number;
  options: CountOptions;
}

export type CountReply = { ok: true; share: Share } | { ok: false; reason: string };

/** One thread's work: pieces until there are none left (or another thread found a problem). */
export function countShare(job: CountJob): CountReply {
  const cursor = new Int32Array(job.cursor);
  const counter = new StoryCounter(job.options);
  const versions = new Set<string>();
  let packed = new Uint32Array(4 * 64 * 1024);
  let packedCount = 0;
  const others: string[] = [];
  const next = () => (Atomics.load(cursor, 1) === 1 ? undefined : job.pieces[Atomics.add(cursor, 0, 1)]);
  try {
    const lines = readPieces(job.file, next, job.maxLineBytes, (story) => {
      counter.add(story);
      versions.add(story.tags.version);
      if (4 * packedCount + 4 > packed.length) packed = grow(packed, 2 * packed.length);
      if (packUuidInto(story.id, packed, 4 * packedCount)) packedCount += 1;
      else others.push(story.id);
    });
    return {
      ok: true,
      share: {
        part: counter.part(),
        lines,
        versions: [...versions],
        packedIds: packed.subarray(0, 4 * packedCount),
        otherIds: others.join('\n'),
      },
    };
  } catch (error) {
    Atomics.store(cursor, 1, 1);
    return { ok: false, reason: String((error as Error).message ?? error) };
  }
}

const workerUrl = besides('count-worker', import.meta.url);

function inWorker(job: CountJob): Promise<CountReply> {
  return new Promise((resolve) => {
    const worker = takeWorker(workerUrl, job);
    worker.once('message', (reply: CountReply) => {
      resolve(reply);
      void worker.terminate();
    });
    worker.once('error', (error) => resolve({ ok: false, reason: `worker: ${error.message}` }));
    worker.once('exit', (code) => resolve({ ok: false, reason: `worker stopped (exit code ${code})` }));
  });
}

function readAt(file: string, position: number, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, position));
  } finally {
    closeSync(fd);
  }
}

/**
 * Counts a valid NDJSON file on every core into `counter`. Returns false, having counted nothing
 * that counts (the caller starts again with a fresh counter), when the file is small, not NDJSON
 * or anything in it is out of the ordinary.
 */
export async function countInParallel(file: string, options: CountOptions, limits: ParallelLimits = {}): Promise<StoryCounter | undefined> {
  const threads = Math.min(availableParallelism(), 8);
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return undefined;
    size = stat.size;
  } catch {
    return undefined;
  }
  if (threads < 2 || size < (limits.parallelBytes ?? DEFAULT_PARALLEL_BYTES) || size > DEFAULT_MAX_BYTES) return undefined;
  const maxLineBytes = limits.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const parser = new StoryFileParser(file);
  // The header: the first line, checked by the line-by-line parser itself.
  let start: number;
  try {
    const lines = new LineSplitter(maxLineBytes).push(readAt(file, 0, Math.min(size, EDGE_BYTES)));
    if (lines.length < 2) return undefined;
    parser.push(lines[0]!.text);
    if (!parser.readsNdjson) return undefined;
    start = lines[1]!.offset;
  } catch {
    return undefined;
  }
  // The closing line: the last line with anything on it.
  const tailFrom = Math.max(start, size - EDGE_BYTES);
  const tail = readAt(file, tailFrom, size - tailFrom);
  let last = tail.length - 1;
  while (last >= 0 && (tail[last] === 10 || tail[last] === 13 || tail[last] === 32 || tail[last] === 9)) last -= 1;
  const lineStart = last < 0 ? -1 : tail.lastIndexOf(10, last);
  if (lineStart === -1) return undefined;
  const end = tailFrom + lineStart + 1;

  const job: CountJob = {
    file,
    pieces: cutPieces(file, start, end, pieceBytes(end - start, threads)),
    cursor: new SharedArrayBuffer(8),
    maxLineBytes,
    options,
  };
  const helpers = Array.from({ length: Math.min(threads, job.pieces.length) - 1 }, () => inWorker(job));
  // The main thread takes pieces too while the workers start.
  const mine = countShare(job);
  const replies = [mine, ...(await Promise.all(helpers))];
  const shares: Share[] = [];
  for (const reply of replies) {
    if (!reply.ok) return undefined;
    shares.push(reply.share);
  }
  // A story twice in the file: the line-by-line reader names both lines.
  const seen = new IdTable(shares.reduce((sum, s) => sum + s.lines, 0));
  for (const { packedIds, otherIds } of shares) {
    for (let at = 0; at < packedIds.length; at += 4) if (!seen.addNewPacked(packedIds, at)) return undefined;
    if (otherIds !== '') for (const id of otherIds.split('\n')) if (!seen.addNew(id)) return undefined;
  }
  const counter = new StoryCounter(options);
  for (const { part } of shares) counter.absorb(part);
  try {
    parser.skipCheckedStories(
      counter.part().total,
      shares.reduce((sum, s) => sum + s.lines, 0),
      shares.flatMap((s) => s.versions),
    );
    const splitter = new LineSplitter(maxLineBytes);
    for (const line of [...splitter.push(tail.subarray(lineStart + 1)), ...splitter.end()]) {
      if (parser.push(line.text).length > 0) return undefined;
    }
    parser.end();
  } catch {
    return undefined;
  }
  return counter;
}
