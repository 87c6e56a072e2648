import type { Span } from '../labels.js';
import { SpanList } from '../span-list.js';
import {
  capitalisedWords,
  codeAt,
  groupRangesAt,
  lettersEnd,
  matchesAt,
  phrasesOf,
  phraseStarts,
  scan,
  wordsAfterPhrases,
  type Scan,
} from '../scan.js';
import {
  COUNTRIES,
  PLACES_ABROAD,
  FIRST_NAMES,
  GENERIC_SERVICES,
  KNOWN_INSTITUTIONS,
  NOT_NAMES,
  PLACES,
  PLACES_THAT_ARE_WORDS,
  NAMES_THAT_ARE_WORDS,
  SURNAMES,
} from '../lexicon.js';
import { CAP, isSentenceStart, lower, possessiveAfter, postcodeStarts } from './name-patterns.js';
import { placeHits } from './lexicon-hits.js';
import { reextended } from '../span-copies.js';

const PLACE_CUE_WORDS = 'in|te|uit|naar|vanuit|richting|wonend in|woonachtig in|woont in|geboren in|verhuisd naar|wijk|regio|gemeente';
const PLACE_CUE_PHRASES = phrasesOf([...PLACE_CUE_WORDS.split('|'), 'gem']);
// No letter after the name: "VluchtelingenWerk", a word with a capital inside, is a brand, no place.
const PLACE_CUE = new RegExp(
  `(?<![\\p{L}])(?:${PLACE_CUE_WORDS}|gem\\.)\\s+((?:${CAP})(?:[- ](?:aan|op|den|de|der|\\p{Lu}[\\p{Ll}]+))*)(?![\\p{L}])`,
  'gu',
);
/** "Rijswijk (ZH)", "Hengelo (Ov.)", "Bergen (NH)": a province in brackets is part of the place. */
const PROVINCE_AFTER = / ?\((?:[NZ]-?[HB]|N-?Br|Gld|Gr|Fr|Frl|Dr|Ov|Fl|Flevo|Ut|Utr|Zl|Zld|L|Lb|Li|Lim|NB|NH|ZH)\.?\)/y;
/** Province abbreviations, which PROVINCE_AFTER joins to the place itself. */
const PROVINCE_ABBREVIATION = /^(?:[NZ]-?[HB]|N-?Br|Gld|Gr|Fr|Frl|Dr|Ov|Fl|Flevo|Ut|Utr|Zl|Zld|L|Lb|Li|Lim|NB|NH|ZH)$/;
/** "'s-Gravenzande", "’s-Hertogenbosch": places whose name starts with an apostrophe, which no capital starts. */
const APOSTROPHE_PLACE = /['’]s[- ]\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)*/uy;

/** The lists hold lower case, so a word found in them as written is in lower case (the first test rules out nearly all words). */
const isLowerCasePlace = (word: string) =>
  PLACES.has(word) && !PLACES_THAT_ARE_WORDS.has(word) && !NAMES_THAT_ARE_WORDS.has(word) && !NOT_NAMES.has(word);

/** The first words of the places of several words or parts ("den" of "den haag", "bergen" of "bergen op zoom", "nieuw" of "nieuw-vennep"). */
const SEVERAL_WORDS_FIRST = new Set<string>();
for (const place of PLACES) {
  const cut = place.search(/[ -]/);
  if (cut > 0 && place[0] !== "'") SEVERAL_WORDS_FIRST.add(place.slice(0, cut));
}
// "in de wijk", "uit het veld": after an article the words are as often ordinary words as a place ("De Wijk").
SEVERAL_WORDS_FIRST.delete('de');
SEVERAL_WORDS_FIRST.delete('het');
const isLowerCasePlaceOrStart = (word: string) => isLowerCasePlace(word) || SEVERAL_WORDS_FIRST.has(word);
const LOWER_WORDS = /^[\p{Ll}'’]+(?:[ -][\p{Ll}'’]+){1,3}/u;
/** Where a place of several words written in lower case ends ("naar den haag", "in bergen op zoom"), or -1. */
function lowerPlaceOfWordsEnd(text: string, start: number): number {
  const m = LOWER_WORDS.exec(text.slice(start, start + 40));
  if (!m) return -1;
  // Longest first, down to two words or parts (one word is isLowerCasePlace's).
  for (let candidate = m[0]; ;) {
    const cut = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('-'));
    if (cut <= 0) return -1;
    if (PLACES.has(candidate) && !PLACES_THAT_ARE_WORDS.has(candidate)) return start + candidate.length;
    candidate = candidate.slice(0, cut);
  }
}

