import { z } from 'zod';
import { StorySchema, type Story } from '@vertelpunt/stories';

export const EXPORT_FORMAT = 'vertelpunt-stories';
export const EXPORT_SCHEMA_VERSION = 1;

/** A JSON export: what it is, which version of the format and vocabulary, when, and the stories. */
export const EnvelopeSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  taxonomyVersions: z.array(z.string()),
  exportedAt: z.iso.datetime({ offset: true }),
  stories: z.array(StorySchema),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** The first line of a newline-delimited export; each following line is one story. */
export const NdjsonHeaderSchema = EnvelopeSchema.omit({ stories: true, taxonomyVersions: true });

/** The JSON Schema of the envelope, generated from the zod schema (shipped as schema/vertelpunt-stories.schema.json). */
export function envelopeJsonSchema(): object {
  return z.toJSONSchema(EnvelopeSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
}

/** Oldest first, ties by id: the same stories always give the same file. */
const stableOrder = (a: Story, b: Story) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export function toJsonEnvelope(stories: Iterable<Story>, exportedAt: Date): string {
  const sorted = [...stories].sort(stableOrder);
  const envelope: Envelope = {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    taxonomyVersions: [...new Set(sorted.map((s) => s.tags.version))].sort(),
    exportedAt: exportedAt.toISOString(),
    stories: sorted,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** Newline-delimited JSON, streamed: a header line, then one story per line. */
export async function* ndjsonChunks(stories: AsyncIterable<Story> | Iterable<Story>, exportedAt: Date): AsyncGenerator<string> {
  yield `${JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt: exportedAt.toISOString() })}\n`;
  for await (const story of stories) yield `${JSON.stringify(story)}\n`;
}

/** A file that is not a valid export, with where: "stories[3].tags.terms[0]: unknown term id 'x'". */
export class ImportError extends Error {}

/** Parses a JSON export, naming the first problem precisely. Nothing is imported from a bad file. */
export function parseJsonEnvelope(text: string, file: string): Envelope {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (raw && typeof raw === 'object' && 'format' in raw && (raw as { format: unknown }).format !== EXPORT_FORMAT) {
    throw new ImportError(`${file}: format is '${String((raw as { format: unknown }).format)}', expected '${EXPORT_FORMAT}'`);
  }
  if (raw && typeof raw === 'object' && 'schemaVersion' in raw && (raw as { schemaVersion: unknown }).schemaVersion !== EXPORT_SCHEMA_VERSION) {
    throw new ImportError(`${file}: schemaVersion ${String((raw as { schemaVersion: unknown }).schemaVersion)} is not supported (expected ${EXPORT_SCHEMA_VERSION})`);
  }
  const parsed = EnvelopeSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
    throw new ImportError(`${file}: ${where || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}
