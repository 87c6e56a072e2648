import type { z } from 'zod';
import { DEID_VERSION, detect as detectAll, PersonNumbers, redact, type Label, type Span } from '@vertelpunt/deid';
import { DeidReviewSchema, effectiveSpans, fieldReview, STORY_TEXT_FIELDS, type DeidReview, type StoryTextField } from './deid-review.js';
import { StorySchema, type Deidentification, type Original, type Story, type StoryInput } from './story.js';
import { SELECTOR_CONTEXT_LENGTH, type Selector } from './text-range.js';

// The one owner of de-identification: every write path of the extension (save from the side
// panel, edit in the library, bulk retag and migrate, import and restore) turns what it wants to
// store into a `DeidentifiedStory` here, and storage accepts nothing else. Pure: no browser API.

declare const deidentified: unique symbol;
/** A story whose every field went through `deidentifyStory`: the only thing storage writes. */
export type DeidentifiedStory = Story & { readonly [deidentified]: true };

/** A story as a write path has it: its fields as the user left them, not yet de-identified. */
export type StoryCandidate = Omit<StoryInput, 'deidentification' | 'original' | 'tags'> & { tags: StoryInput['tags'] | Story['tags'] };

export interface DeidentifyRequest {
  candidate: StoryCandidate;
  /** The user's review (default: none; every detection is removed). */
  review?: DeidReview;
  /**
   * The story this candidate changes (as stored, or as read from a file). Its de-identification
   * record is carried on; where `trustKept`, what the detector still finds in it was left there on
   * purpose by this user (a detection switched off) and stays.
   */
  before?: Story;
  /** Whether `before` is the user's own (their library, their backup), not someone else's export. */
  trustKept?: boolean;
  /** The story as captured, kept in `original` only when `review.keepOriginal`. */
  original?: Original;
  /** A seam for tests; the real detector by default. */
  detect?: (text: string) => Span[];
}

export type DeidentifyResult =
  | { ok: true; story: DeidentifiedStory; /** How many spans were replaced, in all fields. */ redacted: number }
  | { ok: false; problems: z.core.$ZodIssue[] };

const keyOf = (label: Label, text: string) => `${label}\u0000${text}`;
const PERSON_PLACEHOLDER = /\[PERSOON (\d+)\]/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The strings of a story a person could read: the three text fields and each quote's parts joined. */
function readableParts(story: Pick<Story, 'title' | 'text' | 'notes' | 'selectors'>): string[] {
  const quotes = story.selectors.flatMap((s) => (s.type === 'TextQuoteSelector' ? [s.prefix + s.exact + s.suffix] : []));
  return [story.text, story.title, story.notes, ...quotes];
}

/**
 * What the detector finds in a stored story of the user's own that they switched off (by label
 * and text). Only a record with detections switched off can have any: in any other, a detection
 * left in a field was never the user's choice (e.g. a title saved before every field was covered).
 */
export function keptDetections(before: Story | undefined, detect: (text: string) => Span[] = detectAll): Set<string> {
  const kept = new Set<string>();
  if (!before?.deidentification || before.deidentification.switchedOff === 0) return kept;
  for (const part of readableParts(before)) for (const span of detect(part)) kept.add(keyOf(span.label, part.slice(span.start, span.end)));
  return kept;
}

/** The detections in a value the user has not yet decided on: what a review shows. */
export function detectionsToReview(value: string, kept: ReadonlySet<string>, detect: (text: string) => Span[] = detectAll): Span[] {
  return detect(value).filter((span) => !kept.has(keyOf(span.label, value.slice(span.start, span.end))));
}

/**
 * Strings to remove wherever they occur, in any case, as whole words: what the user marked and
 * what the detector found (and the user left on) in any field. A name found in the text is
 * removed from the title even where the title alone gives the detector no clue.
 */
class Everywhere {
  private readonly labels = new Map<string, { label: Label; user: boolean }>();
  private pattern: RegExp | undefined;

  add(text: string, label: Label, user: boolean): void {
    const key = text.trim().toLowerCase();
    if (key === '') return;
    const known = this.labels.get(key);
    if (!known || (user && !known.user)) this.labels.set(key, { label, user });
    this.pattern = undefined;
  }

