// Street addresses in forms the street rules do not read: a chat's lower-case street before its postcode, a lower-case
// street of an adjective and a kind ("aan de korte gracht 12"), an adjective and a kind that is no street word alone
// ("Hoge Zijde 21b"), a Belgian box number ("Markt 4 bus 3"). Each is tried from a word the scan lists, by its first
// letters and the digit after it, so most words are passed over at once.
import type { Span } from '../labels.js';
import { codeAt, type Scan } from '../scan.js';
import { STREET_SUFFIX } from './addresses.js';
import { isDigit } from './name-patterns.js';
import { FIRST_NAMES } from '../lexicon.js';
import { isCommon } from '../statistical/token-features.js';

const ENDS_LIKE_STREET = new RegExp(`\\p{Ll}(?:${STREET_SUFFIX})$`, 'u');
/**
 * "kerkweg 12 a, 3311ab": the house number (perhaps with a letter, apart or not) of a lower-case street, then a postcode
 * in any case: the postcode makes it an address, whatever the street's kind.
 */
const NUMBER_BEFORE_POSTCODE = /^ \d{1,4}(?:[ ]?[a-z](?![\p{L}]))?(?=,?[ \t]+[1-9]\d{3} ?[a-zA-Z]{2}(?![\p{L}\d]))/u;
/** The kinds that name a street in lower case with a letter on its number; not veld, tuin, park or hof ("speelveld 3a"). */
const ENDS_LIKE_STRONG_STREET = /\p{Ll}(?:straat|laan|weg|dijk|gracht|kade|singel|plein|steeg|dreef|strjitte)$/u;
/** " 12a", " 7b": a house number with a letter added, which no count or measure has. */
const NUMBER_WITH_LETTER = /^ \d{1,4}[a-h](?![\p{L}\d])/u;
/**
 * "Volgend gesprek: 21-3, 10.45 uur, Meeuwenhoek 58.": the place of an appointment after its time, a name and a number before
 * the sentence's end. Not a room, a group or a part ("14.00 uur, Zaal 3", "9 uur, Hoofdstuk 4"): the name's first word is
 * no common word, nor one of the programme's parts the common words miss.
 */
const PLACE_AFTER_TIME = /^,? (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}) \d{1,4}[a-zA-Z]?(?=[.;]?[ \t]*(?:\r?\n|$)|\. \p{Lu})/u;
const NOT_PLACES =
  /^(?:Zaal|Kamer|Lokaal|Ruimte|Spreekkamer|Groep|Klas|Tafel|Locatie|Gebouw|Blok|Verdieping|Etage|Week|Dag|Punt|Agendapunt|Bijlage|Route|Lijn|Bus|Perron|Spoor|Gate|Stap|Fase|Team|Unit|Afdeling|Vak|Nummer|Psalm|Gezang|Module|Opdracht|Workshop)$/;
/** Adjectives a street of two words starts with ("Brede Wetering", "Hoge Zijde"). */
const ADJECTIVES = new Set(['lange', 'korte', 'oude', 'nieuwe', 'hoge', 'lage', 'grote', 'kleine', 'brede', 'smalle', 'achter', 'voor']);
/** Their first letters in lower case: most words are passed over by that before they are sliced. */
const ADJECTIVE_FIRST = new Set([...ADJECTIVES].map((word) => codeAt(word, 0)));
/** A unit, a count or a period after a number: a measure, no house number ("2 keer", "3 km"). */
const NO_UNIT_AFTER = '(?! ?(?:keer|x|km|m|meter|minuten|min|euro|jaar|jr|uur|dagen|dag|weken|week|maanden|mnd|procent|%)(?![\\p{L}]))';
/**
 * "aan de korte gracht 12,": in lower case, the kinds a street of an adjective and a kind ends in, and its number with a
 * letter on it or before a comma, a full stop, the line's end, "in", "te" or a verb ("… 8 is dicht"); another word after it
 * counts ("op de grote markt 3 kramen verder").
 */
