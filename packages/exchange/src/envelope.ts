import { z } from 'zod';
import { StorySchema } from '@vertelpunt/stories';

/** A JSON or NDJSON export for analysts: the filtered set (or all), without any kept original text. */
export const EXPORT_FORMAT = 'vertelpunt-stories';
/** A full backup of a library: every story as stored, restored as the same library. */
export const BACKUP_FORMAT = 'vertelpunt-backup';
export const FILE_FORMATS = [EXPORT_FORMAT, BACKUP_FORMAT] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** Raised when the layout or meaning of the files changes; a reader refuses versions it does not know. */
export const SCHEMA_VERSION = 1;

const IsoDateTime = z.iso.datetime({ offset: true });

/** What comes before the stories: which file this is, which version of the format, when it was written. */
export const FileHeaderSchema = z.strictObject({
  format: z.enum(FILE_FORMATS),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: IsoDateTime,
});
export type FileHeader = z.infer<typeof FileHeaderSchema>;

/**
 * What comes after the stories. A writer that streams only knows these at the end; a reader
 * checks them, so a file cut off at a line boundary or edited by hand is noticed.
 */
export const FileTrailerSchema = z.strictObject({
  storyCount: z.number().int().nonnegative(),
  /** The vocabulary versions the stories are tagged in, sorted. */
  taxonomyVersions: z.array(z.string()),
});
export type FileTrailer = z.infer<typeof FileTrailerSchema>;

/**
 * A JSON export or backup. Built on StorySchema (imported, not copied), so a field the stories
 * package adds is in the files, the reader and the JSON Schema at once. Written as
 * `{ format, schemaVersion, exportedAt, stories: [ one story per line ], storyCount, taxonomyVersions }`.
 */
export const EnvelopeSchema = z.strictObject({
  ...FileHeaderSchema.shape,
  stories: z.array(StorySchema),
  ...FileTrailerSchema.shape,
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** One line of an NDJSON export: the header first, then one story per line, then the trailer. */
export const NdjsonLineSchema = z.union([FileHeaderSchema, StorySchema, FileTrailerSchema]);

const jsonSchemaOf = (schema: z.ZodType, title: string, description: string) => ({
  ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
  title,
  description,
});

/** The JSON Schema of a JSON export or backup, generated from the zod schema (shipped in schema/). */
export const envelopeJsonSchema = (): object =>
  jsonSchemaOf(
    EnvelopeSchema,
    'Vertelpunt stories',
    'A JSON export (format vertelpunt-stories) or backup (vertelpunt-backup) of Vertelpunt stories.',
  );

/** The JSON Schema of one line of an NDJSON export (shipped in schema/). */
export const ndjsonLineJsonSchema = (): object =>
  jsonSchemaOf(
    NdjsonLineSchema,
    'Vertelpunt stories, one NDJSON line',
    'The first line is the header, each following line one story, the last line the trailer.',
  );
