import type { Story } from '@vertelpunt/stories';
import { compareStories, storyJson } from './canonical.js';
import { encodeAll, encodeChunks, joinText, type StoryEncoder, type StoryStream } from './encode.js';
import { BACKUP_FORMAT, EXPORT_FORMAT, SCHEMA_VERSION, type FileFormat, type FileHeader, type FileTrailer } from './envelope.js';

export interface JsonExportOptions {
  /** Written into the file; pass the same time twice and the same stories give the same bytes. */
  exportedAt: Date;
}

/**
 * What an analyst may receive of a story: everything but a kept original text, which stays in
 * the professional's own library and backups.
 */
export function forExport(story: Story): Story {
  if (story.original === undefined) return story;
  const { original: _original, ...rest } = story;
  return rest;
}

const header = (format: FileFormat, exportedAt: Date): FileHeader => ({
  format,
  schemaVersion: SCHEMA_VERSION,
  exportedAt: exportedAt.toISOString(),
});

/** Counts the stories and their vocabulary versions on the way through, for the trailer. */
function trailerCounter() {
  let storyCount = 0;
  const versions = new Set<string>();
  return {
    see(story: Story) {
      storyCount += 1;
      versions.add(story.tags.version);
    },
    /** How many so far (the trailer sorts the versions: not for every story). */
    count: () => storyCount,
    trailer: (): FileTrailer => ({ storyCount, taxonomyVersions: [...versions].sort() }),
  };
}

/**
 * The JSON layout: the header fields one per line, then one story per line, then the trailer.
 * Any JSON reader reads it; this package's reader also reads it line by line, in bounded memory
 * and with line numbers in its messages.
 */
function envelopeEncoder(format: FileFormat, options: JsonExportOptions, prepare: (story: Story) => Story): StoryEncoder<string> {
  const count = trailerCounter();
  return {
    begin: () => {
      const fields = Object.entries(header(format, options.exportedAt)).map(
        ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`,
      );
      return [`{\n${fields.join('')}  "stories": [`];
    },
    write: (story) => {
      const line = `${count.count() === 0 ? '\n' : ',\n'}    ${storyJson(prepare(story))}`;
      count.see(story);
      return [line];
    },
    end: () => {
      const { storyCount, taxonomyVersions } = count.trailer();
      return [
        `${storyCount === 0 ? '' : '\n  '}],\n  "storyCount": ${storyCount},\n  "taxonomyVersions": ${JSON.stringify(taxonomyVersions)}\n}\n`,
      ];
    },
  };
}

/** A JSON export (vertelpunt-stories), streamed in the order the stories come. */
export const jsonExportEncoder = (options: JsonExportOptions) => envelopeEncoder(EXPORT_FORMAT, options, forExport);
export const jsonExportChunks = (stories: StoryStream, options: JsonExportOptions) => encodeChunks(jsonExportEncoder(options), stories);

/** A JSON export of a whole set, oldest first: the same stories always give the same file. */
export function toJsonExport(stories: Iterable<Story>, options: JsonExportOptions): string {
  return joinText(encodeAll(jsonExportEncoder(options), [...stories].sort(compareStories)));
}

/**
 * A backup (vertelpunt-backup): every field of every story as stored, kept originals included.
 * Streamed in the order given; give the stories oldest first (the library's createdAt index does:
 * equal keys come in id order) and a restore of it backs up to the same bytes.
 */
export const backupEncoder = (options: JsonExportOptions) => envelopeEncoder(BACKUP_FORMAT, options, (story) => story);
export const backupChunks = (stories: StoryStream, options: JsonExportOptions) => encodeChunks(backupEncoder(options), stories);

export function toBackup(stories: Iterable<Story>, options: JsonExportOptions): string {
  return joinText(encodeAll(backupEncoder(options), [...stories].sort(compareStories)));
}

/** Newline-delimited JSON: a header line, one story per line, a trailer line with the count. */
export function ndjsonEncoder(options: JsonExportOptions): StoryEncoder<string> {
  const count = trailerCounter();
  return {
    begin: () => [`${JSON.stringify(header(EXPORT_FORMAT, options.exportedAt))}\n`],
    write: (story) => {
      count.see(story);
      return [`${storyJson(forExport(story))}\n`];
    },
    end: () => [`${JSON.stringify(count.trailer())}\n`],
  };
}
export const ndjsonChunks = (stories: StoryStream, options: JsonExportOptions) => encodeChunks(ndjsonEncoder(options), stories);

export function toNdjson(stories: Iterable<Story>, options: JsonExportOptions): string {
  return joinText(encodeAll(ndjsonEncoder(options), [...stories].sort(compareStories)));
}
