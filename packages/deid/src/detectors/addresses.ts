import type { Span } from '../labels.js';
import { SpanList } from '../span-list.js';
import {
  isSpaceAt,
  capitalisedWords,
  classAt,
  UPPER,
  capitalsInChainBefore,
  groupRangesAt,
  matchesAt,
  phraseStarts,
  phrasesOf,
  rangesAt,
  codeAt,
  scan,
  type Scan,
} from '../scan.js';
import { numberStack } from '../number-stack.js';
import { lastWordsBeforeDigits } from './words-before-digits.js';
import { FIRST_NAMES, NOT_NAMES, PLACES } from '../lexicon.js';
import { isCommon } from '../statistical/token-features.js';
import { CAP, firstSpace, isDigit, isSentenceStart, lower, postcodeStarts } from './name-patterns.js';

export const STREET_SUFFIX =
  'straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|dreef|steeg|pad|baan|ring|markt|wal|erf|zoom|veld|akker|weide|haven|boulevard|dam|burcht|hoven|tuin|gaarde|lei|hage|stede|buorren|wei|loane|dyk|wyk|bocht|hoek|berg|heuvel|donk|poort|vliet|sloot|wetering|oord|horst|brink|kamp|dal|plantsoen|zijde|rade|vaart|strjitte|paad|leane|plaat|diep|wallen|vest';
const VEST_BEFORE_A_YEAR = /vest[ \t](?:19|20)\d\d$/;
/** "Oude Gracht", "Grote Markt", "Hoge Dijk": a street's kind as a capitalised word of its own after an adjective. */
const KIND_WORD = '(?:Gracht|Haven|Kade|Dijk|Markt|Singel|Wal|Weg|Laan|Straat|Steeg|Plein|Burgwal)';
const KIND_WORD_AT_END = new RegExp(`${KIND_WORD}$`);
/**
 * "alleenwonend Markt 19", "Brink 7, Zuidwolde": a village's square named by its kind alone, with a house number, not
 * a count of things on it ("op de Markt 2 kramen").
 */
const WHOLE_STREET_WORD = '(?:Markt|Brink|Singel|Gracht|Kade)(?=[ \\t]\\d{1,4}(?![\\d\\p{L}])(?![ \\t]\\p{Ll}))';
/** Tried on the word and the few characters after it, which its lookahead reads (the number after it). */
const WHOLE_STREET_WORD_ONLY = new RegExp(`^${WHOLE_STREET_WORD}`);
/**
 * A flat number after a full stop ("Lindehof 2.07"), unless the number is a decimal or a time: a unit, an hour or a
 * percentage after it ("Kerkstraat 4.5 km", "om 2.30 uur") makes it a measure.
 */
const FLAT_NUMBER =
  '\\.\\d{1,3}(?![\\d:]|\\.\\d|[ \\t]?(?:uur|u|min|sec|km|m|cm|mm|kg|g|gr|gram|kilo|l|liter|ltr|euro|eur|procent|jaar|jr|maanden|weken|dagen|keer|x)(?![\\p{L}])|[ \\t]?[%€])';
