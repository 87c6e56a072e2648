// The value of an address field is an address, however it is typed: in lower case, with an
// abbreviated street kind ("Wilhelminastr. 12") or a street name that ends like no street ("Achter de Kerk 4").
import type { Span } from '../labels.js';
import { matchAt, type Scan } from '../scan.js';

const ADDRESS_FIELD =
  /(?:(?:[Ww]oon|[Pp]ost|[Bb]ezoek|[Nn]ieuw|[Oo]ud|[Vv]orig|[Hh]uidig|[Cc]orrespondentie|[Vv]erblijfs)?[Aa]dres|[Ss]traat(?: \+ (?:huis)?nummer| en huisnummer)?|[Ww]oont op|[Ww]oonachtig (?:aan|op))(?: (?:moeder|vader|cliënt|client|ouders|kind|jongere))?[ \t]*:?[ \t]+((?!Postbus|postbus)\p{L}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,4} \d{1,5}(?:[ -]?(?:[a-zA-Z]|[IVX]{1,3}|\d{1,3}|hs|bis|bg|huis|boven)(?![\p{L}\d]))?)(?=[ \t]*(?:,|\n|$|\(|;| te | in | [1-9]\d{3} ?[A-Za-z]{2}(?![\p{L}])))/uy;

const KIND = 'straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|dreef|steeg|pad|ring|markt|baan|veld|hoek|bocht|erf|weide|hoeve';
const ENDS_LIKE_STREET = new RegExp(`(?:${KIND}|str\\.)$`);
/** "woont aan de kerkstraat 5", "verhuisd naar populierenlaan 12": a street in lower case after where someone lives. */
const LOWER_STREET = new RegExp(
  `(?:woont|wonen|woon|woonachtig|verhuisd|verhuist|verhuizen|adres is|ingeschreven)(?: (?:nu|sinds kort|tijdelijk|inmiddels|toch|nog|al|weer|steeds|gewoon|daar|hier)){0,3}(?: (?:aan|op|in|naar))?(?: (?:de|het))? (\\p{Ll}[\\p{Ll}'’-]*(?:${KIND}) \\d{1,5}[a-z]?)(?![\\d\\p{L}])`,
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
  const code = text.charCodeAt(at - 1) | 32;
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
    const last = text.charCodeAt(at - 1);
    if (last === 32 || last === 58) at--;
    while (at > 0 && letterBefore(text, at)) at--;
    if (starts.length === 0 || starts[starts.length - 1] !== at) starts.push(at);
  }
  return starts;
}

/** The first letters ADDRESS_FIELD and LOWER_STREET can start with. */
const ADDRESS_FIELD_FIRST = new Set([...'WwPpBbNnOoVvHhCcAaSs'].map((c) => c.charCodeAt(0)));
const LOWER_STREET_FIRST = new Set([...'wvai'].map((c) => c.charCodeAt(0)));

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
    if (text.charCodeAt(start) === 110 && text.charCodeAt(start + 1) === 114 && text.charCodeAt(start - 1) === 32) hits.push(start - 1);
  }
  return hits;
}

/** A form that asks the street on one line and the house number on another ("straat: Lindenlaan", "huisnummer: 61"). */
const STREET_ONLY_FIELD = /(?<![\p{L}])(?:[Ss]traat(?:naam)?)[ \t]*:[ \t]*(\p{L}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,4})[ \t]*(?=\n|$)/uy;
const NUMBER_FIELD = /(?<![\p{L}])(?:[Hh]uisnummer|[Hh]uisnr\.?)[ \t]*:[ \t]*(\d{1,5}(?:[ -]?[a-zA-Z]{1,2})?)(?![\d\p{L}])/uy;

export function findAddressFields(text: string, found?: Scan): Span[] {
  const spans: Span[] = [];
  // A street field without a number, then the number's own field: both are the address.
  for (let hit = text.search(/[Ss]traat(?:naam)?[ \t]*:/); hit !== -1;) {
    STREET_ONLY_FIELD.lastIndex = hit;
    const street = STREET_ONLY_FIELD.exec(text);
    const number = street
      ? /\n[ \t]*(?:[Hh]uisnummer|[Hh]uisnr\.?)[ \t]*:/.exec(
          text.slice(street.index + street[0].length, street.index + street[0].length + 40),
        )
      : null;
    if (street && number) {
      const start = street.index + street[0].indexOf(street[1]!, street[0].indexOf(':'));
      spans.push({ start, end: start + street[1]!.length, label: 'ADDRESS', source: 'address-street-field' });
      NUMBER_FIELD.lastIndex = street.index + street[0].length + number.index + 1;
      while (/\s/.test(text[NUMBER_FIELD.lastIndex]!)) NUMBER_FIELD.lastIndex++;
      const value = NUMBER_FIELD.exec(text);
      if (value) {
        const at = value.index + value[0].length - value[1]!.length;
        spans.push({ start: at, end: at + value[1]!.length, label: 'ADDRESS', source: 'address-number-field' });
      }
    }
    const next = text.slice(hit + 6).search(/[Ss]traat(?:naam)?[ \t]*:/);
    hit = next === -1 ? -1 : hit + 6 + next;
  }
  const add = (m: RegExpExecArray, source: string) => {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + m[1]!.length, label: 'ADDRESS', source });
  };
  // One pass over the cues of both patterns: a field's label, or where someone lives.
  for (const at of wordStartsOf(text, /[Aa]dres|[Ss]traat[ :]|[Ww]oon|verhuis|ingeschreven/g)) {
    // Each pattern only where its first letter is ("Kerkstraat 4" starts neither).
    const first = text.charCodeAt(at);
    const m = ADDRESS_FIELD_FIRST.has(first) ? matchAt(ADDRESS_FIELD, text, at, found) : null;
    // "adres is …", "adres van …": a value in lower case must end like a street.
    if (m && (/^\p{Lu}|^\d/u.test(m[1]!) || ENDS_LIKE_STREET.test(m[1]!.slice(0, m[1]!.indexOf(' '))))) add(m, 'address-field');
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
