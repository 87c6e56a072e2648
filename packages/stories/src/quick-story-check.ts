import { z } from 'zod';
import { validateTagSet } from '@vertelpunt/taxonomy';
import {
  CONSENT_STATUSES,
  DeidentificationSchema,
  MAX_CLIP_BYTES,
  MAX_NOTES_LENGTH,
  MAX_TITLE_LENGTH,
  OriginSchema,
  StorySchema,
  StorySourceSchema,
  type Story,
} from './story.js';
import { SELECTOR_CONTEXT_LENGTH } from './text-range.js';

// Reading a million stories through zod costs more than parsing their JSON, and in the extension,
// whose content security policy blocks zod's compiled fast path, zod is slower still (issue 14).
// This check answers one question fast: would StorySchema accept this value and give back an
// equal story? It says yes only when it is sure; on no, the caller runs StorySchema itself, which
// decides and words the problems. So it may send a valid story to zod (anything unusual: an original kept, a
// title with spaces around it that zod trims, a missing default), never let an invalid one pass.
// packages/exchange/test/quick-story-check.test.ts holds it to StorySchema on generated and broken
// stories (it lives there beside the story generators). Shared by the analyst CLI's readers and
// the extension's reads of stored records (exports, library): one fast path, zod the one judge.

const STORY_KEYS = new Set(Object.keys(StorySchema.shape));
const REQUIRED_KEYS = ['id', 'title', 'text', 'notes', 'tags', 'selectors', 'source', 'consent', 'createdAt', 'updatedAt'] as const;
const QUOTE_KEYS = 4; // type, exact, prefix, suffix

// The patterns zod itself checks `z.uuid()` and `z.iso.datetime({ offset: true })` with, from its
// public `z.regexes` (StorySchema's id, createdAt and updatedAt are those two schemas).
const UUID = z.regexes.uuid();
const DATE_TIME = z.regexes.datetime({ offset: true });
const CONSENT = new Set<unknown>(CONSENT_STATUSES);

// Checked once with the real schema, then remembered (a file has a handful of origins and versions).
const MEMO_LIMIT = 10_000;
const validOrigins = new Set<string>();
const validTerms = new Map<string, Map<string, boolean>>();

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True only if `StorySchema.parse(raw)` would succeed and return a story equal to `raw`. */
export function isPlainValidStory(raw: unknown): raw is Story {
  if (!isRecord(raw)) return false;
  for (const key in raw) if (!STORY_KEYS.has(key) || !Object.hasOwn(raw, key)) return false;
  for (const key of REQUIRED_KEYS) if (raw[key] === undefined) return false;
  const { id, title, text, notes, author, createdAt, updatedAt } = raw;
  if (typeof id !== 'string' || !UUID.test(id)) return false;
  // zod trims the title: one with white space around it is left to zod, which returns it trimmed.
  if (typeof title !== 'string' || title.length === 0 || title.length > MAX_TITLE_LENGTH || title !== title.trim()) return false;
  // A UTF-16 unit is at most 3 bytes of UTF-8: a longer text is measured by zod.
  if (typeof text !== 'string' || text.length * 3 > MAX_CLIP_BYTES || text.trim().length === 0) return false;
  if (typeof notes !== 'string' || notes.length > MAX_NOTES_LENGTH) return false;
  if (author !== undefined && (typeof author !== 'string' || author.length > 100)) return false;
  if (typeof createdAt !== 'string' || !DATE_TIME.test(createdAt) || typeof updatedAt !== 'string' || !DATE_TIME.test(updatedAt))
    return false;
  if (!plainTags(raw.tags) || !plainSelectors(raw.selectors) || !plainSource(raw.source) || !plainConsent(raw.consent)) return false;
  // The original is rare and has its own rule (kept only when the record says so): zod decides.
  if (raw.original !== undefined) return false;
  if (raw.deidentification !== undefined && !plainDeidentification(raw.deidentification)) return false;
  return true;
}

const DEID_KEYS = Object.keys(DeidentificationSchema.shape).length;
const count = (n: unknown): boolean => Number.isSafeInteger(n) && (n as number) >= 0;

