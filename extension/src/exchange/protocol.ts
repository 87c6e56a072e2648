import { z } from 'zod';
import { EXPORT_FORMAT_NAMES, IssueDetailSchema, JsonSyntaxSchema, PROBLEM_CODES, type ProblemCode } from '@vertelpunt/exchange';
import { VERSION_IDS } from '@vertelpunt/taxonomy';
import { StoryFilterSchema } from '../storage/story-filter';

// The messages between a page of the extension and its exchange worker, checked on both sides:
// a worker is another thread, and a message is a boundary like any other.

/** One problem with an import file, as `@vertelpunt/exchange` reports it. */
export const ImportProblemSchema = z.strictObject({
  file: z.string(),
  line: z.number().int().optional(),
  path: z.string().optional(),
  message: z.string(),
  code: z.enum(Object.keys(PROBLEM_CODES) as [ProblemCode, ...ProblemCode[]]).optional(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  issue: IssueDetailSchema.optional(),
  syntax: JsonSyntaxSchema.optional(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ExportRequestSchema = z.strictObject({
  type: z.literal('export'),
  format: z.enum(EXPORT_FORMAT_NAMES as [string, ...string[]]),
  filter: StoryFilterSchema,
  /** Chosen by the page, so the file says when the user asked for it. */
  exportedAt: z.iso.datetime(),
  excelNl: z.boolean(),
  version: z.enum(VERSION_IDS as unknown as [string, ...string[]]).optional(),
});
export type ExportRequest = z.input<typeof ExportRequestSchema>;

export const PlanImportRequestSchema = z.strictObject({
  type: z.literal('plan-import'),
  file: z.instanceof(File),
});

export const ApplyImportRequestSchema = z.strictObject({ type: z.literal('apply-import') });

export const WorkerRequestSchema = z.discriminatedUnion('type', [ExportRequestSchema, PlanImportRequestSchema, ApplyImportRequestSchema]);
/** What a page sends (defaults may be left out). */
export type WorkerRequest = z.input<typeof WorkerRequestSchema>;
/** What the worker works with, once parsed. */
export type ParsedWorkerRequest = z.infer<typeof WorkerRequestSchema>;

/** A conflict as the user sees it: the same story, changed in the library and in the file. */
export const ConflictSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  keptUpdatedAt: z.string(),
  incomingUpdatedAt: z.string(),
});
export type ConflictSummary = z.infer<typeof ConflictSummarySchema>;

export const ImportPlanSummarySchema = z.strictObject({
  file: z.string(),
  format: z.string(),
  exportedAt: z.string(),
  storyCount: z.number().int(),
  add: z.number().int(),
  duplicates: z.number().int(),
  /** Personal data the de-identifier still found in the file (removed on import), and in how many stories. */
  residual: z.number().int().nonnegative(),
  residualStories: z.number().int().nonnegative(),
  /** Kept originals a backup brings back. */
  originals: z.number().int().nonnegative(),
  conflicts: z.array(ConflictSummarySchema),
});
export type ImportPlanSummary = z.infer<typeof ImportPlanSummarySchema>;

/** Work under way: stories read so far, of how many (unknown while a file is read). */
const ProgressReplySchema = z.strictObject({ type: z.literal('progress'), done: z.number().int(), total: z.number().int().optional() });
/** An export is done: the whole file, as a Blob (passed by reference, never copied). */
const ExportedReplySchema = z.strictObject({
  type: z.literal('exported'),
  blob: z.instanceof(Blob),
  count: z.number().int(),
  /** Stored records that failed validation and were left out (the page says so). */
  unreadable: z.number().int().nonnegative(),
});
/** A file was read and checked: what an import would do, waiting for the user's yes. */
const PlannedReplySchema = z.strictObject({ type: z.literal('planned'), plan: ImportPlanSummarySchema });
/** The planned import was applied: how many stories were added. */
const ImportedReplySchema = z.strictObject({ type: z.literal('imported'), count: z.number().int() });
/** Problems with the input (file, line, field, what was expected), with codes the page says in its language. */
const RefusedReplySchema = z.strictObject({ type: z.literal('refused'), problems: z.array(ImportProblemSchema).min(1) });
/** Something went wrong that is not the input's fault (e.g. storage); nothing was changed. */
const FailedReplySchema = z.strictObject({ type: z.literal('failed'), message: z.string() });

export const WorkerReplySchema = z.discriminatedUnion('type', [
  ProgressReplySchema,
  ExportedReplySchema,
  PlannedReplySchema,
  ImportedReplySchema,
  RefusedReplySchema,
  FailedReplySchema,
]);
export type WorkerReply = z.infer<typeof WorkerReplySchema>;

/** For each request, the one reply that means it succeeded: callers get that type, never the union. */
export const SUCCESS_REPLIES = {
  export: ExportedReplySchema,
  'plan-import': PlannedReplySchema,
  'apply-import': ImportedReplySchema,
} as const satisfies Record<WorkerRequest['type'], z.ZodType>;
export type RequestType = keyof typeof SUCCESS_REPLIES;
export type RequestOf<T extends RequestType> = Extract<WorkerRequest, { type: T }>;
export type ReplyTo<T extends RequestType> = z.infer<(typeof SUCCESS_REPLIES)[T]>;

/** How a request ended, as a caller handles it: its reply, or the problems to show, one line each. */
export type Outcome<R> = { ok: true; reply: R } | { ok: false; problems: string[] };

/**
 * The final reply to a request of `type`, checked at the boundary: the success reply of that
 * request, or problems. A refusal gives its own problems; a failure, a crashed worker or a reply
 * that does not belong to the request gives one line made by `failed` (e.g. "Export failed: …"); a
 * refusal's problems are each said by `said` (in the interface's language).
 */
export function outcomeOf<T extends RequestType>(
  type: T,
  data: unknown,
  failed: (message: string) => string,
  said: (problem: ImportProblem) => string,
): Outcome<ReplyTo<T>> {
  const reply = z.discriminatedUnion('type', [SUCCESS_REPLIES[type], RefusedReplySchema, FailedReplySchema]).safeParse(data);
  if (!reply.success)
    return {
      ok: false,
      problems: [
        failed(
          `unexpected reply to '${type}' from the exchange worker: ${reply.error.issues.map((i) => `${i.path.join('.') || '(reply)'}: ${i.message}`).join('; ')}`,
        ),
      ],
    };
  if (reply.data.type === 'refused') return { ok: false, problems: reply.data.problems.map(said) };
  if (reply.data.type === 'failed') return { ok: false, problems: [failed(reply.data.message)] };
  return { ok: true, reply: reply.data as ReplyTo<T> };
}
