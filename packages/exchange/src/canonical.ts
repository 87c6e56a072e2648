import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  ConsentSchema,
  DeidentificationSchema,
  StorySchema,
  StorySourceSchema,
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
  type Story,
} from '@vertelpunt/stories';

// One story, one spelling: the same story gives the same bytes whatever order its fields were
// set in, so a backup restored and exported again is byte for byte the file it came from, and a
// content hash does not change when a field is merely moved.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const STORY_KEYS = Object.keys(StorySchema.shape);
const NESTED_KEYS: Record<string, readonly string[]> = {
  tags: ['version', 'terms'],
  source: Object.keys(StorySourceSchema.shape),
  consent: Object.keys(ConsentSchema.shape),
  deidentification: Object.keys(DeidentificationSchema.shape),
};
const SELECTOR_KEYS: Record<string, readonly string[]> = {
  TextQuoteSelector: Object.keys(TextQuoteSelectorSchema.shape),
  TextPositionSelector: Object.keys(TextPositionSelectorSchema.shape),
};

/** Keys in the given order, then any others sorted (a field a later schema adds); undefined left out. */
function ordered(value: unknown, keys: readonly string[] = []): Json {
  if (Array.isArray(value)) return value.map((v) => ordered(v));
  if (value === null || typeof value !== 'object') return value as Json;
  const record = value as Record<string, unknown>;
  const out: Record<string, Json> = {};
  // Called twice per story in a merge (hash, then output), a million times: no filter and sort
  // unless the object holds a key outside the list.
  let listed = 0;
  for (const key of keys) {
    if (!Object.hasOwn(record, key)) continue;
    listed += 1;
    put(out, key, record[key]);
  }
  const all = Object.keys(record);
  if (all.length !== listed) for (const key of all.filter((k) => !keys.includes(k)).sort()) put(out, key, record[key]);
  return out;
}

function put(out: Record<string, Json>, key: string, value: unknown): void {
  if (value === undefined) return;
  out[key] =
    key === 'selectors' && Array.isArray(value)
      ? (value as { type?: string }[]).map((s) => ordered(s, SELECTOR_KEYS[s.type ?? ''] ?? []))
      : ordered(value, NESTED_KEYS[key] ?? []);
}

/** The story with its fields in the schema's order (nested ones too) and no undefined fields. */
export function canonicalStory(story: Story): Story {
  return ordered(story, STORY_KEYS) as unknown as Story;
}

/**
 * The story as one line of compact JSON, fields in canonical order. A story whose fields are in
 * that order already (every story zod gave back: it builds objects in schema order) is written
 * as it is: rebuilding it cost twice the JSON.stringify of an export (issue 14).
 */
export const storyJson = (story: Story): string => JSON.stringify(inCanonicalOrder(story, STORY_KEYS) ? story : canonicalStory(story));

const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

/**
 * True only if `ordered(value, keys)` would give an object with the same keys in the same order
 * (so both give the same JSON): the listed keys in list order, then the others sorted, the same
 * at every depth. Anything unusual (an index-like key, whose place the engine decides, or an
 * object that is not plain) says no and takes the long way.
 */
function inCanonicalOrder(value: unknown, keys: readonly string[] = []): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!inCanonicalOrder(item)) return false;
    return true;
  }
  if (!isPlainObject(value)) return false;
  const record = value as Record<string, unknown>;
  let listed = 0;
  let lastOther: string | undefined;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) return false;
    const code = key.charCodeAt(0);
    if (code >= 48 && code <= 57) return false;
    const at = keys.indexOf(key);
    if (at !== -1) {
      // A listed key after an unlisted one, or out of list order.
      if (lastOther !== undefined || at < listed) return false;
      listed = at + 1;
    } else {
      if (lastOther !== undefined && !(lastOther < key)) return false;
      lastOther = key;
    }
    const field = record[key];
    if (key === 'selectors' && Array.isArray(field)) {
      for (const selector of field as { type?: string }[])
        if (!inCanonicalOrder(selector, SELECTOR_KEYS[selector.type ?? ''] ?? [])) return false;
    } else if (!inCanonicalOrder(field, NESTED_KEYS[key] ?? [])) return false;
  }
  return true;
}

/** Oldest first, ties by id: the order of every file this package writes from a whole set. */
export const compareStories = (a: Story, b: Story): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** SHA-256 of a text's UTF-8 bytes, in hex. */
export type Sha256Hex = (text: string) => string;
const sha256Hex: Sha256Hex = (text) => bytesToHex(sha256(utf8ToBytes(text)));

/**
 * SHA-256 (hex) of what a story says: every field but `updatedAt`, in canonical order. Two
 * copies of a story that were only saved again unchanged have the same hash; a changed word,
 * tag or consent gives another. The CLI passes Node's native SHA-256 (same bytes, same hash):
 * the pure one here, which the browser uses, took a third of a merge's time (issue 14).
 */
export function contentHash(story: Story, hash: Sha256Hex = sha256Hex): string {
  const { updatedAt: _updatedAt, ...content } = story;
  return hash(JSON.stringify(ordered(content, STORY_KEYS)));
}
