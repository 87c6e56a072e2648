import {
  coded,
  contentHash,
  EXPORT_FORMATS,
  ImportError,
  planMerge,
  qdpxEncoder,
  readStoryFile,
  splitLines,
  type Chunk,
  type ExportFormatName,
  type MergePlan,
  type StoryEncoder,
} from '@vertelpunt/exchange';
import type { DeidentifiedStory, Story } from '@vertelpunt/stories';
import type { VersionId } from '@vertelpunt/taxonomy';
import { ImportRaceError, importStories } from '../storage/import-stories';
import { deidentifyImport } from './deidentify-import';
import { selectStories, streamStories } from '../storage/story-stream';
import { BlobSink } from './blob-sink';
import { workerDeflater } from './worker-deflater';
import { WorkerRequestSchema, type ImportPlanSummary, type ParsedWorkerRequest, type WorkerReply } from './protocol';

// The exchange work of the library page, off its main thread: exports of any size, reading and
// checking an import file, and applying it. The page stays responsive and shows progress.

/** An import file above this size is refused before it is read: every story is held until the one transaction. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;
/** Progress is reported at most this often. */
const PROGRESS_EVERY_MS = 100;

type Post = (reply: WorkerReply) => void;

function progressReporter(post: Post, total?: number) {
  let last = 0;
  return (done: number, force = false) => {
    const now = performance.now();
    if (!force && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    post({ type: 'progress', done, ...(total === undefined ? {} : { total }) });
  };
}

async function exportToBlob(request: Extract<ParsedWorkerRequest, { type: 'export' }>, post: Post): Promise<void> {
  const format = request.format as ExportFormatName;
  const options = {
    exportedAt: new Date(request.exportedAt),
    excelNl: request.excelNl,
    ...(request.version ? { version: request.version as VersionId } : {}),
  };
  // qdpx: project.qde is compressed in a worker beside this one (the same bytes), the rest here.
  const deflater = format === 'qdpx' ? workerDeflater() : undefined;
  const encoder = deflater
    ? qdpxEncoder({ exportedAt: options.exportedAt, ...(request.version ? { version: request.version as VersionId } : {}) }, deflater)
    : (EXPORT_FORMATS[format].encoder(options) as StoryEncoder<Chunk>);
  const selection = await selectStories(request.filter);
  const report = progressReporter(post, selection.total);
  const sink = new BlobSink();
  let count = 0;
  let unreadable = 0;
  sink.add(encoder.begin());
  // A batch at a time, with no await per story: the next batch is being read meanwhile.
  for await (const stories of selection.batches({ onUnreadable: () => (unreadable += 1) })) {
    for (const story of stories) sink.add(encoder.write(story));
    count += stories.length;
    report(count);
    // The XML not yet compressed stays bounded: deflate is slower than the stories are written.
    await deflater?.drained();
  }
  sink.add(await encoder.end());
  report(count, true);
  post({ type: 'exported', blob: sink.finish(EXPORT_FORMATS[format].mediaType), count, unreadable });
}

/** The import waiting for the user's yes: what `apply-import` adds, de-identified. */
let pending: (MergePlan & { add: DeidentifiedStory[] }) | undefined;

async function planImport(file: File, post: Post): Promise<void> {
  pending = undefined;
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => `${Math.ceil(n / 1024 / 1024)} MB`;
    post({
      type: 'refused',
      problems: [
        {
          file: file.name,
          message: `${mb(file.size)} is larger than the limit of ${mb(MAX_IMPORT_BYTES)}`,
          ...coded('too-large', { size: file.size, limit: MAX_IMPORT_BYTES }),
        },
      ],
    });
    return;
  }
  const report = progressReporter(post);
  const stories: Story[] = [];
  let info;
  try {
    // fatal: a file that is not UTF-8 text is refused, not read with replacement characters.
    const text = file.stream().pipeThrough(new TextDecoderStream('utf-8', { fatal: true }));
    const reader = readStoryFile(splitLines(text as unknown as AsyncIterable<string>), file.name, { maxBytes: MAX_IMPORT_BYTES });
    for (;;) {
      const next = await reader.next();
      if (next.done) {
        info = next.value;
        break;
      }
      stories.push(next.value.story);
      report(stories.length);
    }
  } catch (error) {
    if (error instanceof ImportError) post({ type: 'refused', problems: [...error.problems] });
    else if (error instanceof TypeError)
      post({
        type: 'refused',
        problems: [{ file: file.name, message: `not UTF-8 text (${error.message})`, ...coded('not-utf8') }],
      });
    else throw error;
    return;
  }
  // De-identified before the plan, so a story is compared with the library as it would be stored.
  const checked = deidentifyImport(stories, info.format, file.name);
  if (checked.problems.length > 0) {
    post({ type: 'refused', problems: checked.problems });
    return;
  }
  const library = new Map<string, { hash: string; updatedAt: string }>();
  for await (const story of streamStories()) library.set(story.id, { hash: contentHash(story), updatedAt: story.updatedAt });
  const plan = planMerge(
    checked.stories,
    [...library].map(([id, kept]) => [id, kept.hash] as const),
  );
  // planMerge hands back the stories it was given: de-identified ones.
  pending = plan as MergePlan & { add: DeidentifiedStory[] };
  const summary: ImportPlanSummary = {
    file: file.name,
    format: info.format,
    exportedAt: info.exportedAt,
    storyCount: info.storyCount,
    add: plan.add.length,
    duplicates: plan.duplicates.length,
    residual: checked.residual,
    residualStories: checked.residualStories,
    originals: checked.originals,
    conflicts: plan.conflicts.map((c) => ({
      id: c.id,
      title: c.incoming.title,
      keptUpdatedAt: library.get(c.id)?.updatedAt ?? '',
      incomingUpdatedAt: c.incoming.updatedAt,
    })),
  };
  post({ type: 'planned', plan: summary });
}

async function applyImport(post: Post): Promise<void> {
  if (!pending) throw new Error('no import is waiting: read a file first');
  const plan = pending;
  pending = undefined;
  try {
    post({ type: 'imported', count: await importStories(plan.add) });
  } catch (error) {
    if (!(error instanceof ImportRaceError)) throw error;
    post({ type: 'refused', problems: [{ file: '', message: error.message, ...coded('import-race') }] });
  }
}

/** Handles one request; a failure that is not a problem with the input is posted as `failed`. */
export async function handleRequest(data: unknown, post: Post): Promise<void> {
  try {
    const parsed = WorkerRequestSchema.safeParse(data);
    if (!parsed.success)
      throw new Error(
        `not a valid request: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`).join('; ')}`,
      );
    const request = parsed.data;
    switch (request.type) {
      case 'export':
        return await exportToBlob(request, post);
      case 'plan-import':
        return await planImport(request.file, post);
      case 'apply-import':
        return await applyImport(post);
    }
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
