import { z } from 'zod';
import { TagSetSchema } from '@vertelpunt/taxonomy';
import { SelectorSchema } from './selectors.js';

/** A clip above 1 MiB of UTF-8 is refused: no case note is that long, a whole page dump is. */
export const MAX_CLIP_BYTES = 1024 * 1024;
export const MAX_TITLE_LENGTH = 200;
export const MAX_NOTES_LENGTH = 20_000;

export const utf8Length = (text: string) => new TextEncoder().encode(text).length;

// Every stored story is checked again when it is read, and an export reads 100,000: the two
// costliest checks (encoding the text, parsing a URL) are skipped where the answer is known.

/** A UTF-16 unit is at most 3 bytes of UTF-8, so a text this short fits without encoding it. */
const fitsClip = (text: string) => text.length * 3 <= MAX_CLIP_BYTES || utf8Length(text) <= MAX_CLIP_BYTES;

const ClipTextSchema = z
  .string()
  // `params.problem` names each check, so the extension words it in the interface's language.
  .refine((text) => text.trim().length > 0, { message: 'the text is empty', params: { problem: 'text-empty' } })
  .refine(fitsClip, {
    message: `the text is larger than ${MAX_CLIP_BYTES / 1024 / 1024} MB`,
    params: { problem: 'text-too-large', limit: MAX_CLIP_BYTES },
  });

/** Origins already found valid: a library has a handful, repeated in every story. */
const validOrigins = new Set<string>();

function isOrigin(value: string): boolean {
  if (validOrigins.has(value)) return true;
  try {
    const url = new URL(value);
    if (!/^https?:$/.test(url.protocol) || url.origin !== value) return false;
  } catch {
    return false;
  }
  if (validOrigins.size >= 1000) validOrigins.clear();
  validOrigins.add(value);
  return true;
}

/** An http(s) origin such as https://registratie.example.nl, never a path or query. */
export const OriginSchema = z
  .string()
  .refine(isOrigin, { message: 'an origin is scheme://host[:port] with nothing after it', params: { problem: 'not-an-origin' } });

/** Where a story was clipped. The full URL and the page title can name a resident: kept only where the user opted in for that system. */
export const StorySourceSchema = z.strictObject({
  origin: OriginSchema,
  url: z.url().optional(),
  pageTitle: z.string().max(500).optional(),
});
export type StorySource = z.infer<typeof StorySourceSchema>;

/** On what ground a story may be kept and shared (Dutch values: they are shown and exported as such). */
export const CONSENT_STATUSES = ['toestemming-inwoner', 'geanonimiseerd', 'alleen-intern'] as const;
export const ConsentSchema = z.strictObject({
  status: z.enum(CONSENT_STATUSES),
  /** What the story may be used for, in the professional's words. */
  purpose: z.string().max(500).default(''),
});
export type Consent = z.infer<typeof ConsentSchema>;

/**
 * How a story's text was de-identified before it was saved: which tool, what it found per label,
 * what the user changed, and whether the original text was kept (only on the user's explicit choice).
 */
export const DeidentificationSchema = z.strictObject({
  tool: z.string().min(1),
  version: z.string().min(1),
  /** Redacted spans per label (PERSON, BSN, …), after the user's changes. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Detections the user switched off (kept as written). */
  switchedOff: z.number().int().nonnegative(),
  /** Spans the user marked that the tool missed. */
  addedByUser: z.number().int().nonnegative(),
  originalKept: z.boolean(),
});
export type Deidentification = z.infer<typeof DeidentificationSchema>;

/**
 * What the user captured, before de-identification: kept with a story only on the user's explicit
 * choice, and never exported (a backup keeps it). Stories saved before November 2026 kept the
 * text alone, as a string; both forms are read.
 */
export const CapturedSchema = z.strictObject({
  text: z.string(),
  title: z.string(),
  notes: z.string(),
  selectors: z.array(SelectorSchema).max(4),
});
export type Captured = z.infer<typeof CapturedSchema>;
export const OriginalSchema = z.union([z.string(), CapturedSchema]);
export type Original = z.infer<typeof OriginalSchema>;

export const StoryIdSchema = z.uuid();
const IsoDateTime = z.iso.datetime({ offset: true });

export const StorySchema = z
  .strictObject({
    id: StoryIdSchema,
    title: z.string().trim().min(1, 'a story needs a title').max(MAX_TITLE_LENGTH),
    text: ClipTextSchema,
    notes: z.string().max(MAX_NOTES_LENGTH).default(''),
    tags: TagSetSchema,
    selectors: z.array(SelectorSchema).max(4),
    source: StorySourceSchema,
    consent: ConsentSchema,
    /** Pseudonymous professional or team label, as configured; never a resident. */
    author: z.string().max(100).optional(),
    deidentification: DeidentificationSchema.optional(),
    /** The story as captured, before de-identification: only where the user explicitly kept it for this story. */
    original: OriginalSchema.optional(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .refine((story) => story.original === undefined || story.deidentification?.originalKept === true, {
    message: 'the original is kept only when the de-identification record says so',
    path: ['original'],
    params: { problem: 'original-without-record' },
  });
export type Story = z.infer<typeof StorySchema>;
export type StoryInput = z.input<typeof StorySchema>;

/** The longest page title a clip carries; a story keeps at most 500 characters of it, and only on opt-in. */
export const MAX_CLIP_PAGE_TITLE_LENGTH = 2000;

/** Cuts `text` to at most `max` UTF-16 units, ending in "…" when cut and never inside a surrogate pair. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}…`;
}

/** What the injected capture script hands over: read from the page, nothing more. */
export const ClipSchema = z.strictObject({
  text: ClipTextSchema,
  selectors: z.array(SelectorSchema).max(4),
  // A page may have any title; it is context, never a reason to refuse the clip: shortened.
  pageTitle: z.string().transform((title) => shortened(title, MAX_CLIP_PAGE_TITLE_LENGTH)),
  url: z.url(),
  /** Where in the page the selection was: the kind of element helps explain odd selectors. */
  container: z.enum(['document', 'shadow-root', 'text-field', 'contenteditable']),
});
export type Clip = z.infer<typeof ClipSchema>;

/** The first words of a text, for a default title. */
export function defaultTitle(text: string, maxWords = 8, maxLength = 80): string {
  const words = text.trim().split(/\s+/).slice(0, maxWords).join(' ');
  return words.length > maxLength ? `${words.slice(0, maxLength - 1).trimEnd()}…` : words;
}
