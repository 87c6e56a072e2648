import { z } from 'zod';
import { LABEL_INFO, LABELS, type Label, type Span } from './labels.js';

export const RedactOptionsSchema = z.strictObject({
  /** Keep the year of a date ("[DATUM 1984]") instead of removing it whole. */
  dates: z.enum(['remove', 'year']).default('remove'),
  /** Keep an age band ("[LEEFTIJD 60-69]") instead of removing the age. */
  ages: z.enum(['remove', 'band']).default('remove'),
});
export type RedactOptions = z.input<typeof RedactOptionsSchema>;

export const SpanSchema = z
  .strictObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), label: z.enum(LABELS), source: z.string().default('user') })
  .refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] });
export const SpansSchema = z.array(SpanSchema);

export interface Replacement extends Span {
  placeholder: string;
}

export interface Redaction {
  text: string;
  replacements: Replacement[];
  counts: Partial<Record<Label, number>>;
}

const WORDS_OF_AGE = /(\d{1,3})/;

function ageBand(original: string): string | undefined {
  const n = Number(WORDS_OF_AGE.exec(original)?.[1]);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  if (n < 18) return n < 12 ? '0-11' : '12-17';
  const low = Math.floor(n / 10) * 10;
  return `${low}-${low + 9}`;
}

/** The key under which two mentions count as the same person: the surname, or the single name. */
function personKey(name: string): string {
  const parts = name.replace(/\b\p{Lu}\.\s?/gu, '').trim().split(/\s+/);
  return (parts[parts.length - 1] ?? name).toLowerCase();
}

/**
 * Replaces each span by a placeholder. The same person keeps the same number within one text
 * ("[PERSOON 1]" each time); text outside the spans is left exactly as it was.
 */
export function redact(text: string, spans: readonly Span[], options: RedactOptions = {}): Redaction {
  const { dates, ages } = RedactOptionsSchema.parse(options);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const people = new Map<string, number>();
  const keyOfName = new Map<string, string>();
  const counts: Partial<Record<Label, number>> = {};
  const replacements: Replacement[] = [];
  const pieces: string[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at || span.end > text.length) continue; // overlapping or out of range: skip, never corrupt
    const original = text.slice(span.start, span.end);
    const tag = LABEL_INFO[span.label].placeholder;
    let placeholder = `[${tag}]`;
    if (span.label === 'PERSON') {
      let key = keyOfName.get(original);
      if (key === undefined) keyOfName.set(original, (key = personKey(original)));
      if (!people.has(key)) people.set(key, people.size + 1);
      placeholder = `[${tag} ${people.get(key)}]`;
    } else if (span.label === 'DATE' && dates === 'year') {
      const year = /\b(19|20)\d{2}\b/.exec(original)?.[0];
      if (year) placeholder = `[${tag} ${year}]`;
    } else if (span.label === 'AGE' && ages === 'band') {
      const band = ageBand(original);
      if (band) placeholder = `[${tag} ${band}]`;
    }
    pieces.push(text.slice(at, span.start), placeholder);
    at = span.end;
    counts[span.label] = (counts[span.label] ?? 0) + 1;
    replacements.push({ start: span.start, end: span.end, label: span.label, source: span.source, placeholder });
  }
  pieces.push(text.slice(at));
  return { text: pieces.join(''), replacements, counts };
}