/** Places the common-word list holds though no one writes them as words. */
const NEVER_WORDS = new Set(['amsterdam']);
/** ", 11 november 2026", ", 3-11-2026": the date of a letter after its place. */
const DATE_LINE_AFTER = /^,? (?:(?:ma|di|wo|do|vr|maandag|dinsdag|woensdag|donderdag|vrijdag) )?\d{1,2}(?:[ -/.](?:\d{1,2}|[a-z]{3,9}\.?))/;
/** Parts of the country, as an agency's region ("regio Midden-Nederland"): no place smaller than a country. */
const REGIONS = new Set(['randstad', 'midden-nederland', 'noord-nederland', 'oost-nederland', 'zuid-nederland', 'west-nederland']);

const CITY_AFTER_POSTCODE = new RegExp(`\\b[1-9]\\d{3} ?[A-Z]{2}[ \\t]+(${CAP}(?:[- ](?:aan|op|den|de|\\p{Lu}[\\p{Ll}]+))*)`, 'gu');

const CAPITALS_AFTER_POSTCODE = /[1-9]\d{3} ?[A-Z]{2}[ \t]+([A-Z][A-Z'’-]+(?: [A-Z'’-]+){0,4})(?=[ \t]*(?:\r?\n|$|,))/y;

/** "(Lombok)", "(De Pijp)", "(Overijssel)": capitalised words in brackets right after a place name its district or province. */
const IN_BRACKETS_AFTER = /^ ?\((\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}[\p{L}'’-]+|aan|op|de|den))*)\)/u;

/**
 * Places the word lists hold, written so that no capitalised word starts them or one runs on past
 * them: "IJsselmuiden" (the Dutch IJ is two capitals), "Zwolle-Stadshagen", "Leeuwarden-Heechterp"
 * (a place, a hyphen and its district).
 */
function placesInOtherForms(text: string, found: Scan, spans: SpanList): void {
  // By index here and below: for…of left an iterator result (and a tuple's destructuring one more) per element.
  const { capitals } = found;
  for (let c = 0; c < capitals.length; c++) {
    const start = capitals[c]!;
    if (codeAt(text, start) !== 73 || codeAt(text, start + 1) !== 74) continue;
    const end = lettersEnd(text, start);
    if (PLACES.has(text.slice(start, end).toLowerCase())) spans.add(start, end, 'city-ij');
  }
  const words = capitalisedWords(found);
  for (let c = 0; c < words.starts.length; c++) {
    const word = words.lowers[c]!;
    const hyphen = word.indexOf('-');
    if (hyphen < 3) continue;
    const first = word.slice(0, hyphen);
    // "Vreewijk-Lyceum", "Noord-Kerk": a kind after the hyphen names a school or a church, not a district.
    if (/-(?:lyceum|college|school|kerk|moskee|kliniek|ziekenhuis|centrum)$/.test(word)) continue;
    if (PLACES.has(first) && !PLACES_THAT_ARE_WORDS.has(first) && !PLACES.has(word) && !isSentenceStart(text, words.starts[c]!))
      spans.add(words.starts[c]!, words.ends[c]!, 'city-with-district');
  }
}

/** " en Vilnius", " of Nador": a second place joined to one after a cue (after a comma it is as often a person: "een zus in Doetinchem, Ayşe,"). */
const JOINED_PLACE = /^(?: en| of) (\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?)(?![\p{L}'’-])/u;

/**
 * "in Kaunas en Vilnius", "uit Casablanca of Nador": a capitalised word joined to a place after a cue is a place
 * too, unless the lists know it as a first name, a surname (not also a place), a country or an organisation.
 */
function placeAfterPlace(text: string, end: number): [number, number] | undefined {
  if (codeAt(text, end) !== 32) return undefined;
  const m = JOINED_PLACE.exec(text.slice(end, end + 40));
  if (!m) return undefined;
  const w = m[1]!.toLowerCase();
  const start = end + m[0].length - m[1]!.length;
  if (
    FIRST_NAMES.has(w) ||
    (SURNAMES.has(w) && !PLACES.has(w)) ||
    COUNTRIES.has(w) ||
    NOT_NAMES.has(w) ||
    GENERIC_SERVICES.has(w) ||
    KNOWN_INSTITUTIONS.has(w) ||
    PLACES_THAT_ARE_WORDS.has(w) ||
    NAMES_THAT_ARE_WORDS.has(w)
  )
    return undefined;
  return [start, end + m[0].length];
}

export function findPlaces(text: string, found: Scan = scan(text)): Span[] {
  const spans = new SpanList('CITY');
  placesInOtherForms(text, found, spans);
  const hits = placeHits(found);
  for (let h = 0; h < hits.length; h++) {
    const start = hits[h]![0];
    const candidate = hits[h]![1];
    // "Best lastig gesprek", "Hoorn erop gegooid": a place that is also a word is no evidence at a sentence start, unless a
    // letter's date follows it ("Assen, 11 november 2026").
    if (
      PLACES_THAT_ARE_WORDS.has(lower(candidate)) &&
      !NEVER_WORDS.has(lower(candidate)) &&
      isSentenceStart(text, start) &&
      !DATE_LINE_AFTER.test(text.slice(start + candidate.length, start + candidate.length + 16))
    )
      continue;
    spans.add(start, start + candidate.length, 'city-lexicon');
  }
  for (const m of matchesAt(PLACE_CUE, text, phraseStarts(found, PLACE_CUE_PHRASES, 2), found)) {
    const name = m[1]!;
    const w = lower(name);
    if (
      COUNTRIES.has(w) ||
      PLACES_ABROAD.has(w) ||
      NOT_NAMES.has(w) ||
      GENERIC_SERVICES.has(w) ||
      FIRST_NAMES.has(w) ||
      KNOWN_INSTITUTIONS.has(w) ||
      REGIONS.has(w) ||
      // "gem. Kampen": the full stop of the abbreviation starts no sentence.
      (isSentenceStart(text, m.index + m[0].length - name.length) && !m[0].startsWith('gem.'))
    )
      continue;
    const end = m.index + m[0].length;
    // "in Jansen zijn auto": a surname that owns something is a person.
    if (SURNAMES.has(w) && !PLACES.has(w) && possessiveAfter(text, end)) continue;
    spans.add(end - name.length, end, 'city-cue');
    const next = placeAfterPlace(text, end);
    if (next) spans.add(next[0], next[1], 'city-after-place');
  }
  // The word after a postcode is the place: "3311 AB Dordrecht".
  const afterPostcodes = groupRangesAt(CITY_AFTER_POSTCODE, text, postcodeStarts(found), found);
  for (let r = 0; r < afterPostcodes.length; r += 3) spans.add(afterPostcodes[r + 1]!, afterPostcodes[r + 2]!, 'city-after-postcode');
  // A letter's address block in capitals: "7513CX  ENSCHEDE", "2903 AX CAPELLE AAN DEN IJSSEL" (a listed place, to the line's end).
  const postcodes = postcodeStarts(found);
  for (let p = 0; p < postcodes.length; p++) {
    CAPITALS_AFTER_POSTCODE.lastIndex = postcodes[p]!;
    const m = CAPITALS_AFTER_POSTCODE.exec(text);
    // Any words in capitals to the line's end after a postcode are its place, listed or not ("6283 TW  HOLTERBROEK"): a
    // letter's address block, where no other capitals stand; a country there is no place.
    if (m && (PLACES.has(m[1]!.toLowerCase()) || (m[1]!.length > 2 && !COUNTRIES.has(m[1]!.toLowerCase()))))
      spans.add(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'city-after-postcode');
  }
  // Each "s-" from its hyphen (a single-character indexOf is fast on any text; "s-" was not).
  for (let hyphen = text.indexOf('-'); hyphen !== -1; hyphen = text.indexOf('-', hyphen + 1)) {
    const at = hyphen - 1;
    if (codeAt(text, at) !== 115) continue;
    APOSTROPHE_PLACE.lastIndex = at - 1;
    const m = at > 0 ? APOSTROPHE_PLACE.exec(text) : null;
    if (m && PLACES.has(lower(m[0].replace('’', "'")))) spans.add(m.index, m.index + m[0].length, 'city-apostrophe');
  }
  // Informal notes write places in lower case: "bij vrienden in hoogvliet" (a place from the lists that is no word).
  // One pass for places of one word and of several ("naar bergen op zoom").
  for (const start of wordsAfterPhrases(found, PLACE_CUE_PHRASES, isLowerCasePlaceOrStart)) {
    const end = lowerPlaceOfWordsEnd(text, start);
    if (end !== -1) spans.add(start, end, 'city-lower');
    else if (isLowerCasePlace(text.slice(start, lettersEnd(text, start)))) spans.add(start, lettersEnd(text, start), 'city-lower');
  }
  // A town in brackets after a country: "Marokko (Nador)", "Syrië (Aleppo)".
  const capitalised = capitalisedWords(found);
  for (let c = 0; c < capitalised.starts.length; c++) {
    const end = capitalised.ends[c]!;
    if (codeAt(text, end) !== 32 || codeAt(text, end + 1) !== 40 || !COUNTRIES.has(capitalised.lowers[c]!)) continue;
    const m = IN_BRACKETS_AFTER.exec(text.slice(end, end + 50));
    const w = m ? lower(m[1]!) : '';
    if (!m || FIRST_NAMES.has(w) || NOT_NAMES.has(w) || COUNTRIES.has(w) || GENERIC_SERVICES.has(w) || KNOWN_INSTITUTIONS.has(w)) continue;
    spans.add(end + 2, end + 2 + m[1]!.length, 'city-in-brackets');
  }
  // A district or province in brackets after a place: "Utrecht (Lombok)", "Hengelo (Overijssel)".
  for (const span of [...spans.spans]) {
    if (codeAt(text, span.end) !== 40 && codeAt(text, span.end + 1) !== 40) continue;
    const m = IN_BRACKETS_AFTER.exec(text.slice(span.end, span.end + 50));
    if (!m || PROVINCE_ABBREVIATION.test(m[1]!) || !/\p{Ll}/u.test(m[1]!)) continue;
    const w = lower(m[1]!);
    if (GENERIC_SERVICES.has(w) || KNOWN_INSTITUTIONS.has(w) || FIRST_NAMES.has(w) || NOT_NAMES.has(w) || COUNTRIES.has(w)) continue;
    const start = span.end + m[0].indexOf('(') + 1;
    spans.add(start, start + m[1]!.length, 'city-in-brackets');
  }
  return spans.spans.map((span) => {
    // Only a bracket, perhaps after a space, can start a province.
    const next = codeAt(text, span.end);
    if (next !== 40 && (next !== 32 || codeAt(text, span.end + 1) !== 40)) return span;
    PROVINCE_AFTER.lastIndex = span.end;
    const province = PROVINCE_AFTER.exec(text);
    return province ? reextended(span, span.start, span.end + province[0].length) : span;
  });
}
