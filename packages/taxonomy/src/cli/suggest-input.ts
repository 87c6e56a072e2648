import { z } from 'zod';
import { UsageError } from './usage-error.js';

/** One line of `suggest` input: a text to tag and the id its answer is written under. */
export const SuggestInputLineSchema = z.object({
  id: z.string({ error: 'id: a string is required' }).trim().min(1, 'id: must not be empty'),
  text: z.string({ error: 'text: a string is required' }),
});
export type SuggestInputLine = z.infer<typeof SuggestInputLineSchema>;

/**
 * Parses JSON lines `{"id","text"}`. Blank lines are skipped; every bad line is reported
 * (its number, what is wrong) and none is answered, so a half-processed batch never looks done.
 */
export function parseSuggestInput(input: string): SuggestInputLine[] {
  const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: string[] = [];
  const entries: SuggestInputLine[] = [];
  const firstLineOf = new Map<string, number>();
  lines.forEach((line, index) => {
    const where = `stdin line ${index + 1}`;
    if (line.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      problems.push(`${where}: not valid JSON: ${(error as Error).message}`);
      return;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push(
        `${where}: expected an object {"id","text"}, got ${Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data}`,
      );
      return;
    }
    const parsed = SuggestInputLineSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${where}: ${issue.message}`));
      return;
    }
    const earlier = firstLineOf.get(parsed.data.id);
    if (earlier !== undefined) {
      problems.push(`${where}: id '${parsed.data.id}' is already used on line ${earlier}`);
      return;
    }
    firstLineOf.set(parsed.data.id, index + 1);
    entries.push(parsed.data);
  });
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return entries;
}
