// Streets without a number that a person rule took for a name, dropped from the spans already found (after the statistical
// layer, so that its training notes stay the rules' output): "de flats aan de Lindelaan", "de Pieter
// Jansstraat". The guidelines mark a street only with its number (ADDRESS); a street alone names no one. A person's
// name whose last word is a street's compound ("…straat", "…laan") is rare, and a surname that is the kind alone ("Van der
// Laan", "Van Dijk") is no compound.
import type { Span } from '../labels.js';

/** Strong kinds of street as the end of a compound of at least three more letters: "Lindelaan", "Jansstraat". */
const STREET_COMPOUND = /\p{Lu}\p{Ll}{2,}(?:straat|laan|plein|steeg|gracht|kade|singel|dreef|plantsoen)$/u;
/** Sources whose evidence is a capital after a contact word or a list hit, no title, role or field. */
const GUESSED = new Set(['person-contact', 'person-lexicon', 'person-capitalised', 'person-repeat', 'token-classifier']);

function isStreetTakenForName(text: string, span: Span): boolean {
  return span.label === 'PERSON' && GUESSED.has(span.source) && STREET_COMPOUND.test(text.slice(span.start, span.end));
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
