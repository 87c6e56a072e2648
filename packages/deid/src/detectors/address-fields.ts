// The value of an address field is an address, however it is typed: in lower case, with an
// abbreviated street kind ("Wilhelminastr. 12") or a street name that ends like no street ("Achter de Kerk 4").
import type { Span } from '../labels.js';
import { codeAt, matchAt, type Scan } from '../scan.js';
import { lastWordsBeforeDigits } from './words-before-digits.js';

const ADDRESS_FIELD =
  /(?:(?:[Ww]oon|[Pp]ost|[Bb]ezoek|[Nn]ieuw|[Oo]ud|[Vv]orig|[Hh]uidig|[Cc]orrespondentie|[Vv]erblijfs)?[Aa]dres|[Ss]traat(?: ?(?:\+|en|\/|&) ?(?:huis)?(?:nummer|nr\.?))?|[Ww]oont op|[Ww]oonachtig (?:aan|op))(?: (?:moeder|vader|cliënt|client|ouders|kind|jongere)| van (?:de|het|haar|zijn|hun|mijn|die) \p{Ll}{3,15}(?=:))?[ \t]*:?[ \t]+((?!Postbus|postbus)\p{L}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,4} \d{1,5}(?:[ -]?(?:[a-zA-Z]|[IVX]{1,3}|\d{1,3}|hs|bis|bg|huis|boven)(?![\p{L}\d])| (?:rood|zwart|beneden)(?![\p{L}]))?)(?=[ \t]*(?:,|\n|$|\(|;| te | in | [1-9]\d{3} ?[A-Za-z]{2}(?![\p{L}])))/uy;

const KIND = 'straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|dreef|steeg|pad|ring|markt|baan|veld|hoek|bocht|erf|weide|hoeve';
const ENDS_LIKE_STREET = new RegExp(`(?:${KIND}|str\\.)$`);
const LOWER_STREET_VALUE = /^(?:(?:de|het) )?(\S+) \d/;
/** "woont aan de kerkstraat 5", "verhuisd naar populierenlaan 12": a street in lower case after where someone lives. */
const LOWER_STREET = new RegExp(
  `(?:woont|wonen|woon|woonachtig|verhuisd|verhuist|verhuizen|adres is|ingeschreven)(?: (?:nu|sinds kort|tijdelijk|inmiddels|toch|nog|al|weer|steeds|gewoon|daar|hier)){0,3}(?: (?:aan|op|in|naar))?(?: (?:de|het))? (\\p{Ll}[\\p{Ll}'’-]*(?:${KIND}) \\d{1,5}(?:[a-z]|[ -](?:bis|hs|[a-z])(?![\\p{L}]))?)(?![\\d\\p{L}])`,
  'uy',
);
/** "Dorpsstraat nr. 12": a street, "nr." and the number. */
const STREET_NR = new RegExp(`(\\p{Lu}[\\p{L}'’-]*(?:${KIND}) nr\\.? \\d{1,5}[a-zA-Z]?)(?![\\d\\p{L}])`, 'uy');
/** "1e Jan Steenstraat 4-2", "Tweede Oosterparkstraat 14": an ordinal, then the street's names and its number. */
const ORDINAL_STREET = new RegExp(
  `((?:[1-9]e|[Ee]erste|[Tt]weede|[Dd]erde|[Vv]ierde|[Vv]ijfde) (?:\\p{Lu}[\\p{L}'’.-]* ){0,3}\\p{Lu}[\\p{L}'’-]*(?:${KIND}) \\d{1,5}(?:-\\d{1,3}|-?[a-zA-Z](?![\\p{L}]))?)(?![\\d\\p{L}])`,
  'uy',
);

/** Whether the character before `at` is a letter (ASCII by its code, others by a pattern). */
function letterBefore(text: string, at: number): boolean {
  const code = codeAt(text, at - 1) | 32;
  return (code >= 97 && code <= 122) || (code > 127 && /\p{L}/u.test(text[at - 1]!));
}

/** Where a word starts that a cheap pattern (no Unicode flag) found a part of: the sticky patterns are tried there only. */
function wordStartsOf(text: string, cue: RegExp): number[] {
  const starts: number[] = [];
  // By test, not matchAll (a match array and an iterator result per hit). A cue's hit is ASCII letters
  // but for a space or colon at its end, so the word it lies in starts where a walk back from its
  // last letter stops, as from its first.
  cue.lastIndex = 0;
  while (cue.test(text)) {
    let at = cue.lastIndex;
    const last = codeAt(text, at - 1);
    if (last === 32 || last === 58) at--;
    while (at > 0 && letterBefore(text, at)) at--;
    if (starts.length === 0 || starts[starts.length - 1] !== at) starts.push(at);
  }
  return starts;
}

/** The first letters ADDRESS_FIELD and LOWER_STREET can start with. */
const ADDRESS_FIELD_FIRST = new Set([...'WwPpBbNnOoVvHhCcAaSs'].map((c) => codeAt(c, 0)));
const LOWER_STREET_FIRST = new Set([...'wvai'].map((c) => codeAt(c, 0)));

/**
 * Where " nr" occurs: a space before a word that starts with "nr", from the scan's words (indexOf of
 * a string that starts with a space was slow on two-byte texts). Without the scan, by indexOf.
 */
function spaceNrs(text: string, found: Scan | undefined): number[] {
  const hits: number[] = [];
  if (found === undefined || found.text !== text) {
    for (let hit = text.indexOf(' nr'); hit !== -1; hit = text.indexOf(' nr', hit + 3)) hits.push(hit);
    return hits;
  }
  for (let w = 0; w < found.wordCount; w++) {
    const start = found.wordStarts[w]!;
    if (codeAt(text, start) === 110 && codeAt(text, start + 1) === 114 && codeAt(text, start - 1) === 32) hits.push(start - 1);
  }
  return hits;
}

/**
 * A form that asks the street on one line and the house number on another ("straat: Lindenlaan", "huisnummer: 61"),
 * or beside it after spaces ("Straat: Lindenlaan   Huisnummer: 61").
 */
const STREET_ONLY_FIELD =
  /(?<![\p{L}])(?:[Ss]traat(?:[_ ]?naam)?|[Aa]dres)[ \t]*(?:[:;=|\t]|\.{2,})[ \t]*(\p{L}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,4})[ \t]*(?=\n|\r|$|[;|\t]|(?<=[ \t])[Hh]uis[_ ]?n(?:umme)?r\.?[ \t]*[:|])/uy;