const ADDRESS = new RegExp(
  `(?<![\\p{L}])((?:(?:${CAP}|\\p{Lu}\\.)[ \\t](?:(?:${CAP}|van|de|der|den|het|'t|\\p{Lu}\\.)[ \\t])*)?(?:\\p{Lu}[\\p{L}'-]*(?:${STREET_SUFFIX}|str\\.|ln\\.|pln\\.)|(?<=(?<![\\p{L}])(?!(?:De|Het|Een|Die|Deze)[ \\t])\\p{Lu}\\p{Ll}+[ \\t])${KIND_WORD}|${WHOLE_STREET_WORD}))(?:,?[ \\t](?:nummer|nr\\.?|huisnummer))? (\\d{1,5}(?:[ \\t]?[a-zA-Z](?![\\p{L}])|-[IVX]+(?![\\p{L}])|-\\d{1,3}|-[A-Za-z](?![\\p{L}])|[ \\t]?(?:bis|hs|huis|boven|bg)|[ \\t](?:rood|zwart|beneden)|${FLAT_NUMBER})?)(?![\\d\\p{L}]|[:.]\\d)`,
  'gu',
);
const ADDRESS_CUE = new RegExp(
  `(?<![\\p{L}])(?:(?:woont|wonen) (?:nu|inmiddels|tijdelijk|sinds kort)(?: (?:aan|op)(?: de)?)?|woont aan de|woont op de|woont in de|aan de|op de|woont op|woont aan|woont|wonen op|wonen aan|verblijft op|verblijft aan|woonachtig op|woonachtig aan|ingeschreven op|verhuist naar|verhuisd naar|verhuizen naar|(?:[Hh]uis|[Ww]oon|[Vv]erblijfs?|[Cc]orrespondentie|[Bb]rief|[Nn]ieuw)?[Aa]dres(?:[ \\t]\\p{Ll}+)?:?)[ \\t]+(${CAP}(?:[ \\t](?:${CAP}|de|der|den|het|van|'t))*[ \\t]\\d{1,5}(?:[a-zA-Z](?![\\p{L}])|-(?:[IVX]+|[a-zA-Z]|\\d{1,3})(?![\\p{L}\\d])|[ \\t][IVX]+(?![\\p{L}])|${FLAT_NUMBER})?)(?![\\d\\p{L}]|[:.]\\d)`,
  'gu',
);

const STREET_END = new RegExp(`(?:${STREET_SUFFIX})$`);
const ADDRESS_CUE_PHRASES = phrasesOf([
  'wonen nu',
  'wonen inmiddels',
  'wonen tijdelijk',
  'wonen sinds kort',
  'woont aan de',
  'woont op de',
  'woont in de',
  'aan de',
  'op de',
  'woont op',
  'woont aan',
  'woont',
  'wonen op',
  'wonen aan',
  'verblijft op',
  'verblijft aan',
  'woonachtig op',
  'woonachtig aan',
  'ingeschreven op',
  'verhuist naar',
  'verhuisd naar',
  'verhuizen naar',
  'adres',
  'huisadres',
  'woonadres',
  'verblijfadres',
  'verblijfsadres',
  'correspondentieadres',
  'briefadres',
  'nieuwadres',
]);
/** Streets named with their kind first: "Laan van Nieuw Oost-Indië 270", "Plein 1944 3". */
const STREET_KIND_FIRST = new RegExp(
  `(?:Laan|Plein|Kade|Singel|Dreef|Hof|Park|Burgwal)[ \\t](?:van|op|aan|der|de|den|het|'t|ter|ten)[ \\t](?:(?:${CAP}|van|de|der|den|het|'t)[ \\t]){0,4}\\d{1,5}(?:[ \\t]?[a-zA-Z](?![\\p{L}])|-[IVX]+(?![\\p{L}])|-\\d{1,3}|-[A-Za-z](?![\\p{L}])|[ \\t]?(?:bis|hs|huis|boven|bg)(?![\\p{L}]))?(?![\\d\\p{L}])`,
  'uy',
);
const STREET_KIND_PHRASES = phrasesOf(['laan', 'plein', 'kade', 'singel', 'dreef', 'hof', 'park', 'burgwal']);

/** Where a street named with its kind first can start: a capitalised kind word ("Laan van …"). */
function streetKindStarts(found: Scan): number[] {
  return phraseStarts(found, STREET_KIND_PHRASES).filter((at) => (classAt(found.text, at) & UPPER) !== 0);
}
/** Additions written as a word after the house number ("14 rood", "3 zwart", "17 boven"), which some towns' addresses carry. */
const WORD_ADDITIONS = 'rood|zwart|boven|beneden|bis|huis|hs|bg';
const WORD_ADDITION_BEFORE = new RegExp(`[ \\t](?:${WORD_ADDITIONS})$`);
const BEFORE_POSTCODE = new RegExp(
  `(?<![\\p{L}])(${CAP}(?: ${CAP})* \\d{1,5}(?:[a-zA-Z]|-[a-zA-Z\\d]{1,3}|[ \\t](?:${WORD_ADDITIONS}))?)(?=(?:,?[ \\t]+|[ \\t]*[|;][ \\t]*|[ \\t]+[–—·][ \\t]+)[1-9]\\d{3} ?[A-Z]{2}\\b|[ \\t]*\\r?\\n[ \\t]*[1-9]\\d{3} ?[A-Z]{2}\\b)`,
  'gu',
);

