// Streets without a number that a person rule took for a name, dropped from the spans already found (after the statistical
// layer, so that its training notes stay the rules' output): "de flats aan de Lindelaan", "de Pieter
// Jansstraat". The guidelines mark a street only with its number (ADDRESS); a street alone names no one. A person's
// name whose last word is a street's compound ("…straat", "…laan") is rare, and a surname that is the kind alone ("Van der
// Laan", "Van Dijk") is no compound.
import type { Span } from '../labels.js';
import { SURNAMES } from '../lexicon.js';

/** Strong kinds of street as the end of a compound of at least three more letters: "Lindelaan", "Jansstraat". */
const STREET_COMPOUND = /\p{Lu}\p{Ll}{2,}(?:straat|laan|plein|steeg|gracht|kade|singel|dreef|plantsoen)$/u;
/** Sources whose evidence is a capital after a contact word or a list hit, no title, role or field. */
const GUESSED = new Set(['person-contact', 'person-lexicon', 'person-capitalised', 'person-repeat', 'token-classifier']);

/** "de" right before, alone or after a preposition ("aan de Lindelaan", "in de Jansstraat"), or as the span's first word
 * (a person rule reads it as a tussenvoegsel): a place is meant, no one. */
const ARTICLE_BEFORE = /(?<![\p{L}])[Dd]e $/u;
const ARTICLE_FIRST = /^[Dd]e /;
/** Kinds that end Dutch surnames as well ("Versteeg", "Verlaan", "Terlaan"): such a compound is a street only after "de". */
const SURNAME_LIKE_KIND = /(?:laan|steeg)$/;

/**
 * Whether a guessed person is a street by its shape: a street compound whose last word is no listed surname, and after "de"
 * where its kind ends surnames too. Surnames end as streets do ("Versteeg", "Verlaan", "Terlaan") and stand without an
 * article; dropping one would leave a person's name in clear.
 */
function isStreetTakenForName(text: string, span: Span): boolean {
  if (span.label !== 'PERSON' || !GUESSED.has(span.source)) return false;
  const name = text.slice(span.start, span.end);
  if (!STREET_COMPOUND.test(name)) return false;
  const withArticle = ARTICLE_FIRST.test(name) || ARTICLE_BEFORE.test(text.slice(Math.max(0, span.start - 3), span.start));
  if (!withArticle && SURNAME_LIKE_KIND.test(name)) return false;
  return !SURNAMES.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

export function withoutStreetsTakenForNames(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (!isStreetTakenForName(text, span)) out?.push(span);
    else out ??= spans.slice(0, i);
  }
  return out ?? spans;
}
