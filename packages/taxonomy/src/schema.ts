import { z } from 'zod';

/** Kebab-case ids: stable, readable in a CSV cell and safe in a URI. */
export const TERM_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The seed files are named NNN_<16 hex>.txt; a citation names one of them. */
export const SEED_FILE_PATTERN = /^\d{3}_[0-9a-f]{16}\.txt$/;

/**
 * `core-value`: the three 'Kernwaarden AW' only (seed 002 §2). `value`: the other values the seeds
 * name (the bijpassende waarden of 002 §3.2 g, and medemenselijkheid), which are not core values.
 */
export const TERM_KINDS = ['mission-point', 'core-value', 'value', 'theme'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/**
 * Facets group the terms of one kind. Each facet belongs to exactly one kind,
 * so a facet id alone tells a consumer where a term sits in the tag picker.
 */
export const FACET_KINDS = {
  missie: 'mission-point',
  kernwaarden: 'core-value',
  'bijpassende-waarden': 'value',
  'brede-opdracht': 'theme',
  beweging: 'theme',
  'maatschappelijke-opgaven': 'theme',
  rollen: 'theme',
  lessen: 'theme',
} as const satisfies Record<string, TermKind>;
export type FacetId = keyof typeof FACET_KINDS;
export const FACET_IDS = Object.keys(FACET_KINDS) as FacetId[];

export const TERM_STATUSES = ['active', 'deprecated'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

const nonEmpty = z.string().trim().min(1);

export const LocalizedTextSchema = z.strictObject({ nl: nonEmpty, en: nonEmpty });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const TermIdSchema = z.string().regex(TERM_ID_PATTERN, 'a term id is lower-case kebab-case (a-z, 0-9, -)');
export const VersionIdSchema = z.string().regex(TERM_ID_PATTERN, 'a version id is lower-case kebab-case');

export const CitationSchema = z.strictObject({
  /** File name under taxonomy/seeds/, e.g. 002_1107fafbeaf3e1bd.txt */
  seed: z.string().regex(SEED_FILE_PATTERN, 'seed is a file name like 002_1107fafbeaf3e1bd.txt'),
  /** Section of the seed, as the seed numbers it (e.g. "§3.1 punt 2", "§3.5"). */
  section: nonEmpty,
  /** A phrase copied from the seed text; the invariant tests find it there. */
  quote: nonEmpty,
});
export type Citation = z.infer<typeof CitationSchema>;

/** One term as a reviewer writes it in taxonomy/<version>.yaml. */
export const TermRecordSchema = z
  .strictObject({
    id: TermIdSchema,
    kind: z.enum(TERM_KINDS),
    facet: z.enum(FACET_IDS as [FacetId, ...FacetId[]]),
    /** How the source numbers the term ("1", "1a"), where it does. */
    notation: nonEmpty.optional(),
    label: LocalizedTextSchema,
    description: LocalizedTextSchema,
    /** Dutch words and phrases that signal the term in a story; used for search and suggestions. */
    keywords: z.array(nonEmpty).default([]),
    parent: TermIdSchema.optional(),
    citation: CitationSchema,
    status: z.enum(TERM_STATUSES).default('active'),
    replacedBy: TermIdSchema.optional(),
  })
  .superRefine((term, ctx) => {
    if (FACET_KINDS[term.facet] !== term.kind) {
      ctx.addIssue({
        code: 'custom',
        path: ['facet'],
        message: `facet '${term.facet}' holds ${FACET_KINDS[term.facet]} terms, not ${term.kind}`,
      });
    }
    if (term.status === 'deprecated' && !term.replacedBy) {
      ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: 'a deprecated term names its replacement' });
    }
    if (term.status === 'active' && term.replacedBy) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'a term with replacedBy is deprecated' });
    }
  });
export type TermRecordInput = z.input<typeof TermRecordSchema>;
export type TermRecord = z.output<typeof TermRecordSchema>;