/** ", nummer 12", " nr. 7": the word for a house number, then the number. */
const NUMBER_WORD_AFTER = /^,?[ \t](?:nummer|nr\.?|huisnummer)[ \t]\d/;
const SHORT_KIND_END = /\p{Ll}(?:str|ln|pln)$/u;

/**
 * Whether the word `w` ends a street that a number follows: "Kerkstr. 12", "Kerkstraat 12", "Kerkstraat nummer 12",
 * "Bloemstraat, nr. 7".
 */
function endsStreetBeforeNumber(found: Scan, w: number): boolean {
  const { text, wordStarts, wordEnds } = found;
  const end = wordEnds[w]!;
  // "Kerkstr. 12": a street's kind shortened with a full stop.
  if (codeAt(text, end) === 46)
    return (
      codeAt(text, end + 1) === 32 &&
      isDigit(codeAt(text, end + 2)) &&
      SHORT_KIND_END.test(text.slice(Math.max(wordStarts[w]!, end - 4), end))
    );
  // A number right after the street, or after "nummer"/"nr." ("Kerkstraat nummer 12", "Bloemstraat, nr. 7").
  // The pattern only where a comma or a space and the n of "nummer"/"nr" or the h of "huisnummer" follow.
  const after = codeAt(text, end) === 44 ? end + 2 : end + 1;
  const lead = codeAt(text, after);
  const numbered = isDigit(codeAt(text, end + 1)) || ((lead === 110 || lead === 104) && NUMBER_WORD_AFTER.test(text.slice(end, end + 12)));
  return (
    numbered &&
    (isSpaceAt(text, end) || codeAt(text, end) === 44) &&
    (STREET_END.test(text.slice(Math.max(wordStarts[w]!, end - 9), end)) ||
      (w > 0 && wordEnds[w - 1] === wordStarts[w]! - 1 && KIND_WORD_AT_END.test(text.slice(wordStarts[w]!, end))) ||
      WHOLE_STREET_WORD_ONLY.test(text.slice(wordStarts[w]!, end + 8)))
  );
}

/**
 * Where a street address can start: the names before a word that ends like a street and has a number after it. Found
 * from the runs of digits rather than every word: a street's word ends one or two characters
 * before a run ("Kerkstraat 12", "Kerkstr. 12"), or is the word before the "nummer" or "nr." that does so.
 */
function streetStarts(found: Scan): number[] {
  const mark = numberStack.mark();
  const { text, wordEnds, digitStarts } = found;
  const wordsBefore = lastWordsBeforeDigits(found);
  let last = -1;
  // The last word looked at: words are looked at in ascending order, each once.
  let looked = -1;
  const lookAt = (word: number) => {
    if (word <= looked) return;
    looked = word;
    if (endsStreetBeforeNumber(found, word))
      for (const at of capitalsInChainBefore(text, wordEnds[word]!)) if (at > last) numberStack.push((last = at));
  };
  for (let i = 0; i < digitStarts.length; i++) {
    const w = wordsBefore[i]!;
    if (w < 0 || wordEnds[w]! < digitStarts[i]! - 2) continue;
    // The word before a "nummer" or "nr." that ends here, then the word that ends here.
    if (w > 0) lookAt(w - 1);
    lookAt(w);
  }
  return numberStack.takeFrom(mark);
}

/** Where an address can start that a postcode follows ("Tuinen 12, 8911 KC"): the names before the house number. */
/** Whether only spaces or tabs lie between a line break and `at`. */
function isLineBreakBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (codeAt(text, i) === 32 || codeAt(text, i) === 9)) i--;
  return i >= 0 && codeAt(text, i) === 10;
}

