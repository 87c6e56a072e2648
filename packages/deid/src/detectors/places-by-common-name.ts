// Towns called by the name people use rather than the official one the lists hold ("Den Bosch" for 's-Hertogenbosch,
// "Dordt", "A'dam"), read after the statistical layer, so that its training notes stay the rules' output. The capitals of
// "Den Bosch" made the person rules take it for a surname with its tussenvoegsel; it is a place, and so is "Den
// Bosch-Zuid". The surname, with "van" before it, stays so; in lower case only a word of place before it says it is the
// town.
import type { Span } from '../labels.js';
import { classAt, LETTER } from '../scan.js';

/** The common names, as written with capitals (in lower case they need a word of place before them). */
const COMMON_NAMES = ['Den Bosch', 'Dordt', "A'dam", 'A’dam'];

/** Words of place before a lower-case common name ("in den bosch", "uit dordt"). */
const PLACE_WORD_BEFORE = /(?:^|[^\p{L}])(?:in|uit|naar|vanuit|rond|regio|gemeente|te)\s+$/iu;

/** A tussenvoegsel before "Den Bosch" makes it a surname ("van den Bosch", "Van Den Bosch", "v. den Bosch"). */
const SURNAME_BEFORE = /(?:^|[^\p{L}])(?:van|v\.|vd\.?)\s+$/iu;

/** The end of a district after a hyphen ("Den Bosch-Zuid", or any compass word), `end` if none. */
function districtEnd(text: string, end: number): number {
  if (text[end] !== '-' || !/\p{Lu}/u.test(text[end + 1] ?? '')) return end;
  let at = end + 1;
  while ((classAt(text, at) & LETTER) !== 0) at++;
  return at;
}

/** The common names in the text, as CITY spans (a district after a hyphen taken in). */
function commonNames(text: string): Span[] {
  const out: Span[] = [];
  const folded = text.toLowerCase();
  for (const name of COMMON_NAMES) {
    const lower = name.toLowerCase();
    for (let at = folded.indexOf(lower); at >= 0; at = folded.indexOf(lower, at + 1)) {
      const end = at + name.length;
      if ((classAt(text, at - 1) & LETTER) !== 0 || (classAt(text, end) & LETTER) !== 0) continue;
      const before = text.slice(Math.max(0, at - 12), at);
      if (SURNAME_BEFORE.test(before)) continue;
      const written = text.slice(at, end);
      if (written !== name && !PLACE_WORD_BEFORE.test(before)) continue;
      // "Den Bosch" needs its capitals or a word of place; a capital first letter alone ("Den bosch") is a line start.
      if (written !== name && written !== lower) continue;
      out.push({ start: at, end: districtEnd(text, end), label: 'CITY', source: 'city-common-name' });
    }
  }
  return out;
}

/**
 * Adds the common names of towns as CITY: over a person guess of exactly that extent, or where nothing was found. A span
 * of another kind or reaching beyond the name ("Stichting Opvang Den Bosch", an address) keeps its text.
 */
export function withPlacesByCommonName(text: string, spans: Span[]): Span[] {
  const places = commonNames(text);
  if (places.length === 0) return spans;
  let out = spans;
  for (const place of places) {
    const overlapping = out.filter((span) => span.start < place.end && place.start < span.end);
    if (overlapping.some((span) => span.label !== 'PERSON' || span.start < place.start || span.end > place.end)) continue;
    out = [...out.filter((span) => !overlapping.includes(span)), place].sort((a, b) => a.start - b.start);
  }
  return out;
}
