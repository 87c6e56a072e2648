import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { detect, type Span } from '@vertelpunt/deid';
import { EXPORT_FORMATS, exportChunks, toJsonExport, type ExportFormatName } from '@vertelpunt/exchange';
import { DeidReviewSchema, describeTextRange, type Story } from '@vertelpunt/stories';
import { aStory } from '@vertelpunt/stories/testing';
import { LATEST_VERSION } from '@vertelpunt/taxonomy';
import type { Draft } from '../drafts/draft';
import { storyFromDraft } from '../drafts/story-from-draft';
import { handleRequest } from '../exchange/exchange-worker';
import type { WorkerReply } from '../exchange/protocol';
import { openVertelpuntDb } from '../storage/db';
import { addStory, getStory, updateStory } from '../storage/stories';
import { migrateStories, retagStories } from '../storage/bulk-tags';
import { streamStories } from '../storage/story-stream';
import { deidentifiedEdit, fieldsToReview } from './edit-review';
import { planted, plantedNote, type Planted } from './planted-identifiers';

// The privacy invariant: whatever path a story takes into the library (saved from the side panel
// with or without the original, edited in the library, retagged, migrated, imported from someone
// else's export, restored from a backup) and whatever export it leaves in, no identifier planted
// in it appears in any field outside `original`. Real storage (fake-indexeddb), the real worker
// for import and restore, the real encoders, and independent readers (unzip, DuckDB).

const EXPORTS: ExportFormatName[] = ['csv-long', 'csv-wide', 'json', 'ndjson', 'qdpx', 'webanno', 'parquet'];
const at = new Date('2026-11-25T10:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'vertelpunt-privacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The user's review: every planted identifier the detector does not cover in `value` is marked by hand. */
function marksFor(value: string, ids: readonly Planted[], detections: readonly Span[]): Span[] {
  const marks: Span[] = [];
  for (const { value: id, label } of ids) {
    for (let at = value.indexOf(id); at !== -1; at = value.indexOf(id, at + 1)) {
      if (!detections.some((d) => d.start <= at && d.end >= at + id.length))
        marks.push({ start: at, end: at + id.length, label, source: 'user' });
    }
  }
  return marks;
}

/** A captured clip: the note, a title and notes that repeat some of its identifiers, quote selectors with page context around it. */
function aDraft(note: { ids: Planted[]; text: string }, id: string, keepOriginal: boolean, version: Draft['tags']['version']): Draft {
  const [first, second] = [note.ids[0]!, note.ids.at(-1)!];
  const page = `${second.sentence} ${note.text} ${first.sentence}`;
  const start = second.sentence.length + 1;
  const terms = version === LATEST_VERSION ? ['kernwaarde-pragmatisch'] : ['bd24-missie-1a'];
  return {
    id,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    text: note.text,
    title: `Over ${first.value}`.slice(0, 200),
    notes: `Terugbellen over ${second.value}`,
    tags: { version, terms } as Draft['tags'],
    selectors: describeTextRange(page, start, start + note.text.length),
    source: { origin: 'https://registratie.example.nl' },
    consent: { status: 'geanonimiseerd', purpose: '' },
    container: 'document',
    review: DeidReviewSchema.parse({ added: marksFor(note.text, note.ids, detect(note.text)), keepOriginal }),
  };
}

async function ask(request: unknown): Promise<WorkerReply> {
  const replies: WorkerReply[] = [];
  await handleRequest(request, (reply) => replies.push(reply));
  return replies.at(-1)!;
}

async function importFile(text: string, name: string): Promise<Extract<WorkerReply, { type: 'planned' }>> {
  const planned = await ask({ type: 'plan-import', file: new File([text], name) });
  if (planned.type !== 'planned') throw new Error(JSON.stringify(planned));
  expect(await ask({ type: 'apply-import' })).toMatchObject({ type: 'imported' });
  return planned;
}

/** Every item of an async stream (Array.fromAsync is not in the project's lib yet). */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const allStories = () => collect(streamStories());

/** Every string an export holds, read back the way its reader would. */
async function readExport(format: ExportFormatName): Promise<string> {
  const chunks = await collect(exportChunks(format, streamStories(), { exportedAt: at }));
  const bytes = Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c))));
  if (format !== 'qdpx' && format !== 'parquet') return bytes.toString('utf8');
  const file = join(dir, `export-${Math.random()}.${EXPORT_FORMATS[format].extension}`);
  writeFileSync(file, bytes);
  // Every file of the project, unpacked by Info-ZIP's unzip.
  if (format === 'qdpx') return execFileSync('unzip', ['-p', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (await connection.runAndReadAll(`SELECT * FROM read_parquet('${file}')`)).getRowObjectsJson();
    connection.closeSync();
    return JSON.stringify(rows);
  }
}

