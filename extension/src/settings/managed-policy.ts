import { z } from 'zod';
import { CONSENT_STATUSES, OriginSchema } from '@vertelpunt/stories';
import { EXPORT_FORMAT_NAMES, issueDetail, type ExportFormatName, type IssueDetail } from '@vertelpunt/exchange';

/** Formats an organisation may allow; a backup is the user's own copy and is never an export. */
export const POLICY_EXPORT_FORMATS: readonly ExportFormatName[] = EXPORT_FORMAT_NAMES.filter((name) => name !== 'backup');

/**
 * What an organisation may set by policy (`storage.managed`), one schema per key so that one bad
 * value costs only that value. The same rules as `public/managed-schema.json`, which Chrome and
 * Edge check first; Firefox checks nothing, so this is the only check there.
 */
export const POLICY_FIELDS = {
  /** Shown on the options page: who manages this installation. */
  organisationName: z.string().trim().min(1).max(100),
  team: z.string().trim().min(1).max(100),
  /** Pseudonymous id of the professional; becomes the author label of new stories. */
  professionalId: z.string().trim().min(1).max(100),
  /** Case systems the organisation uses; listed in the options, access asked for in one click. */
  caseSystems: z.array(OriginSchema),
  defaultConsent: z.enum(CONSENT_STATUSES),
  /** The organisation's wording of what stories may be used for: the purpose new stories start with. */
  consentPurpose: z.string().max(500),
  /** The overview's minimum group size: no smaller group is shown, counted or downloaded. */
  minimumGroupSize: z.number().int().min(1).max(1000),
  exportFormats: z.array(z.enum(POLICY_EXPORT_FORMATS as [ExportFormatName, ...ExportFormatName[]])),
} as const;

/** In a list, one bad entry is left out on its own; the good ones still apply. */
const LIST_ITEMS: Partial<Record<PolicyKey, z.ZodType>> = {
  caseSystems: OriginSchema.describe('an origin: http(s)://host[:port], lower case, no path'),
  exportFormats: POLICY_FIELDS.exportFormats.element,
};

export type PolicyKey = keyof typeof POLICY_FIELDS;
export type ManagedPolicy = { -readonly [K in PolicyKey]?: z.infer<(typeof POLICY_FIELDS)[K]> };
export const POLICY_KEYS = Object.keys(POLICY_FIELDS) as PolicyKey[];

/** Why part of a policy was ignored; each code has a message in both languages (`policy` + the code in PascalCase). */
export const POLICY_PROBLEM_CODES = ['not-an-object', 'unknown-setting', 'invalid-value', 'invalid-item'] as const;
export type PolicyProblemCode = (typeof POLICY_PROBLEM_CODES)[number];

/** One part of a policy that was ignored, and why. */
export interface PolicyProblem {
  /** The setting (`caseSystems[1]` for an entry of a list); '' for the whole policy. */
  key: string;
  code: PolicyProblemCode;
  /** What is wrong with the value, as data: the options page words it in the interface's language. */
  issue?: IssueDetail;
  /** For `invalid-item`: the entry as the policy has it (JSON). */
  item?: string;
  /** The same in English, for the console and the administrator's logs. */
  message: string;
}

export interface ParsedPolicy {
  policy: ManagedPolicy;
  problems: PolicyProblem[];
}

const describe = (error: z.ZodError) =>
  error.issues.map((issue) => (issue.path.length > 0 ? `[${issue.path.join('.')}] ${issue.message}` : issue.message)).join('; ');

/** The first issue of a failed parse of `input` (one is enough to say what to fix). */
const firstIssue = (error: z.ZodError, input: unknown) => issueDetail(error.issues[0]!, { input });

/**
 * Reads what the browser hands over as managed storage. Anything that is not a valid value is
 * left out and named in `problems`; the rest applies. Never throws: a bad policy must not stop
 * the extension.
 */
export function parseManagedPolicy(raw: unknown): ParsedPolicy {
  if (raw === undefined || raw === null) return { policy: {}, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { policy: {}, problems: [{ key: '', code: 'not-an-object', message: 'the policy is not an object of settings' }] };
  const policy: Record<string, unknown> = {};
  const problems: PolicyProblem[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(POLICY_FIELDS, key)) {
      problems.push({ key, code: 'unknown-setting', message: `unknown setting (known: ${POLICY_KEYS.join(', ')})` });
      continue;
    }
    const items = LIST_ITEMS[key as PolicyKey];
    if (items && Array.isArray(value)) {
      policy[key] = [
        ...new Set(
          value.filter((item, i) => {
            const parsed = items.safeParse(item);
            if (!parsed.success)
              problems.push({
                key: `${key}[${i}]`,
                code: 'invalid-item',
                item: JSON.stringify(item),
                issue: firstIssue(parsed.error, item),
                message: `${JSON.stringify(item)}: ${items.description ?? describe(parsed.error)}`,
              });
            return parsed.success;
          }),
        ),
      ];
      continue;
    }
    const parsed = POLICY_FIELDS[key as PolicyKey].safeParse(value);
    if (parsed.success) policy[key] = parsed.data;
    else problems.push({ key, code: 'invalid-value', issue: firstIssue(parsed.error, value), message: describe(parsed.error) });
  }
  return { policy: policy as ManagedPolicy, problems };
}