function startsBeforePostcodes(found: Scan): number[] {
  const mark = numberStack.mark();
  const { text } = found;
  let last = -1;
  // By index: for…of left an iterator result per postcode and per capital.
  const postcodes = postcodeStarts(found);
  for (let p = 0; p < postcodes.length; p++) {
    let at = postcodes[p]!; // before the postcode ", " or " " (or the line break of a letter's address block), the house number, a space
    if (isLineBreakBefore(text, at)) {
      while (at > 0 && (codeAt(text, at - 1) === 32 || codeAt(text, at - 1) === 9)) at--;
      at -= codeAt(text, at - 2) === 13 ? 2 : 1;
      while (at > 0 && (codeAt(text, at - 1) === 32 || codeAt(text, at - 1) === 9)) at--;
    } else {
      // ", ", a space or a tab, or a table's or a CSV line's separator: "Kerkewijk 45 | 3901 EH", "Houtweg 101;7823 PA".
      while (at > 0 && (codeAt(text, at - 1) === 32 || codeAt(text, at - 1) === 9)) at--;
      const separator = codeAt(text, at - 1);
      // A dash or a middle dot of a letterhead's line between spaces or tabs, as the pattern has it: "Lijsterbes 8 – 8012
      // PV", "Esch 31 · 5271 GT". Not an ASCII hyphen ("Prijs 12 - 1234 AB"): a street with its kind is found without it.
      const dash =
        (separator === 8211 || separator === 8212 || separator === 183) && (codeAt(text, at - 2) === 32 || codeAt(text, at - 2) === 9);
      if (separator === 44 || separator === 124 || separator === 59 || dash) at--;
      while (at > 0 && (codeAt(text, at - 1) === 32 || codeAt(text, at - 1) === 9)) at--;
    }
    // "Kastanjeveste 14 rood": a word added after the number (tested only where a lower-case letter ends what comes before).
    const addition = isAsciiLetter(codeAt(text, at - 2)) ? WORD_ADDITION_BEFORE.exec(text.slice(Math.max(0, at - 8), at)) : null;
    if (addition) at -= addition[0].length;
    else if (isAsciiLetter(codeAt(text, at - 1))) at--;
    // "133-C", "12-3": an addition after a hyphen.
    if (codeAt(text, at - 1) === 45) at--;
    while (isDigit(codeAt(text, at - 1))) at--;
    const chain = capitalsInChainBefore(text, at - 1);
    for (let c = 0; c < chain.length; c++) if (chain[c]! > last) numberStack.push((last = chain[c]!));
  }
  return numberStack.takeFrom(mark);
}

/** "Watermolen 31 in Beek", "Veenkampen 14, Hoogeveen": a name and a house number before a known place is a street, suffix or not. */
const BEFORE_PLACE = new RegExp(
  `(${CAP}(?: ${CAP}){0,2} \\d{1,5}(?:[a-zA-Z](?![\\p{L}]))?)(?=(?:,| in| te| \\||[ \\t]*\\n)[ \\t]*(\\p{Lu}[\\p{L}'’-]+(?: (?:aan|op|den|de|\\p{Lu}[\\p{L}'’-]+)){0,3}))`,
  'gu',
);
/** Capitalised words that a number follows but that name no street. */
const NUMBERED_THINGS =
  /^(?:Groep|Klas|Zaal|Kamer|Bus|Lijn|Artikel|Art|Lid|Week|Fase|Stap|Niveau|Bijlage|Hoofdstuk|Pagina|Blok|Unit|Nummer|Nr|Huisnummer|Team|Afdeling|Vak|Tafel|Route|Perron|Spoor|Gate|Balie|Loket|Spreekkamer|Verdieping|Etage|Vleugel|Lokaal|Wachtlijst)$/;

const TIMES = /\dx$/;
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Whether a field's colon and a space come right before `at` ("Woning: Kamp 8, Amersfoort"). */
const afterFieldColon = (text: string, at: number) => codeAt(text, at - 1) === 32 && codeAt(text, at - 2) === 58;

/** Whether ", ", " in " or " te " and a capital start at `at`: what BEFORE_PLACE looks for after the house number. */
function placeFollows(text: string, at: number): boolean {
  // A letter's address block: the place on the next line.
  if (codeAt(text, at) === 10) return (classAt(text, at + 1) & UPPER) !== 0;
  const gap = text.startsWith(', ', at)
    ? 2
    : text.startsWith(' in ', at) || text.startsWith(' te ', at)
      ? 4
      : text.startsWith(' | ', at)
        ? 3
        : 0;
  return gap > 0 && (classAt(text, at + gap) & UPPER) !== 0;
}

