import { closeSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { isPlainValidStory, StorySchema, type Story } from '@vertelpunt/stories';
import type { CountedStory } from '../counts.js';
import { countedStory } from './story-line.js';

/** A byte range of story lines: starts at a line's first byte, ends just after a line break. */
export interface Piece {
  readonly start: number;
  readonly end: number;
}

/** Why a piece is handed back to the line-by-line reader, which then finds and words the problem. */
export class NotPlain extends Error {}

/**
 * Reads the story lines of pieces of an NDJSON file (no header, no trailer) and hands each valid
 * story to `use`. It words no problems: at anything it does not expect (a line that is not a
 * valid story, a line too long, bytes that are not UTF-8, the closing line in the middle) it
 * throws `NotPlain`, and the caller reads the file again line by line, which says exactly what
 * and where, as it always has. Returns how many lines it read, blank ones included.
 */
export function readPieces(file: string, next: () => Piece | undefined, maxLineBytes: number, use: (story: CountedStory) => void): number {
  const fd = openSync(file, 'r');
  let buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
  let lines = 0;
  try {
    for (let piece = next(); piece !== undefined; piece = next()) {
      let position = piece.start;
      let carry = 0;
      while (position < piece.end) {
        if (carry === buffer.length) {
          if (buffer.length > maxLineBytes + 2) throw new NotPlain('a line above the limit');
          const bigger = Buffer.allocUnsafe(2 * buffer.length);
          buffer.copy(bigger, 0, 0, carry);
          buffer = bigger;
        }
        const read = readSync(fd, buffer, carry, Math.min(buffer.length - carry, piece.end - position), position);
        if (read === 0) throw new NotPlain('the file is shorter than it was');
        position += read;
        const filled = carry + read;
        const last = buffer.lastIndexOf(10, filled - 1);
        if (last === -1) {
          carry = filled;
          continue;
        }
        // Whole lines only: UTF-8 is valid in them all at once exactly when it is in each.
        if (!isUtf8(buffer.subarray(0, last))) throw new NotPlain('not UTF-8');
        let from = 0;
        while (from <= last) {
          const at = buffer.indexOf(10, from);
          lines += 1;
          const stop = at > from && buffer[at - 1] === 13 ? at - 1 : at;
          if (stop - from > maxLineBytes) throw new NotPlain('a line above the limit');
          const line = buffer.toString('utf8', from, stop);
          from = at + 1;
          // A line as this package writes it is checked without building the story; any other the long way.
          const counted = countedStory(line);
          if (counted !== undefined) {
            use(counted);
            continue;
          }
          const text = line.trim();
          if (text === '') continue;
          use(storyOf(text));
        }
        carry = filled - from;
        buffer.copyWithin(0, from, filled);
      }
      if (carry > 0) throw new NotPlain('a piece that does not end with a line break');
    }
  } finally {
    closeSync(fd);
  }
  return lines;
}

function storyOf(text: string): Story {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new NotPlain('not JSON');
  }
  if (isPlainValidStory(raw)) return raw;
  if (typeof raw === 'object' && raw !== null && 'storyCount' in raw && !('id' in raw))
    throw new NotPlain('the closing line before the end');
  const parsed = StorySchema.safeParse(raw);
  if (!parsed.success) throw new NotPlain('not a valid story');
  return parsed.data;
}

/**
 * Cuts [start, end) into pieces of about `size` bytes, each ending just after a line break, so
 * that the main thread and the workers can take them one by one from a shared counter.
 */
export function cutPieces(file: string, start: number, end: number, size: number): Piece[] {
  const pieces: Piece[] = [];
  const fd = openSync(file, 'r');
  const probe = Buffer.allocUnsafe(64 * 1024);
  try {
    let from = start;
    while (from < end) {
      let to = Math.min(end, from + size);
      while (to < end) {
        const read = readSync(fd, probe, 0, Math.min(probe.length, end - to), to);
        const at = probe.subarray(0, read).indexOf(10);
        if (at !== -1) {
          to += at + 1;
          break;
        }
        to += read;
      }
      pieces.push({ start: from, end: to });
      from = to;
    }
  } finally {
    closeSync(fd);
  }
  return pieces;
}
