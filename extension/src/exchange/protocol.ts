import { z } from 'zod';
import { EXPORT_FORMAT_NAMES, PROBLEM_CODES, type ProblemCode } from '@vertelpunt/exchange';
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
});

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

export const WorkerReplySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress'), done: z.number().int(), total: z.number().int().optional() }),
  z.strictObject({
    type: z.literal('exported'),
    blob: z.instanceof(Blob),
    count: z.number().int(),
    /** Stored records that failed validation and were left out (the page says so). */
    unreadable: z.number().int().nonnegative(),
  }),
  z.strictObject({ type: z.literal('planned'), plan: ImportPlanSummarySchema }),
  z.strictObject({ type: z.literal('imported'), count: z.number().int() }),
  /** Problems with the input (file, line, field, what was expected), with codes the page says in its language. */
  z.strictObject({ type: z.literal('refused'), problems: z.array(ImportProblemSchema).min(1) }),
  /** Something went wrong that is not the input's fault (e.g. storage); nothing was changed. */
  z.strictObject({ type: z.literal('failed'), message: z.string() }),
]);
export type WorkerReply = z.infer<typeof WorkerReplySchema>;
