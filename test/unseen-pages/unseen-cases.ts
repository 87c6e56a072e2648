import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** How one case selects: a whole element, a stretch of text from `from` to `to`, or part of a field's value. */
const SelectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('element'), selector: z.string().min(1) }),
  z.strictObject({
    kind: z.literal('text'),
    selector: z.string().min(1),
    from: z.string().min(1, 'select.from: the exact start text is empty'),
    to: z.string().min(1, 'select.to: the exact end text is empty'),
  }),
  z.strictObject({
    kind: z.literal('field'),
    selector: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
]);

/** One selection a professional makes on a page of the set, and the text they expect in the clip (the set writer's format). */
const CaseSchema = z.object({
  id: z.string().min(1),
  page: z.string().min(1),
  frames: z.array(z.string().min(1)).default([]),
  shadowHosts: z.array(z.string().min(1)).default([]),
  select: SelectSchema,
  before: z.array(z.strictObject({ click: z.string().min(1) })).default([]),
  expected: z.string(),
  notes: z.string().optional(),
});
export type UnseenCase = z.infer<typeof CaseSchema>;
export type CaseSelection = UnseenCase['select'];

const CasesSchema = z.array(CaseSchema).min(1, 'cases.json holds no cases');

/** Reads and checks `cases.json` of a page set; every problem names the case and field. */
export async function readCases(dir: string): Promise<UnseenCase[]> {
  const file = join(dir, 'cases.json');
  const parsed = CasesSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${file}: [${issue.path.join('.')}] ${issue.message}`);
    throw new Error(problems.join('\n'));
  }
  return parsed.data;
}

/** The comparison the set's writer asked for: whitespace collapsed, outer whitespace dropped. */
export const collapseWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where two collapsed texts first part, with a little of each from there, for the report. */
export function firstDifference(expected: string, captured: string): string {
  let at = 0;
  while (at < expected.length && at < captured.length && expected[at] === captured[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 20), at + 40));
  return `first difference at character ${at}: expected …${around(expected)}…, captured …${around(captured)}…`;
}