const leaks = (haystack: string, ids: Iterable<string>) =>
  [...new Set(ids)].filter((id) => haystack.toLowerCase().includes(id.toLowerCase()));
const withoutOriginal = (stories: Story[]) => JSON.stringify(stories.map(({ original: _original, ...rest }) => rest));

describe('the privacy invariant', () => {
  it('no planted identifier reaches any stored field outside `original`, by any write path, nor any export', async () => {
    const uuid = fc.uuid({ version: 4 });
    const story = fc.record({ note: plantedNote, id: uuid, keep: fc.boolean(), old: fc.boolean() });
    const edit = fc.record({ title: planted, text: planted, notes: planted });
    // Someone else's export: stories with identifiers left in every field (ones a detector can find: nobody reviews them here).
    const foreign = fc.record({ note: plantedNote.filter((n) => n.ids.every((i) => !i.handMarked)) });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(story, { minLength: 2, maxLength: 4, selector: (s) => s.id }),
        edit,
        foreign,
        async (stories, typedBack, other) => {
          await (await openVertelpuntDb()).clear('stories');
          const planted = new Set<string>();
          const remember = (ids: readonly Planted[]) => ids.forEach((i) => planted.add(i.value));

          // 1. Saved from the side panel, with and without the original kept.
          for (const s of stories) {
            remember(s.note.ids);
            const result = storyFromDraft(aDraft(s.note, s.id, s.keep, s.old ? 'brondocument-2024-08' : LATEST_VERSION), '', at);
            if (!result.ok) throw new Error(JSON.stringify(result.problems));
            await addStory(result.story);
          }
          const kept = (await allStories()).filter((s) => s.original !== undefined);
          expect(kept.length).toBe(stories.filter((s) => s.keep).length);
          // The check can see an identifier where one is: the originals still hold theirs.
          if (kept.length > 0) expect(leaks(JSON.stringify(kept.map((s) => s.original)), planted).length).toBeGreaterThan(0);

          // 2. Edited in the library: identifiers typed back into title, text and notes, reviewed (missed ones marked) and saved.
          const before = (await getStory(stories[0]!.id))!;
          remember([typedBack.title, typedBack.text, typedBack.notes]);
          const edited = {
            ...before,
            title: `${typedBack.title.value} belde`,
            text: `${before.text} ${typedBack.text.sentence}`,
            notes: `${before.notes} ${typedBack.notes.sentence}`,
          };
          const toReview = fieldsToReview(edited, before);
          const ids = [typedBack.title, typedBack.text, typedBack.notes];
          const reviews = Object.fromEntries(
            (['title', 'text', 'notes'] as const).map((f) => [f, { off: [], added: marksFor(edited[f], ids, toReview[f] ?? []) }]),
          );
          const saved = deidentifiedEdit(edited, before, reviews, at);
          if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
          await updateStory(saved.story, before.updatedAt);

          // 3. Bulk retag and 4. migrate to the latest vocabulary.
          const all = stories.map((s) => s.id);
          await retagStories(all, { add: ['kernwaarde-samen'] }, at);
          await migrateStories(all, LATEST_VERSION, at);

          // 5. Import of someone else's export: what is still found is counted in the preview and removed.
          remember(other.note.ids);
          const raw = aStory({
            id: 'ffffffff-ffff-4fff-bfff-ffffffffffff',
            title: `Over ${other.note.ids[0]!.value}`,
            text: other.note.text,
            notes: other.note.ids.map((i) => i.value).join(', '),
            selectors: describeTextRange(other.note.text, 0, other.note.text.length),
          });
          const imported = await importFile(toJsonExport([raw], { exportedAt: at }), 'van-een-collega.json');
          expect(imported.plan.residual).toBeGreaterThanOrEqual(other.note.ids.length);

          // 6. Restore of one's own backup into an empty library: originals come back, nothing else.
          const backup = (await collect(exportChunks('backup', streamStories(), { exportedAt: at }))).join('');
          await (await openVertelpuntDb()).clear('stories');
          await importFile(backup, 'backup.json');

          const stored = await allStories();
          expect(stored.length).toBe(stories.length + 1);
          expect(stored.filter((s) => s.original !== undefined).length).toBe(kept.length);
          expect(leaks(withoutOriginal(stored), planted), 'in the database').toEqual([]);
          for (const format of EXPORTS) expect(leaks(await readExport(format), planted), format).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
