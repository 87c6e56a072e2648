import { z } from 'zod';
import { LABEL_INFO, LABELS, type Label, type Span } from './labels.js';
import { MemoByWritten } from './memo-by-written.js';

export const RedactOptionsSchema = z.strictObject({
  /** Keep the year of a date ("[DATUM 1984]") instead of removing it whole. */
  dates: z.enum(['remove', 'year']).default('remove'),
  /** Keep an age band ("[LEEFTIJD 60-69]") instead of removing the age. */
  ages: z.enum(['remove', 'band']).default('remove'),
});
export type RedactOptions = z.input<typeof RedactOptionsSchema>;
const DEFAULT_OPTIONS = RedactOptionsSchema.parse({});

export const SpanSchema = z
  .strictObject({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    label: z.enum(LABELS),
    source: z.string().default('user'),
  })
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
  const parts = name
    .replace(/\b\p{Lu}\.\s?/gu, '')
    .trim()
    .split(/\s+/);
  return (parts[parts.length - 1] ?? name).toLowerCase();
}

/**
 * Which number each person has, shared by the fields of one story so that "Jansen" in the title
 * and in the text is the same "[PERSOON 1]". `next` starts above the numbers a text already
 * carries, so redacting a redacted text again never renumbers or reuses a placeholder.
 */
export class PersonNumbers {
  private readonly numbers = new Map<string, number>();
  /** The key of each name as written (names repeat far more often than people). */
  private readonly keyOfName = new Map<string, string>();

  constructor(private next = 1) {}

  numberOf(name: string): number {
    let key = this.keyOfName.get(name);
    if (key === undefined) this.keyOfName.set(name, (key = personKey(name)));
    return this.numberOfKey(key);
  }

  /** The number of the person whose names have this key (see `personKey`). */
  numberOfKey(key: string): number {
    let number = this.numbers.get(key);
    if (number === undefined) this.numbers.set(key, (number = this.next++));
    return number;
  }
}

/** The key of each name as written, kept between calls: each call sliced every name and made its key anew. */
const keysOfNames = new MemoByWritten(personKey);
/** "[PERSOON n]" for each number, made once: the same few numbers come back in every call. */
const personPlaceholders: string[] = [];
function personPlaceholder(number: number): string {
  if (number >= 4096) return `[${LABEL_INFO.PERSON.placeholder} ${number}]`;
  return (personPlaceholders[number] ??= `[${LABEL_INFO.PERSON.placeholder} ${number}]`);
}

/**
 * The list `redact` joins its pieces in, kept between calls (one per call was twice as long as the
 * text has spans). Its unused end holds empty strings, which the join passes over; a list far
 * longer than a call needs (after a long text) is made anew, so that a short text joins no long tail.
 */
let piecesList: string[] = [];
function piecesFor(most: number): string[] {
  if (piecesList.length < most || piecesList.length > 4 * most + 64) piecesList = new Array<string>(most).fill('');
  return piecesList;
}

const isSortedByStart = (spans: readonly Span[]) => spans.every((span, i) => i === 0 || spans[i - 1]!.start <= span.start);

const PLAIN_PLACEHOLDERS = Object.fromEntries(LABELS.map((label) => [label, `[${LABEL_INFO[label].placeholder}]`])) as Record<
  Label,
  string
>;

/**
 * Replaces each span by a placeholder. The same person keeps the same number within one text
 * ("[PERSOON 1]" each time); text outside the spans is left exactly as it was.
 */
export function redact(text: string, spans: readonly Span[], options: RedactOptions = {}, people = new PersonNumbers()): Redaction {
  // No options (the common call): the defaults, without a schema parse on every call.
  const { dates, ages } = Object.keys(options).length === 0 ? DEFAULT_OPTIONS : RedactOptionsSchema.parse(options);
  // Spans from detect() come sorted: copy and sort only spans that are not.
  const sorted = isSortedByStart(spans) ? spans : [...spans].sort((a, b) => a.start - b.start);
  const counts: Partial<Record<Label, number>> = {};
  // Sized once (a replacement per span) and cut to length at the end: no array grown push by push.
  const replacements = new Array<Replacement>(sorted.length);
  let replaced = 0;
  // Two pieces per span and the rest, in a list kept between calls (emptied after the join, so that it holds no text).
  const pieces = piecesFor(2 * sorted.length + 1);
  let piece = 0;
  let at = 0;
  // By index: for…of left an iterator result per span.
  for (let s = 0; s < sorted.length; s++) {
    const span = sorted[s]!;
    if (span.start < at || span.end > text.length) continue; // overlapping or out of range: skip, never corrupt
    const tag = LABEL_INFO[span.label].placeholder;
    let placeholder = PLAIN_PLACEHOLDERS[span.label];
    if (span.label === 'PERSON') placeholder = personPlaceholder(people.numberOfKey(keysOfNames.between(text, span.start, span.end)));
    else if (span.label === 'DATE' && dates === 'year') {
      const year = /\b(19|20)\d{2}\b/.exec(text.slice(span.start, span.end))?.[0];
      if (year) placeholder = `[${tag} ${year}]`;
    } else if (span.label === 'AGE' && ages === 'band') {
      const band = ageBand(text.slice(span.start, span.end));
      if (band) placeholder = `[${tag} ${band}]`;
    }
    pieces[piece++] = text.slice(at, span.start);
    pieces[piece++] = placeholder;
    at = span.end;
    counts[span.label] = (counts[span.label] ?? 0) + 1;
    replacements[replaced++] = { start: span.start, end: span.end, label: span.label, source: span.source, placeholder };
  }
  pieces[piece++] = text.slice(at);
  replacements.length = replaced;
  const redacted = pieces.join('');
  pieces.fill('', 0, piece);
  return { text: redacted, replacements, counts };
}