export const FacetRecordSchema = z.strictObject({
  id: z.enum(FACET_IDS as [FacetId, ...FacetId[]]),
  label: LocalizedTextSchema,
  description: LocalizedTextSchema,
});
export type FacetRecord = z.infer<typeof FacetRecordSchema>;

/**
 * Which terms a version took from which seed, and why: a version may borrow from a source
 * published after it only when it says so (`retrospective`), with the reason.
 */
export const ProvenanceEntrySchema = z.strictObject({
  seed: z.string().regex(SEED_FILE_PATTERN, 'seed is a file name like 002_1107fafbeaf3e1bd.txt'),
  /** The seed is dated after the version: the terms were taken from it later, as the reason says. */
  retrospective: z.boolean().default(false),
  reason: nonEmpty,
  terms: z.array(TermIdSchema).min(1),
});
export type ProvenanceEntry = z.output<typeof ProvenanceEntrySchema>;

/** One version of the vocabulary: the whole file taxonomy/<version>.yaml. */
export const VersionFileSchema = z.strictObject({
  version: VersionIdSchema,
  title: LocalizedTextSchema,
  /** Year and month the version was issued (for the first two: their source's month); orders the versions. */
  published: z.string().regex(/^\d{4}-\d{2}$/, 'published is YYYY-MM'),
  source: z.strictObject({
    seed: z.string().regex(SEED_FILE_PATTERN),
    title: nonEmpty,
  }),
  facets: z.array(FacetRecordSchema).min(1),
  terms: z.array(TermRecordSchema).min(1),
  /** Every term exactly once, under the seed its citation names. */
  provenance: z.array(ProvenanceEntrySchema).min(1),
});
export type VersionFile = z.output<typeof VersionFileSchema>;

/**
 * How every term of one version maps onto the next: taxonomy/migrations/<from>__<to>.yaml.
 * Each source term maps to one or more target terms (more than one where a term was split).
 */
export const MigrationFileSchema = z.strictObject({
  from: VersionIdSchema,
  to: VersionIdSchema,
  map: z.record(TermIdSchema, z.array(TermIdSchema).min(1)),
});
export type MigrationFile = z.output<typeof MigrationFileSchema>;

/** taxonomy/seeds/index.yaml: each seed text with its date, so provenance can be checked against it. */
export const SeedIndexSchema = z.strictObject({
  seeds: z
    .array(
      z.strictObject({
        file: z.string().regex(SEED_FILE_PATTERN),
        /** YYYY-MM-DD, or YYYY-MM where the text gives only the month. */
        date: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'date is YYYY-MM or YYYY-MM-DD'),
        title: nonEmpty,
        note: nonEmpty.optional(),
      }),
    )
    .min(1),
});
export type SeedIndex = z.output<typeof SeedIndexSchema>;

export const CHANGE_KINDS = ['kind', 'description', 'label', 'keywords', 'citation', 'facet', 'added', 'retired', 'decision'] as const;

/**
 * taxonomy/changes/<version>.yaml: every change made in issuing a version, with its reason and
 * the seed passage it rests on. `versions` says which files carry it: a correction that does not
 * alter what a tag means (a description, an English label) is made in every version defining the
 * id, so an id keeps one meaning; a change of meaning (a new or retired term) only in the new version.
 */
export const ChangeLogSchema = z.strictObject({
  version: VersionIdSchema,
  /** YYYY-MM-DD */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date is YYYY-MM-DD'),
  changes: z
    .array(
      z.strictObject({
        what: z.enum(CHANGE_KINDS),
        terms: z.array(TermIdSchema).default([]),
        versions: z.array(VersionIdSchema).min(1),
        change: nonEmpty,
        reason: nonEmpty,
        citation: CitationSchema,
      }),
    )
    .min(1),
});
export type ChangeLog = z.output<typeof ChangeLogSchema>;