const LOWER_KIND_AND_NUMBER =
  /^ (?:haven|gracht|kade|dijk|markt|singel|wal|burgwal|weg|laan|straat|steeg|plein|zijde|vaart|dreef|wetering) \d{1,4}(?:[a-z](?![\p{L}\d])|(?=[,;]|\.(?!\d)|[ \t]*(?:\r?\n|$)|[ \t](?:in|te|is|was|en|of|bij|staat|ligt|woont|wonen|heeft|had|doet|deed|gaat|ging|komt|kwam|zit|zat|geeft|gaf|houdt|hield|biedt|bood|krijgt|kreeg|opent|sluit|organiseert|organiseerde)[ \t]))/u;
/** "Hoge Zijde 21b": kinds that name a street only after an adjective, which the street rules do not read as a kind word. */
const CAPITAL_KIND_AND_NUMBER = new RegExp(
  `^ (?:Zijde|Vaart|Dreef|Wetering|Hoven|Poort|Dam) \\d{1,4}[a-z]?(?![\\p{L}\\d]|[,.:]\\d)${NO_UNIT_AFTER}`,
  'u',
);
/** "aan de ", "op de " before the adjective: where someone lives or something stands. */
const PLACE_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:aan|op) de $/iu;
/** "Markt 4 bus 3", "Stationsstraat 12 bus 101": a street's name ending like a street, the number, and a Belgian box. */
const BELGIAN_BOX = new RegExp(
  `(?:\\p{Lu}[\\p{L}'’-]*(?:${STREET_SUFFIX})|Markt|Plein|Kaai|Dreef|Kade|Singel|Brink) \\d{1,4}[a-zA-Z]? bus \\d{1,4}$`,
  'u',
);
/** After the box: a comma, a full stop, a bracket, the line's end, a Belgian postcode and place, or "in"/"te" and a place; not "bus 12 vertrekt". */
const BOX_END = /^(?:[,.;:)]|[ \t]*(?:\r?\n|$)|[ \t][1-9]\d{3}[ \t]\p{Lu}|[ \t](?:in|te)[ \t]\p{Lu})/u;

const UNIT_WORD = '(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)';
const TEN_WORD = '(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)';
/**
 * "Pelikaanstraat tweehonderdachtendertig,": a house number said in words (a call's transcript), up to 999, before a comma, a
 * full stop or the line's end (so "de Kerkweg twee keer" stays words).
 */
const NUMBER_IN_WORDS = new RegExp(
  `^ (?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen|(?:${UNIT_WORD})?honderd(?:en)?(?:${UNIT_WORD}(?:en|ën)${TEN_WORD}|tien|elf|twaalf|\\p{Ll}+tien|${TEN_WORD}|${UNIT_WORD})?)|${UNIT_WORD}(?:en|ën)${TEN_WORD}|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|${TEN_WORD})(?=[ \\t]*(?:[,.;!?)]|\\r?\\n|$))`,
  'u',
);