/** DeidentificationSchema, by hand: every story Vertelpunt writes has one, and zod per story is what this file avoids. */
function plainDeidentification(record: unknown): boolean {
  if (!isRecord(record) || Object.keys(record).length !== DEID_KEYS) return false;
  const { tool, version, counts, switchedOff, addedByUser, originalKept } = record;
  if (typeof tool !== 'string' || tool.length === 0 || typeof version !== 'string' || version.length === 0) return false;
  if (!count(switchedOff) || !count(addedByUser) || typeof originalKept !== 'boolean' || !isRecord(counts)) return false;
  for (const label in counts) if (!Object.hasOwn(counts, label) || label === '__proto__' || !count(counts[label])) return false;
  return Object.getPrototypeOf(counts) === Object.prototype;
}

function plainTags(tags: unknown): boolean {
  if (!isRecord(tags)) return false;
  const { version, terms } = tags;
  // TagSetSchema drops keys it does not know: such a set is left to zod.
  if (Object.keys(tags).length !== 2 || typeof version !== 'string' || !Array.isArray(terms) || terms.length === 0) return false;
  return areValidDistinctTerms(version, terms);
}

/**
 * Whether every term is a known, distinct term of `version`, as TagSetSchema judges each (the
 * answers remembered per version and term). Shared with the CLI's line check of `counts`.
 */
export function areValidDistinctTerms(version: string, terms: readonly unknown[]): boolean {
  let known = validTerms.get(version);
  if (known === undefined) {
    if (validTerms.size >= 100) return false;
    known = new Map();
    validTerms.set(version, known);
  }
  for (let i = 0; i < terms.length; i++) {
    const term: unknown = terms[i];
    if (typeof term !== 'string') return false;
    let valid = known.get(term);
    if (valid === undefined) {
      valid = validateTagSet({ version, terms: [term] }).ok;
      if (known.size < MEMO_LIMIT) known.set(term, valid);
    }
    if (!valid) return false;
    for (let j = 0; j < i; j++) if (terms[j] === term) return false;
  }
  return true;
}

function plainSelectors(selectors: unknown): boolean {
  if (!Array.isArray(selectors) || selectors.length > 4) return false;
  for (const selector of selectors) {
    // A TextPositionSelector (rare in stories) is left to zod.
    if (!isRecord(selector) || selector.type !== 'TextQuoteSelector' || Object.keys(selector).length !== QUOTE_KEYS) return false;
    const { exact, prefix, suffix } = selector;
    if (typeof exact !== 'string' || exact.length === 0) return false;
    if (
      typeof prefix !== 'string' ||
      prefix.length > SELECTOR_CONTEXT_LENGTH ||
      typeof suffix !== 'string' ||
      suffix.length > SELECTOR_CONTEXT_LENGTH
    )
      return false;
  }
  return true;
}

function plainSource(source: unknown): boolean {
  if (!isRecord(source)) return false;
  const keys = Object.keys(source);
  // A full URL or page title (kept on opt-in only) is checked by zod.
  if (keys.length !== 1 || keys[0] !== 'origin') return StorySourceSchema.safeParse(source).success;
  const { origin } = source;
  return typeof origin === 'string' && isValidOrigin(origin);
}

/** Whether OriginSchema takes `origin` (the answers remembered). Shared with the CLI's line check. */
export function isValidOrigin(origin: string): boolean {
  if (validOrigins.has(origin)) return true;
  if (!OriginSchema.safeParse(origin).success) return false;
  if (validOrigins.size < MEMO_LIMIT) validOrigins.add(origin);
  return true;
}

function plainConsent(consent: unknown): boolean {
  if (!isRecord(consent) || Object.keys(consent).length !== 2) return false;
  // No purpose: zod fills in the default, so the value it returns differs from this one.
  return CONSENT.has(consent.status) && typeof consent.purpose === 'string' && consent.purpose.length <= 500;
}

/** `StorySchema.parse(raw)`, fast for the stories Vertelpunt writes: zod runs (and words any problem) only when the quick check is not sure. */
export const parseStory = (raw: unknown): Story => (isPlainValidStory(raw) ? raw : StorySchema.parse(raw));
