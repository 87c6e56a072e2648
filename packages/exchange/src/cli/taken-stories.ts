import { closeSync, openSync, readSync } from 'node:fs';
import { isPlainValidStory, StorySchema, type Story } from '@vertelpunt/stories';
import type { VersionId } from '@vertelpunt/taxonomy';
import { contentHash, storyJson } from '../canonical.js';
import { nativeSha256Hex } from './native-hash.js';
import { ImportError } from '../problems.js';
import { migrateStory } from '../target-terms.js';
import { grow, IdTable } from './id-table.js';

/** Where a story was read: the input's number, its line (or -(index + 1) in a file read whole) and its bytes when it had a line of its own. */
export interface Place {
  readonly file: number;
  readonly at: number;
  readonly offset?: number | undefined;
  readonly bytes?: number | undefined;
}

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

  /** The entry of a story id taken before, or -1. */
  find(id: string): number {
    return this.ids.find(id);
  }

  /** Whether the taken story `entry` has this content hash (hex). */
  sameContent(entry: number, hash: string): boolean {
    return Buffer.from(hash, 'hex').equals(this.hashes.subarray(32 * entry, 32 * entry + 32));
  }

  place(entry: number): { file: number; at: number } {
    return { file: this.files[entry]!, at: this.ats[entry]! };
  }

  /** The time a taken story was last saved, in ms. */
  updatedAt(entry: number): number {
    return this.updated[entry]!;
  }

  /** Takes a story: a new one (`entry` -1) or one that replaces what `entry` held. */
  put(entry: number, story: Story, hash: string, place: Place): void {
    if (entry === -1) {
      entry = this.ids.add(story.id);
      if (entry >= this.created.length) this.grow(2 * this.created.length);
    }
    this.hashes.set(Buffer.from(hash, 'hex'), 32 * entry);
    this.created[entry] = Date.parse(story.createdAt);
    this.updated[entry] = Date.parse(story.updatedAt);
    this.files[entry] = place.file;
    this.ats[entry] = place.at;
    if (place.offset === undefined || place.bytes === undefined) {
      this.offsets[entry] = -1;
      this.held.set(entry, Buffer.from(storyJson(story)));
    } else {
      this.offsets[entry] = place.offset;
      this.lengths[entry] = place.bytes;
      this.held.delete(entry);
    }
  }

  /**
   * The taken stories oldest first, ties by id (the order of every file this package writes),
   * each read again from its file and moved to `version`. A story whose file changed since it was
   * read (its content hash differs) stops the merge: nothing half-checked is written.
   */
  async *inOrder(paths: readonly string[], version: VersionId): AsyncGenerator<Story> {
    const order = new Uint32Array(this.size).map((_, i) => i);
    order.sort((a, b) => this.created[a]! - this.created[b]! || this.ids.compare(a, b));
    const fds = new Map<number, number>();
    let buffer = Buffer.alloc(64 * 1024);
    try {
      for (const entry of order) {
        const offset = this.offsets[entry]!;
        if (offset < 0) {
          yield JSON.parse(this.held.get(entry)!.toString('utf8')) as Story;
          continue;
        }
        const file = this.files[entry]!;
        const path = paths[file]!;
        let fd = fds.get(file);
        if (fd === undefined) fds.set(file, (fd = openSync(path, 'r')));
        const length = this.lengths[entry]!;
        if (length > buffer.length) buffer = Buffer.alloc(Math.max(length, 2 * buffer.length));
        const read = readSync(fd, buffer, 0, length, offset);
        const text = buffer.toString('utf8', 0, read).trim();
        const changed = () =>
          new ImportError([{ file: path, line: this.ats[entry]!, message: 'changed while the merge was reading it: run the merge again' }]);
        let story: Story;
        try {
          const raw: unknown = JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text);
          story = migrateStory(isPlainValidStory(raw) ? raw : StorySchema.parse(raw), version);
        } catch {
          throw changed();
        }
        if (!this.sameContent(entry, contentHash(story, nativeSha256Hex))) throw changed();
        yield story;
      }
    } finally {
      for (const fd of fds.values()) closeSync(fd);
    }
  }

  private grow(length: number): void {
    this.hashes = grow(this.hashes, 32 * length);
    this.created = grow(this.created, length);
    this.updated = grow(this.updated, length);
    this.files = grow(this.files, length);
    this.ats = grow(this.ats, length);
    this.offsets = grow(this.offsets, length);
    this.lengths = grow(this.lengths, length);
  }
}