/** The first three letters of every word NUMBER_IN_WORDS can start with, as one number each (all below 256). */
const NUMBER_WORD_HEADS = new Set(
  [
    ...['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'een', 'één', 'honderd', 'tien', 'elf', 'twaalf'],
    ...['dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'],
    ...['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'],
  ].map((word) => headAt(word, 0)),
);
/** The code units at `at` to `at + 2` as one number, or -1 where one is past the end or not below 256. */
function headAt(text: string, at: number): number {
  const a = codeAt(text, at);
  const b = codeAt(text, at + 1);
  const c = codeAt(text, at + 2);
  return (a | b | c) >= 0 && a < 256 && b < 256 && c < 256 ? (a << 16) | (b << 8) | c : -1;
}
/** Whether a number in words can start at `at`: most words after a capitalised word are passed over before the street test. */
const numberWordCanStart = (text: string, at: number) => NUMBER_WORD_HEADS.has(headAt(text, at));

const isLowerAscii = (code: number) => code >= 97 && code <= 122;
const isUpperAscii = (code: number) => code >= 65 && code <= 90;

export function findAddressesInOddForms(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  const { wordStarts, wordEnds, wordCount } = found;
  for (let w = 0; w < wordCount; w++) {
    const start = wordStarts[w]!;
    const end = wordEnds[w]!;
    const first = codeAt(text, start);
    // "uur" (117 117 114) after a time: the appointment's place after it.
    if (first === 117 && end - start === 3 && codeAt(text, start + 1) === 117 && codeAt(text, start + 2) === 114) {
      if (isDigit(codeAt(text, start - 2)) || isDigit(codeAt(text, start - 1))) {
        const m = PLACE_AFTER_TIME.exec(text.slice(end, end + 60));
        const firstWord = m?.[1]!.split(' ')[0] ?? '';
        const lower = firstWord.toLowerCase();
        if (m && !NOT_PLACES.test(firstWord) && !isCommon(lower) && !FIRST_NAMES.has(lower))
          spans.push({ start: end + m[0].indexOf(m[1]!), end: end + m[0].length, label: 'ADDRESS', source: 'address-after-time' });
      }
      continue;
    }
    // Every rule below needs a space after the word.
    if (codeAt(text, end) !== 32) continue;
    // "bus" (98 117 115) after a house number: the street before it, the number and the box.
    if (first === 98 && end - start === 3 && codeAt(text, start + 1) === 117 && codeAt(text, start + 2) === 115) {
      if (!isDigit(codeAt(text, start - 2)) || !isDigit(codeAt(text, end + 1))) continue;
      let boxEnd = end + 1;
      while (isDigit(codeAt(text, boxEnd))) boxEnd++;
      if (!BOX_END.test(text.slice(boxEnd, boxEnd + 12))) continue;
      const m = BELGIAN_BOX.exec(text.slice(Math.max(0, start - 60), boxEnd));
      if (m) spans.push({ start: boxEnd - m[0].length, end: boxEnd, label: 'ADDRESS', source: 'address-belgian-box' });
      continue;
    }
    if (isDigit(codeAt(text, end + 1))) {
      // "molendijk 12a:": a lower-case street of a strong kind, with a letter added to its number; no common word.
      if (
        isLowerAscii(first) &&
        end - start >= 6 &&
        ENDS_LIKE_STRONG_STREET.test(text.slice(start, end)) &&
        !isCommon(text.slice(start, end))
      ) {
        const m = NUMBER_WITH_LETTER.exec(text.slice(end, end + 8));
        if (m) {
          spans.push({ start, end: end + m[0].length, label: 'ADDRESS', source: 'address-lower-with-letter' });
          continue;
        }
      }
      // "beukenweg 58 b, 4817rt": a lower-case street before a postcode.
      if (isLowerAscii(first) && end - start >= 5 && ENDS_LIKE_STREET.test(text.slice(start, end))) {
        const m = NUMBER_BEFORE_POSTCODE.exec(text.slice(end, end + 20));
        if (m) spans.push({ start, end: end + m[0].length, label: 'ADDRESS', source: 'address-lower-before-postcode' });
      }
      continue;
    }
    // "Pelikaanstraat tweehonderdachtendertig": a capitalised street and its number in words.
    if (
      isUpperAscii(first) &&
      isLowerAscii(codeAt(text, end + 1)) &&
      numberWordCanStart(text, end + 1) &&
      ENDS_LIKE_STREET.test(text.slice(start, end))
    ) {
      const m = NUMBER_IN_WORDS.exec(text.slice(end, end + 40));
      if (m) {
        spans.push({ start, end: end + m[0].length, label: 'ADDRESS', source: 'address-number-in-words' });
        continue;
      }
    }
    // An adjective of four to six letters, then a kind and the number.
    if (end - start < 4 || end - start > 6 || !ADJECTIVE_FIRST.has(first | 32) || !ADJECTIVES.has(text.slice(start, end).toLowerCase()))
      continue;
    const after = text.slice(end, end + 20);
    if (isLowerAscii(first)) {
      const m = LOWER_KIND_AND_NUMBER.exec(after);
      if (m && PLACE_ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 8), start)))
        spans.push({ start, end: end + m[0].length, label: 'ADDRESS', source: 'address-lower-adjective-kind' });
    } else if (isUpperAscii(first)) {
      const m = CAPITAL_KIND_AND_NUMBER.exec(after);
      if (m) spans.push({ start, end: end + m[0].length, label: 'ADDRESS', source: 'address-adjective-kind' });
    }
  }
  return spans;
}
