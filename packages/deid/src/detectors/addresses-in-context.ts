// Streets whose name shows no kind ("Korte Wende 8b", "Schoener 14-3", "Brede Voort 17 a") or whose house number carries an
// addition the address patterns do not read ("27C-03", "9 - zw", "12 bus 3"), found where their surroundings make them an
// address: a postcode right after them (on the line or the next one), a Belgian postcode after a dash, an address word
// before them ("Adres:", "woont op", "huisbezoek"), or a listed place after them (", Sneek)", " in Zwolle") or before them
// ("in Almere, Schoener 14-3,"). A name or a place that a rule or the statistical layer made of the street's words gives
// way to the address. Tried from the scan's digit runs that follow a capitalised word, and run after the statistical
// layer, so that its training notes stay the rules' output.
import type { Span } from '../labels.js';
import { classAt, codeAt, LETTER, UPPER, type Scan } from '../scan.js';
import { FIRST_NAMES } from '../lexicon.js';
import { firstEndingAfter } from '../span-list.js';

/**
 * The street's words before the number: capitalised words joined by the small words street names hold or a kind written
 * apart ("Graaf Willem II plein"), an ordinal first.
 */
const KIND_APART = 'plein|straat|laan|weg|kade|singel|gracht|dijk|hof|park|steeg';
const STREET_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\d'’.-])((?:\\d{1,2}e[ \\t])?\\p{Lu}[\\p{L}'’-]*\\.?(?:(?:[ \\t](?:van|de|der|den|het|'t|voor|op|aan|en|ter|ten|bij|${KIND_APART}))*[ \\t](?:\\p{Lu}[\\p{L}'’-]*\\.?|[IVX]{1,4})){0,4}(?:[ \\t](?:${KIND_APART}))?)[ \\t](?:nr\\.?[ \\t]|nummer[ \\t])?$`,
  'u',
);
const KIND_APART_WORD = new RegExp(`^(?:${KIND_APART})$`);
/** One addition after the house number: a letter, a letter and digits, a flat number, a Roman floor, a word of a floor. */
export const ADDITION =
  /(?:[ \t]?-[ \t]?|[ \t]?\/[ \t]?|[ \t]?)(?:\d{1,3}|[IVX]{1,4}|[A-Za-z]\d{0,2}|bis|hs|huis|boven|beneden|bovenhuis|benedenhuis|bg|hg|\dhg|\d?hoog|tweehoog|driehoog|rood|zwart|zw|rd|bv|\de[ \t]?(?:verd\.|verdieping|etage|hoog))(?![\p{L}\d])|[ \t](?:bus|app\.?|unit|kamer|k\.?)[ \t]?\d{1,4}(?:\.\d{1,3})?(?![\p{L}\d])/uy;
/** What may follow an address: punctuation (no decimal's point: "4.5 km"), a line's or a cell's end, "in" or "te" and a place. */
const ADDRESS_END = /^(?:[ \t]*(?:[,;:)|\n\r\t–—·]|\.(?!\d)|$)|[ \t]+(?:in|te)[ \t])/u;
/** A lower-case word after the number that goes on with the sentence, not a unit that makes the number a count or a time. */
const CLAUSE_GOES_ON =
  /^[ \t]+(?!(?:jaar|jr|maanden|maand|mnd|weken|week|dagen|dag|keer|uur|minuten|min|km|kilo|kg|euro|procent|stuks|personen|kinderen|mensen)(?![\p{L}]))\p{Ll}/u;
/** A Dutch postcode after the address on its line or the next one, or a Belgian one after a dash. */
const POSTCODE_AFTER =
  /^(?:(?:,?[ \t]+|[ \t]*[|;·–—-][ \t]*|[ \t]*\r?\n[ \t]*)[1-9]\d{3}[ \t]?[A-Z]{2}(?![\p{L}\d])|[ \t]+[–—-][ \t]+[1-9]\d{3}[ \t]+\p{Lu})/u;
/** Words that say an address follows (not a bare "op de": "op de Afdeling 3" is a ward); a field of street and number. */
const CUE_BEFORE =
  /(?:adres|woont|wonen|wonend|woonachtig|verblijft|ingeschreven|verhuisd|verhuist|huisbezoek|woning|p\/a|straat[ \t]*(?:\/|\+|en|&)[ \t]*(?:huis)?(?:nr|nummer))(?:[ \t](?:nu|sinds kort|tijdelijk|inmiddels))?(?:[ \t](?:op|aan)(?:[ \t]de)?)?[ \t]*(?:[:.]+[ \t]*)?$/iu;
/** Capitalised words before a number that name no street: months, weekdays, parts of documents, groups, rooms, wards, lines. */
export const NO_STREET = new Set(
  'januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag week groep klas casus kind kinderen leerling bijlage fase stap punt agendapunt artikel versie ronde dag item kamer postbus antwoordnummer pagina hoofdstuk vraag periode kwartaal jaar uur lijn bus tram trein spoor zaal lokaal blok niveau team route gezin cliënt client nummer nr tel telefoon mobiel fax huisnummer afdeling unit verdieping etage wachtlijst balie loket spreekkamer vleugel module plek'.split(
    ' ',
  ),
);
/** How the compounds of a team, a meeting or a talk end ("Buurtteam 4", "Zorgoverleg 2"): no street's name ends so. */
const NO_STREET_ENDING = /(?:team|overleg|gesprek|intake)$/;
/** Words that start a line or a field and the street's words run on from: not part of the street. */
const LEADING_WORDS = new Set(
  'adres huisadres woonadres postadres bezoekadres afleveradres correspondentieadres aan bij op naar via huisbezoek bezoek woning nieuw oud straat'.split(
    ' ',
  ),
);
/** Spans that a street's words may have been taken for, by a rule or by the statistical layer. */
const YIELDING = new Set(['PERSON', 'CITY', 'INSTITUTION', 'DATE', 'AGE']);

/** Whether a CITY span starts at `at` and a clause or bracket ends after it. */
function placeAt(text: string, spans: readonly Span[], at: number): boolean {
  const i = firstEndingAfter(spans, at);
  const span = spans[i];
  return (
    span !== undefined && span.start === at && span.label === 'CITY' && /^(?:[ \t]*(?:[.,;)\n]|$))/.test(text.slice(span.end, span.end + 3))
  );
}

/** Whether a CITY span ends at `at` after ", " or " in ": "in Almere, Schoener 14-3,". */
function placeBefore(spans: readonly Span[], at: number): boolean {
  const i = firstEndingAfter(spans, at - 3);
  const span = spans[i];
  return span !== undefined && span.label === 'CITY' && span.end === at - 2;
}

/** Whether a capitalised word, a Roman numeral or "nr." after one ends at `end` (a street's last word before its number). */
function capitalisedWordEndsAt(text: string, end: number): boolean {
  let at = end;
  if (codeAt(text, at - 1) === 46) at--;
  let start = at;
  while (start > 0 && start > end - 40 && (classAt(text, start - 1) & LETTER) !== 0) start--;
  if (start === at) return false;
  const word = text.slice(start, at).toLowerCase();
  if ((word === 'nr' || word === 'nummer') && codeAt(text, start - 1) === 32) return capitalisedWordEndsAt(text, start - 1);
  return (classAt(text, start) & UPPER) !== 0 || KIND_APART_WORD.test(word);
}

interface Candidate {
  start: number;
  end: number;
}

/** The street and number that end the digit run at `digits`, with its addition, if the surroundings make it an address. */
function addressAt(text: string, spans: readonly Span[], digitsStart: number, digitsEnd: number): Candidate | null {
  const window = text.slice(Math.max(0, digitsStart - 70), digitsStart);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  const lineStart = digitsStart - before.length;
  const street = STREET_BEFORE.exec(before);
  if (!street) return null;
  let start = lineStart + before.lastIndexOf(street[1]!);
  let words = street[1]!.split(/[ \t]+/);
  while (words.length > 1 && LEADING_WORDS.has(words[0]!.toLowerCase())) {
    start += words[0]!.length + 1;
    words = words.slice(1);
  }
  const last = words[words.length - 1]!.toLowerCase().replace(/\.$/, '');
  if (NO_STREET.has(last) || NO_STREET.has(words[0]!.toLowerCase()) || NO_STREET_ENDING.test(last)) return null;
  const number = Number(text.slice(digitsStart, digitsEnd));
  if (number === 0) return null;
  let end = digitsEnd;
  let additions = 0;
  for (; additions < 2; additions++) {
    ADDITION.lastIndex = end;
    const m = ADDITION.exec(text);
    if (!m || m[0].length === 0) break;
    end += m[0].length;
  }
  const after = text.slice(end, end + 40);
  const cued = CUE_BEFORE.test(text.slice(Math.max(lineStart, start - 40), start));
  // After an address word the sentence may go on ("Huisbezoek Lindehof 5 om 10 uur"), though not with a unit of the number.
  if (!ADDRESS_END.test(after) && !(cued && CLAUSE_GOES_ON.test(after))) return null;
  if (codeAt(text, end) === 58 && codeAt(text, end + 1) >= 48 && codeAt(text, end + 1) <= 57) return null;
  if (POSTCODE_AFTER.test(after)) return { start, end };
  if (cued) return { start, end };
  // A year reads the same as a house number before a place ("Bouwjaar 1975, Deventer"): four digits need a postcode or a cue.
  if (number > 999) return null;
  // A place after or before it: a name and an age read the same ("Joris Heuvelink 23, Ommen"), so no word of a first name
  // unless an addition makes the number a house's.
  const named = words.some((word) => FIRST_NAMES.has(word.toLowerCase()));
  if (named && additions === 0) return null;
  const comma = after.startsWith(', ') ? 2 : after.startsWith(' in ') ? 4 : -1;
  if (comma > 0 && placeAt(text, spans, end + comma)) return { start, end };
  if (codeAt(text, start - 2) === 44 && codeAt(text, start - 1) === 32 && placeBefore(spans, start) && /^[,.]/.test(after))
    return { start, end };
  // In brackets after a place: "vader in Hoorn (Lange Akker 19)".
  if (codeAt(text, start - 1) === 40 && codeAt(text, start - 2) === 32 && placeBefore(spans, start) && after.startsWith(')'))
    return { start, end };
  return null;
}

/**
 * The spans with an ADDRESS over [start, end) in place of the names, places and dates inside it; null where another kind of
 * span, or one reaching beyond it, overlaps it.
 */
export function withAddressOver(spans: Span[], start: number, end: number, source: string): Span[] | null {
  let j = firstEndingAfter(spans, start);
  const first = j;
  for (; j < spans.length && spans[j]!.start < end; j++) {
    const span = spans[j]!;
    if (!YIELDING.has(span.label) || span.start < start || span.end > end) return null;
  }
  const next = spans.slice(0, first);
  next.push({ start, end, label: 'ADDRESS', source });
  for (let k = j; k < spans.length; k++) next.push(spans[k]!);
  return next;
}

/** Spans with the addresses found in context, each replacing the names, places and dates made of its words. */
export function withAddressesInContext(text: string, found: Scan, spans: Span[]): Span[] {
  let out = spans;
  for (let d = 0; d < found.digitStarts.length; d++) {
    const digitsStart = found.digitStarts[d]!;
    const digitsEnd = found.digitEnds[d]!;
    if (digitsEnd - digitsStart > 5 || codeAt(text, digitsStart - 1) !== 32) continue;
    if (!capitalisedWordEndsAt(text, digitsStart - 1)) continue;
    const covering = out[firstEndingAfter(out, digitsStart - 1)];
    if (covering && covering.start <= digitsStart && covering.end > digitsStart && covering.label === 'ADDRESS') continue;
    const candidate = addressAt(text, out, digitsStart, digitsEnd);
    if (candidate) out = withAddressOver(out, candidate.start, candidate.end, 'address-in-context') ?? out;
  }
  return out;
}
