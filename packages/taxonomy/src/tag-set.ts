import { z } from 'zod';
import { VERSION_IDS, type TermId, type VersionId } from './generated/taxonomy-data.js';
import { getTerm, isVersionId, versionsDefining } from './registry.js';

/** The shape of a tag set as it crosses a boundary; ids are checked by validateTagSet. */
export const TagSetInputSchema = z.object({
  version: z.string().min(1, 'version is required'),
  terms: z.array(z.string()),
});
export type TagSetInput = z.infer<typeof TagSetInputSchema>;

/** A tag set whose every term is an active term of its version. */
export interface TagSet {
  readonly version: VersionId;
  readonly terms: readonly TermId[];
}

export type TagSetIssueCode =
  | 'invalid-shape'
  | 'unknown-version'
  | 'wrong-version'
  | 'unknown-term'
  | 'term-not-in-version'
  | 'deprecated-term'
  | 'duplicate-term'
  | 'empty';

export interface TagSetIssue {
  readonly code: TagSetIssueCode;
  /** Path inside the tag set, e.g. ['terms', 2]. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** For a deprecated term: the term to use instead. */
  readonly replacement?: TermId;
  /** What the message names (term, version, …), for wording it in another language. */
  readonly values?: Readonly<Record<string, string>>;
}

export type TagSetValidation =
  | { readonly ok: true; readonly tagSet: TagSet; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly TagSetIssue[] };

export interface ValidateOptions {
  /** The version the tag set must be in (a story store may only accept the latest). */
  version?: VersionId;
  /** Whether a tag set may be empty. Default false: a story needs at least one tag. */
  allowEmpty?: boolean;
}

/**
 * Checks a tag set against its version. Each problem is reported once, with where it is and
 * what to do: unknown ids, terms of another version, deprecated terms with their replacement.
 */
export function validateTagSet(input: unknown, options: ValidateOptions = {}): TagSetValidation {
  const shape = TagSetInputSchema.safeParse(input);
  if (!shape.success) {
    return {
      ok: false,
      issues: shape.error.issues.map((i) => ({
        code: 'invalid-shape',
        path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
        message: i.message,
      })),
    };
  }
  const { version, terms } = shape.data;
  const issues: TagSetIssue[] = [];
  if (!isVersionId(version)) {
    issues.push({
      code: 'unknown-version',
      path: ['version'],
      message: `unknown taxonomy version '${version}' (known: ${VERSION_IDS.join(', ')})`,
      values: { version, known: VERSION_IDS.join(', ') },
    });
    return { ok: false, issues };
  }
  if (options.version !== undefined && options.version !== version) {
    issues.push({
      code: 'wrong-version',
      path: ['version'],
      message: `tag set is in version '${version}', expected '${options.version}'`,
      values: { version, expected: options.version },
    });
  }
  if (terms.length === 0 && !options.allowEmpty) {
    issues.push({ code: 'empty', path: ['terms'], message: 'a tag set needs at least one term' });
  }
  const seen = new Set<string>();
  terms.forEach((id, index) => {
    const path = ['terms', index] as const;
    if (seen.has(id)) {
      issues.push({ code: 'duplicate-term', path, message: `term '${id}' is listed twice`, values: { term: id } });
      return;
    }
    seen.add(id);
    const term = getTerm(id, version);
    if (!term) {
      const elsewhere = versionsDefining(id);
      issues.push(
        elsewhere.length > 0
          ? {
              code: 'term-not-in-version',
              path,
              message: `term '${id}' is not in version '${version}'; it belongs to ${elsewhere.map((v) => `'${v}'`).join(', ')}`,
              values: { term: id, version, elsewhere: elsewhere.join(', ') },
            }
          : { code: 'unknown-term', path, message: `unknown term id '${id}'`, values: { term: id } },
      );
    } else if (term.status === 'deprecated') {
      issues.push({
        code: 'deprecated-term',
        path,
        message: `term '${id}' is deprecated in version '${version}'${term.replacedBy ? `; use '${term.replacedBy}' instead` : ''}`,
        ...(term.replacedBy ? { replacement: term.replacedBy } : {}),
        values: { term: id, version, ...(term.replacedBy ? { replacement: term.replacedBy } : {}) },
      });
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, tagSet: { version, terms: terms as TermId[] }, issues: [] };
}

/** A zod schema for a valid tag set, for use at a boundary (a message, a stored record, a file). */
export const TagSetSchema = TagSetInputSchema.transform((input, ctx): TagSet => {
  const result = validateTagSet(input);
  if (result.ok) return result.tagSet;
  for (const issue of result.issues)
    ctx.addIssue({
      code: 'custom',
      path: [...issue.path],
      message: issue.message,
      // Named so a program can word it in its own language (the extension: Dutch or English).
      params: { problem: `tags-${issue.code}`, ...issue.values },
    });
  return z.NEVER;
});