  /** Every occurrence in `value`; the user's marks first, so they win where spans overlap. */
  spans(value: string): Span[] {
    if (this.labels.size === 0) return [];
    // One pass over the value with one alternation, longest strings first.
    this.pattern ??= new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${[...this.labels.keys()]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![\\p{L}\\p{N}])`,
      'giu',
    );
    const user: Span[] = [];
    const found: Span[] = [];
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(value); m !== null; m = this.pattern.exec(value)) {
      const what = this.labels.get(m[0].toLowerCase());
      (what?.user === false ? found : user).push({
        start: m.index,
        end: m.index + m[0].length,
        label: what?.label ?? 'PERSON',
        source: what?.user === false ? 'detector' : 'user',
      });
    }
    return effectiveSpans(found, { off: [], added: user });
  }

  /** Whether a kept string contains a marked one (then the mark wins). */
  marks(text: string): boolean {
    const lower = text.toLowerCase();
    for (const [key, { user }] of this.labels) if (user && lower.includes(key)) return true;
    return false;
  }
}

/** The spans of `spans` that fall in [from, to), cut to it and counted from `from`. */
const clip = (spans: readonly Span[], from: number, to: number): Span[] =>
  spans
    .filter((s) => s.start < to && s.end > from)
    .map((s) => ({ ...s, start: Math.max(s.start, from) - from, end: Math.min(s.end, to) - from }));

/**
 * A quote's context cut at its outer edge (it is as long as a context can be) may start or end
 * in the middle of a word, e.g. the last digits of an account number, which no detector can
 * recognise: that partial word is left out.
 */
function withoutCutWord(context: string, edge: 'start' | 'end'): string {
  if (context.length < SELECTOR_CONTEXT_LENGTH) return context;
  if (edge === 'start') return /^\S/.test(context) ? context.replace(/^\S+/, '') : context;
  return /\S$/.test(context) ? context.replace(/\S+$/, '') : context;
}

/** The number the next new person gets: above every "[PERSOON n]" the story already carries. */
function firstFreePerson(parts: readonly string[]): number {
  let highest = 0;
  for (const part of parts) for (const m of part.matchAll(PERSON_PLACEHOLDER)) highest = Math.max(highest, Number(m[1]));
  return highest + 1;
}

const addCounts = (a: Record<string, number>, b: Partial<Record<string, number>>) => {
  const sum = { ...a };
  for (const [label, n] of Object.entries(b)) sum[label] = (sum[label] ?? 0) + (n ?? 0);
  return sum;
};

/**
 * Turns a story candidate and the user's review into the record as it may be stored: title,
 * text, notes and every quote selector (exact, prefix, suffix) de-identified with one numbering
 * of people; the user's marks applied wherever the marked string occurs; detections the user
 * switched off (now or in `before`) kept; the original only in `original`, only on request.
 * Running it again on its own output changes nothing: placeholders are never detected.
 */
export function deidentifyStory(request: DeidentifyRequest): DeidentifyResult {
  const detect = request.detect ?? detectAll;
  const review = request.review ?? DeidReviewSchema.parse({});
  const { candidate } = request;
  const selectors = (candidate.selectors ?? []) as Selector[];
  const values: Record<StoryTextField, string> = { text: candidate.text, title: candidate.title, notes: candidate.notes ?? '' };

  const kept = request.trustKept === false ? new Set<string>() : keptDetections(request.before, detect);
  const everywhere = new Everywhere();
  for (const field of STORY_TEXT_FIELDS) {
    const { off, added } = fieldReview(review, field);
    for (const o of off) kept.add(keyOf(o.label, values[field].slice(o.start, o.end)));
    for (const a of added) everywhere.add(values[field].slice(a.start, a.end), a.label, true);
  }
  // A string the user marked is removed even where it was also switched off elsewhere.
  for (const key of [...kept]) if (everywhere.marks(key.slice(key.indexOf('\u0000') + 1))) kept.delete(key);

  // Every readable part is detected on its own (a quote with its context, so a name cut by the
  // selection's edge is still seen); what is found and not kept is then removed from every part.
  const quotes = selectors.flatMap((s) => (s.type === 'TextQuoteSelector' ? [s] : []));
  const parts = [
    ...STORY_TEXT_FIELDS.map((field) => values[field]),
    ...quotes.map((q) => withoutCutWord(q.prefix, 'start') + q.exact + withoutCutWord(q.suffix, 'end')),
  ];
  for (const part of parts) {
    for (const span of detect(part)) {
      const found = part.slice(span.start, span.end);
      if (!kept.has(keyOf(span.label, found))) everywhere.add(found, span.label, false);
    }
  }

  const people = new PersonNumbers(firstFreePerson(parts));
  const options = { dates: review.dates, ages: review.ages };
  let redacted = 0;
  const out = {} as Record<StoryTextField, string>;
  let textCounts: Partial<Record<string, number>> = {};
  for (const field of STORY_TEXT_FIELDS) {
    // The user's own spans by position too: a mark need not be a whole word.
    const own = fieldReview(review, field).added as Span[];
    const redaction = redact(values[field], effectiveSpans(everywhere.spans(values[field]), { off: [], added: own }), options, people);
    out[field] = redaction.text;
    redacted += redaction.replacements.length;
    if (field === 'text') textCounts = redaction.counts;
  }
  const safeSelectors = selectors.map((selector): Selector => {
    if (selector.type !== 'TextQuoteSelector') return selector;
    const [prefix, suffix] = [withoutCutWord(selector.prefix, 'start'), withoutCutWord(selector.suffix, 'end')];
    const whole = prefix + selector.exact + suffix;
    const spans = everywhere.spans(whole);
    const [a, b] = [prefix.length, prefix.length + selector.exact.length];
    const part = (from: number, to: number) => {
      const redaction = redact(whole.slice(from, to), clip(spans, from, to), options, people);
      redacted += redaction.replacements.length;
      return redaction.text;
    };
    // A placeholder longer than what it replaced can push the context over its length: cut again.
    // A context of full length is always taken as cut, so a second run finds nothing to change.
    const context = (text: string, edge: 'start' | 'end') =>
      withoutCutWord(edge === 'start' ? text.slice(-SELECTOR_CONTEXT_LENGTH) : text.slice(0, SELECTOR_CONTEXT_LENGTH), edge);
    return {
      type: 'TextQuoteSelector',
      prefix: context(part(0, a), 'start'),
      exact: part(a, b),
      suffix: context(part(b, whole.length), 'end'),
    };
  });

  const base = request.before?.deidentification;
  const reviews = STORY_TEXT_FIELDS.map((field) => fieldReview(review, field));
  const keep = review.keepOriginal && request.original !== undefined;
  const switchedOff = reviews.reduce((n, r) => n + r.off.length, 0);
  const addedByUser = reviews.reduce((n, r) => n + r.added.length, 0);
  // A story written back with nothing new found or reviewed keeps its record as it was (and one
  // that never had a record gets none), so a restore or a retag changes nothing it says.
  const unchanged = request.before !== undefined && redacted === 0 && switchedOff === 0 && addedByUser === 0;
  const record: Deidentification | undefined =
    unchanged && (base === undefined || base.originalKept === keep)
      ? base
      : {
          tool: '@vertelpunt/deid',
          version: DEID_VERSION,
          counts: addCounts(base?.counts ?? {}, textCounts),
          switchedOff: (base?.switchedOff ?? 0) + switchedOff,
          addedByUser: (base?.addedByUser ?? 0) + addedByUser,
          originalKept: keep,
        };
  const parsed = StorySchema.safeParse({
    ...candidate,
    ...out,
    selectors: safeSelectors,
    ...(record ? { deidentification: record } : {}),
    ...(keep ? { original: request.original } : {}),
  });
  return parsed.success ? { ok: true, story: parsed.data as DeidentifiedStory, redacted } : { ok: false, problems: parsed.error.issues };
}

/** `deidentifyStory` for a path with no way to show problems: throws with the first one. */
export function deidentifiedOrThrow(request: DeidentifyRequest): DeidentifiedStory {
  const result = deidentifyStory(request);
  if (!result.ok)
    throw new Error(`story ${request.candidate.id}: ${result.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`);
  return result.story;
}

/**
 * A stored story of the user's own, written back unchanged in what it says (undo of a delete, a
 * tag change): through the owner all the same, which keeps what the user switched off and
 * removes anything else the detector finds.
 */
export function deidentifyOwn(story: Story, changes: Partial<Pick<Story, 'tags' | 'updatedAt'>> = {}): DeidentifiedStory {
  const { deidentification, original, ...candidate } = story;
  return deidentifiedOrThrow({
    candidate: { ...candidate, ...changes },
    before: story,
    review: DeidReviewSchema.parse({ keepOriginal: deidentification?.originalKept ?? false }),
    ...(original === undefined ? {} : { original }),
  });
}