/**
 * Where an address before a place can start: capitalised words with a space and a number after
 * them that BEFORE_PLACE can take (up to five digits, perhaps a letter, then a place): the pattern
 * only needs to be tried where it can match, and most numbers after a word have no place after them.
 */
function startsBeforeNumbers(found: Scan): number[] {
  const positions: number[] = [];
  const { text } = found;
  const capitalised = capitalisedWords(found);
  for (let c = 0; c < capitalised.starts.length; c++) {
    const end = capitalised.ends[c]!;
    if (codeAt(text, end) !== 32 || !isDigit(codeAt(text, end + 1))) continue;
    let number = end + 2;
    while (isDigit(codeAt(text, number))) number++;
    if (number - end - 1 > 5) continue;
    if (!placeFollows(text, number) && !(isAsciiLetter(codeAt(text, number)) && placeFollows(text, number + 1))) continue;
    for (const at of capitalsInChainBefore(text, end)) if (at > (positions.at(-1) ?? -1)) positions.push(at);
  }
  return positions;
}

/** "St. Jansstraat", "Burg. Jansenlaan", "Prof. Kamerlingh Onneslaan": a shortened title is part of the street's name. */
const TITLE_BEFORE = /(?<![\p{L}])(?:St|Burg|Prof|Dr|Mr|Ds|Pr|Gen|Kon|Jhr|Mgr|Past|Pres)\. $/u;
/** The length of a shortened title right before `start` (0 without one); only where ". " comes before the street. */
function titleBefore(text: string, start: number): number {
  if (codeAt(text, start - 1) !== 32 || codeAt(text, start - 2) !== 46) return 0;
  const m = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 7), start));
  return m ? m[0].length : 0;
}

/** A table cell of a name: capitalised words, initials or "fam.", perhaps a tussenvoegsel ("fam. Smit", "E. de Boer", "Hoang Van Long"). */
const NAME_CELL =
  /^(?:fam\.? |(?:\p{Lu}\.)+ ?)?(?:(?:van|de|der|den|ter|ten|el|al) )*\p{Lu}[\p{Ll}'’-]+(?: (?:(?:van|de|der|den|ter|ten) )*\p{Lu}[\p{Ll}'’-]+){0,3}$/u;
/** Initials or "fam." before the name, or a tussenvoegsel inside it: a name, whatever its words. */
const NAME_CELL_MARK = /^(?:fam\.? |\p{Lu}\.)| (?:van|de|der|den|ter|ten|el|al) /u;
/** Labels of an address field that the common words do not hold ("Bezoekadres", "Vestiging"). */
const ADDRESS_LABEL = /(?:adres|locatie|vestiging|plaats|straat|contact)$/;

/**
 * Whether a cell before a street's holds a name, not a form's label ("Adres", "Locatie", "Huisarts" before a tab): initials,
 * "fam." or a tussenvoegsel; or else a word that is no common word and no address label.
 */
function isNameCell(cell: string): boolean {
  if (!NAME_CELL.test(cell)) return false;
  if (NAME_CELL_MARK.test(cell)) return true;
  return lower(cell)
    .split(' ')
    .some((word) => !isCommon(word) && !NOT_NAMES.has(word) && !ADDRESS_LABEL.test(word));
}