/** The house-number field on the street field's own line. */
const NUMBER_FIELD_BESIDE = /^[Hh]uis[_ ]?n(?:umme)?r/;
const STREET_FIELD_CUE = /(?:[Ss]traat(?:[_ ]?naam)?|[Aa]dres)[ \t]*(?:[:;=|\t]|\.{2,})/g;
/** A house-number field on the line before or after a street field ("Huisnummer:", "Huisnr.", or "Nr:" and "Nummer:" right under the street). */
const NUMBER_FIELD_AFTER =
  /\n[ \t|]*(?:(?:Veld|Vraag|Rubriek)[ \t]+\d{1,3}[.:]?[ \t]+)?(?:[Hh]uis[_ ]?n(?:umme)?r|N(?:umme)?r\.?[ \t]*(?:[:|]|\.{2,}))/;
/** A web form's numbered field before its label ("Veld 5  Huisnummer ....."). */
const FIELD_NUMBER = /(?:Veld|Vraag|Rubriek)[ \t]+\d{1,3}[.:]?[ \t]+/y;
const NUMBER_FIELD_BEFORE = /(?:^|\n)[ \t|]*(?:[Hh]uis[_ ]?n(?:umme)?r|N(?:umme)?r\.?[ \t]*(?:[:|]|\.{2,}))[^\n]*\n[ \t|]*$/;
const NUMBER_FIELD =
  /(?<![\p{L}])(?:[Hh]uisnummer|[Hh]uisnr\.?|Nummer|Nr\.?)[ \t]*(?:[:|]|\.{2,})[ \t]*(\d{1,5}(?:[ -]?[a-zA-Z]{1,2}|[ \t](?:rood|zwart|boven|beneden))?)(?![\d\p{L}])/uy;
