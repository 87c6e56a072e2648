import { closeSync, openSync, readSync } from 'node:fs';
import { parseStory, type Story } from '@vertelpunt/stories';
import type { VersionId } from '@vertelpunt/taxonomy';
import { ImportError } from '../problems.js';
import { migrateStory } from '../target-terms.js';
import { grow, IdTable } from './id-table.js';
import { sha256Bytes } from './native-hash.js';

/**
 * Where a story was read: the input's number, its line (or -(index + 1) in a file read whole)
 * and, when it had a line of its own, its bytes and the SHA-256 of that line; otherwise its JSON.
 */
export type Place = { readonly file: number; readonly at: number } & (
  { readonly offset: number; readonly bytes: number; readonly lineHash: Uint8Array } | { readonly held: string }
);

/** A story id packed as four words (`packUuidInto`): the words and where they start. */
export type PackedId = readonly [Uint32Array, number];

/**
 * The stories `merge` takes, known by id, content hash, times and place only, in typed arrays
 * (about 90 bytes a story: a million fit in 100 MB). The stories themselves are read again from
 * their files when the output is written (`inOrder`), oldest first. A story from a file read
 * whole has no bytes of its own to go back to; its JSON is held instead (such files are
 * limited in size, see `maxWholeBytes`).
 */
export class TakenStories {
  private readonly ids = new IdTable();
  private hashes = new Uint8Array(32 * 1024);
  private lineHashes = new Uint8Array(32 * 1024);
  private created = new Float64Array(1024);
  private updated = new Float64Array(1024);
  private files = new Uint32Array(1024);
  private ats = new Int32Array(1024);
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private readonly held = new Map<number, Buffer>();

  get size(): number {
    return this.ids.size;
  }

  /** The entry of a story id taken before, or -1: the id as text, or packed (the four words at `at`). */
  find(id: string | PackedId): number {
    return typeof id === 'string' ? this.ids.find(id) : this.ids.findPacked(id[0], id[1]);
  }

  /** Whether the taken story `entry` has this content hash (32 bytes). */
  sameContent(entry: number, hash: Uint8Array): boolean {
    return Buffer.compare(hash, this.hashes.subarray(32 * entry, 32 * entry + 32)) === 0;
  }

  place(entry: number): { file: number; at: number } {
    return { file: this.files[entry]!, at: this.ats[entry]! };
  }

  /** The time a taken story was last saved, in ms. */
  updatedAt(entry: number): number {
    return this.updated[entry]!;
  }

  /** Takes a story (its id, content hash and times in ms): a new one (`entry` -1) or one that replaces what `entry` held. */
  put(entry: number, id: string | PackedId, hash: Uint8Array, created: number, updated: number, place: Place): void {
    if (entry === -1) {
      entry = typeof id === 'string' ? this.ids.add(id) : this.ids.addPacked(id[0], id[1]);
      if (entry >= this.created.length) this.grow(2 * this.created.length);
    }
    this.hashes.set(hash, 32 * entry);
    this.created[entry] = created;
    this.updated[entry] = updated;
    this.files[entry] = place.file;
    this.ats[entry] = place.at;
    if ('held' in place) {
      this.offsets[entry] = -1;
      this.held.set(entry, Buffer.from(place.held));
    } else {
      this.offsets[entry] = place.offset;
      this.lengths[entry] = place.bytes;
      this.lineHashes.set(place.lineHash, 32 * entry);
      this.held.delete(entry);
    }
  }

  /**
   * The taken stories oldest first, ties by id (the order of every file this package writes),
   * each read again from its file and moved to `version`. A story whose line changed since it was
   * read (its SHA-256 differs) stops the merge: nothing half-checked is written. The line is the one
   * checked in the first pass, byte for byte, so it is not hashed as a story again (issue 14).
   */
  async *inOrder(paths: readonly string[], version: VersionId): AsyncGenerator<Story> {
    const order = new Uint32Array(this.size).map((_, i) => i);
    order.sort((a, b) => this.created[a]! - this.created[b]! || this.ids.compare(a, b));
    const fds = new Map<number, number>();
    // Read ahead when the stories come in the order of their file (as they nearly always do): one
    // read per megabyte, not one per story; a story elsewhere is read alone.
    let block = Buffer.alloc(1024 * 1024);
    let blockFile = -1;
    let blockStart = 0;
    let blockEnd = 0;
    let lastEnd = -1;
    try {
      for (const entry of order) {
        const offset = this.offsets[entry]!;
        if (offset < 0) {
          yield JSON.parse(this.held.get(entry)!.toString('utf8')) as Story;
          continue;
        }
        const file = this.files[entry]!;
        const path = paths[file]!;
        const length = this.lengths[entry]!;
        if (file !== blockFile || offset < blockStart || offset + length > blockEnd) {
          let fd = fds.get(file);
          if (fd === undefined) fds.set(file, (fd = openSync(path, 'r')));
          // Just after the story before (a line break or two, a comma and indent between them).
          const next = file === blockFile && offset >= lastEnd && offset - lastEnd <= 16;
          if (length > block.length) block = Buffer.alloc(length);
          blockFile = file;
          blockStart = offset;
          blockEnd = offset + readSync(fd, block, 0, next ? block.length : length, offset);
        }
        lastEnd = offset + length;
        const bytes = block.subarray(offset - blockStart, Math.min(offset - blockStart + length, blockEnd - blockStart));
        if (bytes.length !== length || Buffer.compare(sha256Bytes(bytes), this.lineHashes.subarray(32 * entry, 32 * entry + 32)) !== 0)
          throw new ImportError([
            { file: path, line: this.ats[entry]!, message: 'changed while the merge was reading it: run the merge again' },
          ]);
        const trimmed = bytes.toString('utf8').trim();
        // The same bytes as in the first pass: valid, and parsed as they were then.
        const story = migrateStory(parseStory(JSON.parse(trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed)), version);
        yield story;
      }
    } finally {
      for (const fd of fds.values()) closeSync(fd);
    }
  }

  private grow(length: number): void {
    this.hashes = grow(this.hashes, 32 * length);
    this.lineHashes = grow(this.lineHashes, 32 * length);
    this.created = grow(this.created, length);
    this.updated = grow(this.updated, length);
    this.files = grow(this.files, length);
    this.ats = grow(this.ats, length);
    this.offsets = grow(this.offsets, length);
    this.lengths = grow(this.lengths, length);
  }
}