export function findAddresses(text: string, found: Scan = scan(text)): Span[] {
  const spans = new SpanList('ADDRESS');
  const cellNames: Span[] = [];
  for (const m of matchesAt(BEFORE_PLACE, text, startsBeforeNumbers(found), found)) {
    const place = m[2]!;
    const first = m[1]!.slice(0, firstSpace(m[1]!));
    const end = m.index + m[1]!.length;
    // On a line of its own, the street of an address block: the line starts with it, the place is the next line.
    const block = codeAt(text, end) === 10 && (m.index === 0 || codeAt(text, m.index - 1) === 10);
    if (block && FIRST_NAMES.has(lower(first))) continue;
    if (
      PLACES.has(lower(place)) &&
      !NUMBERED_THINGS.test(first) &&
      !NOT_NAMES.has(lower(first)) &&
      (block || (codeAt(text, end) !== 10 && (!isSentenceStart(text, m.index) || afterFieldColon(text, m.index))))
    )
      spans.add(m.index, end, 'address-before-place');
  }
  // As numbers, not match arrays (three groups each, which nothing here reads): the street rule matches often.
  const streets = rangesAt(ADDRESS, text, streetStarts(found), found);
  for (let r = 0; r < streets.length; r += 2) {
    let start = streets[r]!;
    let value = text.slice(start, streets[r + 1]);
    // "E. Gerritsma\tEenhoornstraat 7": a tab ends a table's cell, so the street starts in the cell after the name's.
    const numberAt = value.search(/ \d/);
    const tab = numberAt > 0 ? value.lastIndexOf('\t', numberAt) : -1;
    if (tab !== -1) {
      // The cell before the street's, where its words are capitalised: the resident's name ("fam. Smit", "E. Gerritsma").
      const cell = value.slice(value.lastIndexOf('\t', tab - 1) + 1, tab);
      if (isNameCell(cell))
        cellNames.push({ start: start + tab - cell.length, end: start + tab, label: 'PERSON', source: 'person-cell-before-street' });
      start += tab + 1;
      value = value.slice(tab + 1);
    }
    // "De Kerkstraat 4" at a sentence start: the article is not part of the street name.
    // "Aan de Kerkstraat 4" too: a preposition and its article.
    const lead = /^(?:De|Het|Van|In|Op|Aan|Naar|Bij|Via)\s(?:(?:de|het|den)\s)?/.exec(value);
    if (lead && isSentenceStart(text, start) && !/^Van\s\p{Lu}/u.test(value)) {
      start += lead[0].length;
      value = value.slice(lead[0].length);
    }
    // "Zorgboerderij De Eikenhof 2x per week": a count of times is no house number.
    if (TIMES.test(value) && /^ (?:per|p\.|in de|keer)\b/.test(text.slice(start + value.length, start + value.length + 8))) continue;
    // "over de Oude Weg 2 keer per dag": a count after a street is no house number.
    if (text.startsWith(' keer', start + value.length)) continue;
    // "Invest 2026", "Harvest 2025": an English -vest word before a year is a plan's or an event's name, no street.
    if (VEST_BEFORE_A_YEAR.test(value)) continue;
    const title = titleBefore(text, start);
    spans.add(start - title, start + value.length, 'address-street-suffix');
  }
  // A street without a typical suffix is still an address right before a postcode: "Tuinen 12, 8911 KC".
  const beforePostcodes = groupRangesAt(BEFORE_POSTCODE, text, startsBeforePostcodes(found), found);
  for (let r = 0; r < beforePostcodes.length; r += 3) {
    // "Postbus 2210, 1500 GE": a post-office box is no one's home address.
    if (text.startsWith('Postbus', beforePostcodes[r + 1])) continue;
    spans.add(beforePostcodes[r + 1]!, beforePostcodes[r + 2]!, 'address-before-postcode');
  }
  for (const at of streetKindStarts(found)) {
    STREET_KIND_FIRST.lastIndex = at;
    const m = STREET_KIND_FIRST.exec(text);
    if (m) spans.add(m.index, m.index + m[0].length, 'address-kind-first');
  }
  const cued = groupRangesAt(ADDRESS_CUE, text, phraseStarts(found, ADDRESS_CUE_PHRASES, 2), found);
  for (let r = 0; r < cued.length; r += 3) {
    const start = cued[r + 1]!;
    const end = cued[r + 2]!;
    // "woont Jan 50 …": a first name and a number are no street.
    const street = text.slice(start, end);
    const first = street.slice(0, firstSpace(street));
    if (FIRST_NAMES.has(lower(first)) || NUMBERED_THINGS.test(first)) continue;
    spans.add(start, end, 'address-cue');
  }
  // Kept only where no other rule found something there (detect.ts adds them with the spans found beside others).
  if (cellNames.length > 0) found.derived.namesBeforeStreetCells = cellNames;
  return spans.spans;
}