/**
 * A house number in a field of its own at a line's start, whatever the field before it ("Straat: Lindenlaan 14" then
 * "Huisnummer: 14", a web form's "huis_nummer;14"): the value is the whole field, up to the line's end or the next field.
 */
const LONE_NUMBER_FIELD =
  /[Hh]uis(?:[_ ]?nummer|[_ ]?nr\.?)(?: ?(?:\+|en|\/) ?toevoeging)?[ \t]*[:;=|\t][ \t]*(\d{1,5}(?:[ -]?(?:[a-zA-Z]{1,2}|bis|hs|[IVX]{1,3}|\d{1,3}))?)[ \t]*(?=\n|\r|$|[;|\t])/y;

/**
 * Street kinds no ordinary compound ends in before a number ("ververstraat 57", "lindenlaan 3", Frisian "skoallestrjitte 19"),
 * unlike -weg or -hof ("snelweg 12").
 */
const LOWER_STREET_KIND = /\p{Ll}{3,}(?:straat|laan|plein|gracht|singel|kade|steeg|strjitte|leane|dreef|plantsoen|burgwal)$/u;
/** The house number after such a street, with an addition, not a unit or a count after it ("straat 3 km", "laan 2x"). */
const LOWER_STREET_NUMBER =
  /^ \d{1,4}(?:[a-z](?![\p{L}])|-\d{1,3}(?!\d))?(?![\d\p{L},.:]\d|[\p{L}\d]| ?(?:km|m|meter|minuten|min|euro|keer|x|kilometer|jaar|jr|weken|week|dagen|dag|uur|maanden|mnd|procent|%)(?![\p{L}]))/u;

/** "ivm lekkage ververstraat 57": a street in lower case with its number, wherever it stands (informal notes write streets so). */
function lowerStreets(text: string, found: Scan, spans: Span[]): void {
  const { wordStarts, wordEnds, digitStarts } = found;
  // From the runs of digits, not every word: the street's word ends a space before one.
  const wordsBefore = lastWordsBeforeDigits(found);
  for (let i = 0; i < digitStarts.length; i++) {
    const d = digitStarts[i]!;
    const w = wordsBefore[i]!;
    if (codeAt(text, d - 1) !== 32 || w < 0 || wordEnds[w] !== d - 1) continue;
    const start = wordStarts[w]!;
    const end = d - 1;
    // Most words are passed over by their length and their first letter.
    if (end - start < 8) continue;
    const first = codeAt(text, start);
    if (first < 97 || first > 122 || !LOWER_STREET_KIND.test(text.slice(start, end))) continue;
    const m = LOWER_STREET_NUMBER.exec(text.slice(end, end + 20));
    if (m) spans.push({ start, end: end + m[0].length, label: 'ADDRESS', source: 'address-lower' });
  }
}

/** Where each line starts: the text's start and after each line feed or carriage return, ascending. */
function lineStarts(text: string): number[] {
  const starts = [0];
  let feed = text.indexOf('\n');
  // Most texts have no carriage return: one search says so.
  let ret = text.indexOf('\r');
  while (feed !== -1 || ret !== -1) {
    if (ret === -1 || (feed !== -1 && feed < ret)) {
      starts.push(feed + 1);
      feed = text.indexOf('\n', feed + 1);
    } else {
      starts.push(ret + 1);
      ret = text.indexOf('\r', ret + 1);
    }
  }
  return starts;
}

