// Places that an organisation rule took for the organisation itself, read from the spans already found (after the
// statistical layer, so that its training notes stay the rules' output). A team, a service or a court named with its town
// ("Buurtteam Dalfsen", "Rechtbank Zwolle", "Bureau Leerplicht Epe") is a generic service of that town: the guidelines mark
// the town as the place and the service not at all. The organisation rules read the capital after the service's word as its
// name; a span that is nothing but a listed place, after such a word or a postcode, is that place, and a span of the
// service's own words and a listed place is that place alone.
import type { Span } from '../labels.js';
import { GENERIC_SERVICES } from '../lexicon.js';
import { classAt, codeAt, LETTER } from '../scan.js';
import { isListedPlaceOrDistrict, lower } from './name-patterns.js';

/** Organisation sources whose evidence is the word before the name: their span may be the service's town. */
const NAMED_BY_WORD_BEFORE = new Set([
  'institution-context',
  'institution-pattern',
  'institution-table-column',
  'institution-joined-kinds',
  'institution-acronym',
  'institution-after-role',
  'institution-repeat',
  'token-classifier',
]);

/**
 * A town named after its church ("Oudkerk", "Sint Annaparochie", "Ouderkerk aan den IJssel"), which the organisation rules read
 * by its ending as a church. After "in" or "te" and without an article ("in de Oosterkerk") it is the town; a saint's church
 * ("Pauluskerk", "Laurentiuskerk") is named by its saint.
 */
const TOWN_NAMED_AFTER_ITS_CHURCH = /^(?:Sint )?\p{Lu}\p{Ll}+(?<!us)(?:kerk|parochie)(?: aan (?:de|den) \p{Lu}\p{L}+)?$/u;

/**
 * Words after which a place stands where someone lives or goes ("in", "te"), or where an organisation has a branch
 * ("vestiging Epe", "kantoor Epe", "locatie Epe"): no organisation's name.
 */
const PLACE_PREPOSITIONS = new Set(['in', 'te', 'uit', 'naar', 'vanuit', 'nabij', 'vestiging', 'kantoor', 'locatie']);

/**
 * Whether the word before `start` (one space between) puts a place there: a preposition of place, or a generic service or
 * team ("Buurtteam", "Politie"), which the guidelines leave out and whose town they mark. Not any other word: a town is as
 * often the last word of an organisation's own name ("Kringloop Nes", "Buurtwerk Tiel", "Nijhuis & Ter Beek").
 */
function placeWordBefore(text: string, start: number): boolean {
  if (codeAt(text, start - 1) !== 32) return false;
  let from = start - 1;
  while (from > 0 && start - from < 40 && (classAt(text, from - 1) & LETTER) !== 0) from--;
  const word = text.slice(from, start - 1);
  return PLACE_PREPOSITIONS.has(word) || GENERIC_SERVICES.has(lower(word));
}

/** Generic services and teams named with the town or district they serve ("Sociaal Loket Epe", "Politie Zwolle"). */
const SERVICE_BEFORE_PLACE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[
    'Buurtteam',
    'Wijkteam',
    'Jeugdteam',
    'Gebiedsteam',
    'Sociaal Team',
    'Sociaal Wijkteam',
    'Sociaal Loket',
    'Bureau Leerplicht',
    'Politie',
  ].join('|')}) $`,
  'u',
);

/** Where the listed place that ends the span starts, after a service's words (-1 if none): the last one to three words. */
function placeAfterService(text: string, span: Span): number {
  let at = span.end;
  for (let words = 0; words < 3; words++) {
    at = text.lastIndexOf(' ', at - 1);
    if (at <= span.start) return -1;
    if (isListedPlaceOrDistrict(lower(text.slice(at + 1, span.end))) && SERVICE_BEFORE_PLACE.test(text.slice(span.start, at + 1)))
      return at + 1;
  }
  return -1;
}

export function retypePlacesTakenForOrganisations(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.label !== 'INSTITUTION' || !NAMED_BY_WORD_BEFORE.has(span.source)) continue;
    const value = text.slice(span.start, span.end);
    if (!isListedPlaceOrDistrict(lower(value)) && !TOWN_NAMED_AFTER_ITS_CHURCH.test(value)) {
      const place = placeAfterService(text, span);
      if (place < 0) continue;
      out ??= spans.slice();
      out[i] = { start: place, end: span.end, label: 'CITY', source: 'city-after-service' };
      continue;
    }
    const previous = i > 0 ? spans[i - 1] : undefined;
    const afterPostcode = previous?.label === 'POSTCODE' && previous.end === span.start - 1;
    if (!afterPostcode && !placeWordBefore(text, span.start)) continue;
    out ??= spans.slice();
    out[i] = { start: span.start, end: span.end, label: 'CITY', source: 'city-after-service' };
  }
  return out ?? spans;
}
