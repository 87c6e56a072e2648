// Streets without a number that a person rule took for a name, dropped from the spans already found (after the statistical
// layer, so that its training notes stay the rules' output): "de flats aan de Lindelaan", "de Pieter
// Jansstraat". The guidelines mark a street only with its number (ADDRESS); a street alone names no one. A person's
// name whose last word is a street's compound ("…straat", "…laan") is rare, and a surname that is the kind alone ("Van der
// Laan", "Van Dijk") is no compound. Surnames do end so ("Versteeg", "Verlaan"), so a span is a street only after the
// article a street takes ("aan de Lindelaan") and never where its last word is a listed surname: a name left in clear
// costs more than a street marked.
import type { Span } from '../labels.js';
import { withoutSpansWhere } from '../span-list.js';
import { SURNAMES } from '../lexicon.js';

/** Strong kinds of street as the end of a compound of at least three more letters: "Lindelaan", "Jansstraat". */
const STREET_COMPOUND = /\p{Lu}\p{Ll}{2,}(?:straat|laan|plein|steeg|gracht|kade|singel|dreef|plantsoen)$/u;
/** Sources whose evidence is a capital after a contact word or a list hit, no title, role or field. */
const GUESSED = new Set(['person-contact', 'person-lexicon', 'person-capitalised', 'person-repeat', 'token-classifier']);

/** "de " or "De " right before the span, or as its first word ("de Lindelaan" taken whole). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])[Dd]e $/u;

function isStreetTakenForName(text: string, span: Span): boolean {
  if (span.label !== 'PERSON' || !GUESSED.has(span.source)) return false;
  const name = text.slice(span.start, span.end);
  const article = name.startsWith('de ') || ARTICLE_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start));
  if (!article || !STREET_COMPOUND.test(name)) return false;
  return !SURNAMES.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

export function withoutStreetsTakenForNames(text: string, spans: Span[]): Span[] {
  return withoutSpansWhere(spans, (span) => isStreetTakenForName(text, span));
}