export function findAddressFields(text: string, found?: Scan): Span[] {
  const spans: Span[] = [];
  if (found !== undefined && found.text === text) lowerStreets(text, found, spans);
  // A street field without a number, then the number's own field: both are the address.
  for (const cue of text.matchAll(STREET_FIELD_CUE)) {
    STREET_ONLY_FIELD.lastIndex = cue.index;
    const street = STREET_ONLY_FIELD.exec(text);
    if (!street) continue;
    const end = street.index + street[0].length;
    const beside = NUMBER_FIELD_BESIDE.test(text.slice(end, end + 12));
    const number = beside ? null : NUMBER_FIELD_AFTER.exec(text.slice(end, end + 40));
    if (!beside && !number && !NUMBER_FIELD_BEFORE.test(text.slice(Math.max(0, cue.index - 40), cue.index))) continue;
    const start = end - street[1]!.length - (street[0].length - street[0].trimEnd().length);
    spans.push({ start, end: start + street[1]!.length, label: 'ADDRESS', source: 'address-street-field' });
    if (!number && !beside) continue;
    NUMBER_FIELD.lastIndex = number ? end + number.index + 1 : end;
    while (/[\s|]/.test(text[NUMBER_FIELD.lastIndex]!)) NUMBER_FIELD.lastIndex++;
    FIELD_NUMBER.lastIndex = NUMBER_FIELD.lastIndex;
    if (FIELD_NUMBER.test(text)) NUMBER_FIELD.lastIndex = FIELD_NUMBER.lastIndex;
    const value = NUMBER_FIELD.exec(text);
    if (value) {
      const at = value.index + value[0].length - value[1]!.length;
      spans.push({ start: at, end: at + value[1]!.length, label: 'ADDRESS', source: 'address-number-field' });
    }
  }
  // A lone house-number field: a word "huis…" at a line's start (after spaces or tabs).
  if (found !== undefined && found.text === text) {
    for (const line of lineStarts(text)) {
      let start = line;
      while (codeAt(text, start) === 32 || codeAt(text, start) === 9) start++;
      if ((codeAt(text, start) | 32) !== 104 || codeAt(text, start + 1) !== 117 || codeAt(text, start + 4) === 101) continue;
      LONE_NUMBER_FIELD.lastIndex = start;
      const m = LONE_NUMBER_FIELD.exec(text);
      if (m && !spans.some((s) => s.end > m.index && s.start < m.index + m[0].length)) {
        const at = m.index + m[0].length - m[1]!.length - (m[0].length - m[0].trimEnd().length);
        spans.push({ start: at, end: at + m[1]!.length, label: 'ADDRESS', source: 'address-number-field' });
      }
    }
  }
  const add = (m: RegExpExecArray, source: string) => {
    // "woont op de oudegracht 111": the article is no part of the street.
    const article = /^(?:de|het) /.exec(m[1]!)?.[0].length ?? 0;
    const start = m.index + m[0].length - m[1]!.length + article;
    spans.push({ start, end: m.index + m[0].length, label: 'ADDRESS', source });
  };
  // One pass over the cues of both patterns: a field's label, or where someone lives.
  for (const at of wordStartsOf(text, /[Aa]dres|[Ss]traat[ :]|[Ww]oon|verhuis|ingeschreven/g)) {
    // Each pattern only where its first letter is ("Kerkstraat 4" starts neither).
    const first = codeAt(text, at);
    const m = ADDRESS_FIELD_FIRST.has(first) ? matchAt(ADDRESS_FIELD, text, at, found) : null;
    // "adres is …", "adres van …": a value in lower case must end like a street.
    // "adres: de ruyterstraat 8": one word, perhaps after an article, that ends like a street.
    const lowerStreet = m && !/^\p{Lu}|^\d/u.test(m[1]!) ? LOWER_STREET_VALUE.exec(m[1]!) : null;
    if (m && (/^\p{Lu}|^\d/u.test(m[1]!) || (lowerStreet && ENDS_LIKE_STREET.test(lowerStreet[1]!)))) add(m, 'address-field');
    const lower = LOWER_STREET_FIRST.has(first) ? matchAt(LOWER_STREET, text, at, found) : null;
    if (lower) add(lower, 'address-lower');
  }
  for (const hit of spaceNrs(text, found)) {
    let at = hit;
    while (at > 0 && (letterBefore(text, at) || text[at - 1] === '-' || text[at - 1] === "'" || text[at - 1] === '’')) at--;
    const m = at < hit ? matchAt(STREET_NR, text, at, found) : null;
    if (m) add(m, 'address-nr');
  }
  for (const hit of text.matchAll(/[1-9]e |[Ee]erste |[Tt]weede |[Dd]erde |[Vv]ierde |[Vv]ijfde /g)) {
    if (hit.index > 0 && (letterBefore(text, hit.index) || /\d/.test(text[hit.index - 1]!))) continue;
    const m = matchAt(ORDINAL_STREET, text, hit.index, found);
    if (m) add(m, 'address-ordinal');
  }
  return spans;
}
