import type { Story } from '@vertelpunt/stories';
import type { VersionId } from '@vertelpunt/taxonomy';
import { contentHash, storyJson } from '../canonical.js';
import { ImportError, type ImportProblem } from '../problems.js';
import { migrateStory, VersionMismatchError } from '../target-terms.js';
import { grow, packUuidInto } from './id-table.js';
import { readFile, type FileReadOptions } from './input.js';
import { nativeSha256Hex, sha256Bytes } from './native-hash.js';

/**
 * What the first pass of `merge` keeps of one input, per story in file order: its id, content
 * hash (of the story moved to the target version), times, place, and the hash of its line (the
 * second pass reads the line again and finds it unchanged by that). Plain data in typed arrays,
 * so a worker thread can read a file and hand this over (`parallel-merge.ts`).
 */
export interface MergeRead {
  /** Stories read, those refused for their version included. */
  read: number;
  /** Stories kept here (`read` minus the refused ones). */
  count: number;
  /** The story ids, packed four words each (`packUuidInto`); one in another spelling is in `otherIds` (zeros here). */
  ids: Uint32Array;
  otherIds: Map<number, string>;
  /** The content hashes, 32 bytes each. */
  hashes: Uint8Array;
  /** SHA-256 of each story's line, 32 bytes each (zeros for a story without a line of its own). */
  lineHashes: Uint8Array;
  created: Float64Array;
  updated: Float64Array;
  /** Line, or -(index + 1) for a story in a file read whole. */
  ats: Int32Array;
  /** Byte offset of the line, or -1 for a story in a file read whole (its JSON is in `held`). */
  offsets: Float64Array;
  lengths: Uint32Array;
  /** The version each story moved from (an index into `versions`), -1 when it did not move. */
  movedFrom: Int32Array;
  versions: string[];
  /** The moved stories without a line of their own, as compact JSON, in file order. */
  held: string[];
  /** Problems, in the order found; the file is `failed` when it could not be read to the end. */
  problems: ImportProblem[];
  failed: boolean;
}

/**
 * Reads one input of `merge`: each story is validated (by `readFile`), moved to `target` and
 * hashed. A story tagged in a version newer than the target is a problem; a file with a problem
 * is reported whole, as `readFile` does.
 */
export async function readForMerge(file: string, options: FileReadOptions, target: VersionId): Promise<MergeRead> {
  let size = 1024;
  const out: MergeRead = {
    read: 0,
    count: 0,
    ids: new Uint32Array(4 * size),
    otherIds: new Map(),
    hashes: new Uint8Array(32 * size),
    lineHashes: new Uint8Array(32 * size),
    created: new Float64Array(size),
    updated: new Float64Array(size),
    ats: new Int32Array(size),
    offsets: new Float64Array(size),
    lengths: new Uint32Array(size),
    movedFrom: new Int32Array(size),
    versions: [],
    held: [],
    problems: [],
    failed: false,
  };
  try {
    for await (const { story, line, index, offset, bytes, text } of readFile(file, options)) {
      out.read += 1;
      let moved: Story;
      try {
        moved = migrateStory(story, target);
      } catch (error) {
        if (!(error instanceof VersionMismatchError)) throw error;
        out.problems.push({
          file,
          ...(line === undefined ? {} : { line }),
          path: `stories[${index}].tags.version`,
          message: `'${story.tags.version}' is newer than --version ${target}: tags move forward only`,
        });
        continue;
      }
      const i = out.count++;
      if (i === size) {
        size *= 2;
        out.ids = grow(out.ids, 4 * size);
        out.hashes = grow(out.hashes, 32 * size);
        out.lineHashes = grow(out.lineHashes, 32 * size);
        out.created = grow(out.created, size);
        out.updated = grow(out.updated, size);
        out.ats = grow(out.ats, size);
        out.offsets = grow(out.offsets, size);
        out.lengths = grow(out.lengths, size);
        out.movedFrom = grow(out.movedFrom, size);
      }
      if (!packUuidInto(story.id, out.ids, 4 * i)) out.otherIds.set(i, story.id);
      out.hashes.set(Buffer.from(contentHash(moved, nativeSha256Hex), 'hex'), 32 * i);
      out.created[i] = Date.parse(moved.createdAt);
      out.updated[i] = Date.parse(moved.updatedAt);
      out.ats[i] = line ?? -(index + 1);
      let from = -1;
      if (moved !== story) {
        from = out.versions.indexOf(story.tags.version);
        if (from === -1) from = out.versions.push(story.tags.version) - 1;
      }
      out.movedFrom[i] = from;
      if (offset === undefined || bytes === undefined || text === undefined) {
        out.offsets[i] = -1;
        out.held.push(storyJson(moved));
      } else {
        out.offsets[i] = offset;
        out.lengths[i] = bytes;
        out.lineHashes.set(sha256Bytes(text), 32 * i);
      }
    }
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    out.problems.push(...error.problems);
    out.failed = true;
  }
  return out;
}
