import type { Span } from '../labels.js';
import { codeAt, digitRunEnd, digitRunsWhere, hashOf, isSpaceAt, matchesAt, rangesAt, type Scan } from '../scan.js';

// Dutch, and the English of mail headers ("Sent: Wed, 5 Mar 2025").
const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|(?:jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\\.?';
const MONTH_DATE = new RegExp(`\\b(?:[1-9]|[12]\\d|3[01])(?:e|ste|de)?\\s(?:${MONTHS})(?:\\s(?:\\d{4}|'\\d{2}))?(?![\\p{L}])`, 'giu');
// d-m-yyyy, dd/mm/yy, yyyy-mm-dd, and d-m / d/m without a year.
// Dots only with a year (5.6.2024; 11.03.26 only before the end of a line, a comma or a bracket): d.m alone is a time or
// a section number. Spaces around the hyphens with a four-digit year ("30 - 06 - 1944", as a form is filled in).
const NUMERIC_DATE =
  /(?<![\d.,:/-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[-/](\d{1,2})(?:[-/](\d{4}|\d{2}))?|(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}(?=[ \t]*(?:\n|$|[,;)])))|(\d{1,2}) - (\d{1,2}) - ((?:19|20)\d{2}))(?!\d|[:.,/-]\d)/g;
const STREET_BEFORE = /\p{L}(?:straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|dreef|steeg|pad|ring|markt|baan) $/u;
/** "woont Noordeinde 5-7", "adres: Brink 3-1": a capitalised name after where someone lives is a street of any kind. */
const ADDRESS_CUE_BEFORE =
  /(?:[Ww]oont|[Ww]onen|[Aa]dres:?|[Ww]oonachtig|[Vv]erhuisd naar|[Vv]erblijft) (?:op |aan |in )?(?:de |het )?\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|de|van|der))* $/u;
/** Words after "2-3" that make it a count or a range, not a date. */
const NOT_A_DATE_AFTER =
  /^\s*(?:keer|x|uur|u\b|jaar|jr|maanden|maand|weken|week|dagen|dag|kinderen|personen|mensen|min|minuten|euro|%|procent|stuks)/i;

const validDay = (d: number) => d >= 1 && d <= 31;
const validMonth = (m: number) => m >= 1 && m <= 12;

/** The first three letters of MONTHS' names and abbreviations, in lower case. */
const MONTH_PREFIXES = new Set('jan feb maa apr mei jun jul aug sep okt nov dec mar may oct mrt'.split(' '));

/**
 * Where a date with a month name can start: a run of one or two digits (the first 1–9), a space and
 * a letter. MONTH_DATE itself, a Unicode pattern, was tried at every position; its \b before the
 * day means the day starts a run of digits.
 */
function monthDateStarts(found: Scan): number[] {
  const { text } = found;
  const starts: number[] = [];
  for (let i = 0; i < found.digitStarts.length; i++) {
    const at = found.digitStarts[i]!;
    const digitsEnd = found.digitEnds[i]!;
    if (digitsEnd - at > 2 || codeAt(text, at) === 48) continue;
    // "9e april", "1ste mei", "2de maart": an ordinal's ending between the day and the month.
    const end = digitsEnd + ordinalEnding(text, digitsEnd);
    if (!isSpaceAt(text, end)) continue;
    // A month's first three letters (every name and abbreviation has three): ASCII in any case, or
    // a character that folds to one (the long s of "ſeptember", the Kelvin sign), which is let through.
    const first = codeAt(text, end + 1);
    const second = codeAt(text, end + 2);
    const third = codeAt(text, end + 3);
    if (first >= 128 || second >= 128 || third >= 128) starts.push(at);
    else if (MONTH_PREFIXES.has(String.fromCharCode(first | 32, second | 32, third | 32))) starts.push(at);
  }
  return starts;
}

/** How long the ordinal ending ("e", "ste", "de") at `at` is, or 0. */
function ordinalEnding(text: string, at: number): number {
  const c = codeAt(text, at);
  if (c === 101) return 1;
  if (c === 115 && text.startsWith('ste', at)) return 3;
  if (c === 100 && codeAt(text, at + 1) === 101) return 2;
  return 0;
}

/**
 * Where a numeric date can start: a run of one or two digits before - / or ., or of four before -,
 * and after that character a run of one or two digits (the month or day: the pattern takes no more
 * from it, so "06-41873520" is passed over).
 */
function numericDateStarts(found: Scan): number[] {
  return digitRunsWhere(found, (start, end, next) => {
    const length = end - start;
    if (length <= 2 && next === 32 && codeAt(found.text, end + 1) === 45 && codeAt(found.text, end + 2) === 32) {
      const second = digitRunEnd(found.text, end + 3) - (end + 3);
      return second >= 1 && second <= 2;
    }
    if (!(length <= 2 ? next === 45 || next === 47 || next === 46 : length === 4 && next === 45)) return false;
    const second = digitRunEnd(found.text, end + 1) - (end + 1);
    return second >= 1 && second <= 2;
  });
}

const ORDINAL_WORDS =
  '(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)twintigste|eenendertigste|dertigste|twintigste|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende)';
const DUTCH_MONTHS = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
/** "de derde van mei", "op de eenentwintigste van maart": a day as an ordinal word, "van" and the month. */
const ORDINAL_DAY = new RegExp(`(?<![\\p{L}])de ${ORDINAL_WORDS} van ${DUTCH_MONTHS}(?![\\p{L}])`, 'giu');
/** A day written out as a number, two to thirty-one ("een" is too often the article). */
const DAY_WORDS =
  '(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)twintig|eenendertig|dertig|twintig|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)';
/** "de zeventiende maart", "acht juli negentienachtenvijftig": an ordinal word or a day written out and the month (and a year said aloud), tried at the word before a month. */
const ORDINAL_MONTH = new RegExp(
  `(?:${ORDINAL_WORDS}|${DAY_WORDS}) ${DUTCH_MONTHS}(?!-)(?: negentien\\p{Ll}*| tweeduizend(?:\\p{Ll}+| (?:en )?(?:${DAY_WORDS}|een)(?![\\p{L}]))?| (?:19|20)\\d\\d(?!\\d))?(?![\\p{L}])`,
  'iuy',
);
/** "donderdag de dertiende", "vrijdag de 18e": after a weekday, the day of the month alone. */
const WEEKDAY_DAY = new RegExp(
  `(?<=(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) de )(?:${ORDINAL_WORDS}|(?:[1-9]|[12]\\d|3[01])(?:e|ste|de))(?![\\p{L}\\d]| (?:keer|dag|week|les|ronde|sessie|bijeenkomst|afspraak|gesprek|helft|plaats|prijs|klas|groep|kans|poging|fase|deel|wedstrijd|verdieping)(?![\\p{L}]))`,
  'iuy',
);
/**
 * "tot de 25e.", "vanaf de 3e?": after a preposition of time, a day of the month alone, where the clause ends. Not "op",
 * which as often says where ("Hij woont op de 3e.": a floor).
 */
const PREPOSITION_DAY =
  /(?<=(?:[Tt]ot|[Vv]anaf|[Ss]inds|[Pp]er|[Vv]óór|[Nn]a) de )(?:[1-9]|[12]\d|3[01])(?:e|ste|de)(?=[.,;:!?)]|[ \t]*\n|$)/y;
const WEEKDAY_HASHES = new Set(['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'].map(hashOf));
const MONTH_HASHES = new Set(
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'].map(hashOf),
);
/** The low 16 bits of the weekdays' and months' hashes, marked: most words are passed over by one read, not two set lookups. */
const DAY_OR_MONTH_BITS = new Uint8Array(1 << 16);
for (const hash of [...WEEKDAY_HASHES, ...MONTH_HASHES]) DAY_OR_MONTH_BITS[hash & 0xffff] = 1;

/** "geb.: 23 09 2014": two digits for the day, two for the month and a year, with spaces, standing alone. */
const SPACED_DATE = /(\d\d) (\d\d) (?:19|20)\d\d(?![\d\p{L}]| \d)/uy;
function spacedDate(text: string, at: number, end: number, spans: Span[]): void {
  if (end - at !== 2 || codeAt(text, end) !== 32 || codeAt(text, end + 3) !== 32) return;
  // Not a group of a longer number ("06 12 20 09 11" is a phone number).
  const before = codeAt(text, at - 1);
  if (before === 32 && isDigitCode(codeAt(text, at - 2))) return;
  SPACED_DATE.lastIndex = at;
  const m = SPACED_DATE.exec(text);
  if (m && validDay(Number(m[1])) && validMonth(Number(m[2])))
    spans.push({ start: at, end: at + m[0].length, label: 'DATE', source: 'date-spaced' });
}
const isDigitCode = (code: number) => code >= 48 && code <= 57;

/** Days as ordinals without "van": "de zeventiende maart", "donderdag de dertiende", "vrijdag de 18e", "tot de 25e." */
function ordinalDays(text: string, found: Scan, spans: Span[]): void {
  const { wordStarts, wordEnds, wordHashes, wordCount } = found;
  for (let w = 0; w < wordCount; w++) {
    const hash = wordHashes[w]!;
    if (DAY_OR_MONTH_BITS[hash & 0xffff] === 0) continue;
    if (WEEKDAY_HASHES.has(hash)) {
      // The weekday's own hash says nothing of case: the pattern checks the words.
      const at = wordEnds[w]! + 4;
      if (!text.startsWith(' de ', wordEnds[w]!)) continue;
      WEEKDAY_DAY.lastIndex = at;
      const m = WEEKDAY_DAY.exec(text);
      if (m) spans.push({ start: at, end: at + m[0].length, label: 'DATE', source: 'date-weekday-day' });
    } else if (MONTH_HASHES.has(hash) && w > 0 && wordEnds[w - 1]! + 1 === wordStarts[w]!) {
      const at = wordStarts[w - 1]!;
      // An ordinal ends in e ("twaalfde", "eerste"), a day said as a number in e, f, g, n, r, s or t ("twee", "elf",
      // "twintig", "tien", "vier", "zes", "acht").
      const c = codeAt(text, wordEnds[w - 1]! - 1);
      if (c !== 101 && c !== 102 && c !== 103 && c !== 110 && c !== 114 && c !== 115 && c !== 116) continue;
      ORDINAL_MONTH.lastIndex = at;
      const m = ORDINAL_MONTH.exec(text);
      if (m && (at === 0 || !/\p{L}/u.test(text[at - 1]!)))
        spans.push({ start: at, end: at + m[0].length, label: 'DATE', source: 'date-ordinal-month' });
    }
  }
  for (let i = 0; i < found.digitStarts.length; i++) {
    const at = found.digitStarts[i]!;
    spacedDate(text, at, found.digitEnds[i]!, spans);
    if (codeAt(text, at - 1) !== 32 || codeAt(text, at - 2) !== 101 || codeAt(text, at - 3) !== 100) continue;
    const end = found.digitEnds[i]!;
    if (end - at > 2 || ordinalEnding(text, end) === 0) continue;
    PREPOSITION_DAY.lastIndex = at;
    const m = PREPOSITION_DAY.exec(text);
    if (m) spans.push({ start: at, end: at + m[0].length, label: 'DATE', source: 'date-preposition-day' });
  }
}

/** "27-XI-2026", "3.IV.1961": a day, the month in Roman numerals and a year, as some hospitals and Belgian forms write it. */
const ROMAN_MONTH_DATE = /(?:0?[1-9]|[12]\d|3[01])([-./])(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})\1(?:19|20)\d\d(?![\d\p{L}])/uy;
/** "8 en 9 november", "12 of 13 mei": before a day and its month, the other day of the pair. */
const DAY_PAIRED_BEFORE = /(?<![\d\p{L}.,/-])((?:[1-9]|[12]\d|3[01])(?:e|ste|de)?) (?:en|of|t\/m|tot en met) $/u;
/** "Groep 7 en 8 mei", "Week 12 en 13 april", "€ 20 en 21 maart": a group, a week, a number or an amount before the first day makes it none. */
const NO_DAY_BEFORE = /(?:(?<![\p{L}])(?:groep|klas|week|wk|nr|nummer|kamer|huisnummer)\.?|[€x×]) ?$/iu;

/** Days that only the date after them makes dates, and dates with a Roman month. */
function moreDates(text: string, found: Scan, monthDates: readonly number[], spans: Span[]): void {
  for (let r = 0; r < monthDates.length; r += 2) {
    const start = monthDates[r]!;
    if (!isDigitCode(codeAt(text, start)) || codeAt(text, start - 1) !== 32) continue;
    const m = DAY_PAIRED_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
    const day = start - (m?.[0].length ?? 0);
    if (m && !NO_DAY_BEFORE.test(text.slice(Math.max(0, day - 12), day))) {
      spans.push({ start: day, end: day + m[1]!.length, label: 'DATE', source: 'date-paired-day' });
    }
  }
  for (let i = 0; i < found.digitStarts.length; i++) {
    const at = found.digitStarts[i]!;
    const separator = codeAt(text, found.digitEnds[i]!);
    if (separator !== 45 && separator !== 46 && separator !== 47) continue;
    ROMAN_MONTH_DATE.lastIndex = at;
    const m = ROMAN_MONTH_DATE.exec(text);
    if (m && !isDigitCode(codeAt(text, at - 1)))
      spans.push({ start: at, end: at + m[0].length, label: 'DATE', source: 'date-roman-month' });
  }
}

const VAN = hashOf('van');
/**
 * text.includes('ste van ') || text.includes('de van '), from the scan's words: such a "van" is a
 * word of its own (indexOf of a string on a two-byte text cost more than the rest of this detector).
 */
function ordinalVanIn(text: string, found: Scan): boolean {
  if (found.text !== text) return text.includes('ste van ') || text.includes('de van ');
  for (let w = 0; w < found.wordCount; w++) {
    if (found.wordHashes[w] !== VAN) continue;
    const start = found.wordStarts[w]!;
    if (text.startsWith('ste van ', start - 4) || text.startsWith('de van ', start - 3)) return true;
  }
  return false;
}
/** "November 12, 2026", "Mar 5 2025": the English of mail headers writes the month first. */
const MONTH_FIRST_BEFORE =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? $/;
const MONTH_FIRST_REST = /(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,? (?:19|20)\d\d(?!\d)/y;

export function findDates(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  // Only texts that hold "ste van" or "de van" can hold an ordinal day: most pay for two searches, not the pattern.
  if (ordinalVanIn(text, found))
    for (const m of text.matchAll(ORDINAL_DAY))
      spans.push({ start: m.index, end: m.index + m[0].length, label: 'DATE', source: 'date-ordinal-words' });
  if (found.text === text) ordinalDays(text, found, spans);
  // As numbers, not match arrays: nothing of the match but its extent is read.
  const monthDates = rangesAt(MONTH_DATE, text, monthDateStarts(found), found);
  for (let r = 0; r < monthDates.length; r += 2)
    spans.push({ start: monthDates[r]!, end: monthDates[r + 1]!, label: 'DATE', source: 'date-month-name' });
  moreDates(text, found, monthDates, spans);
  for (let i = 0; i < found.digitStarts.length; i++) {
    const at = found.digitStarts[i]!;
    // A month first: a letter or a dot before the space, a comma, space or English ordinal after the day.
    const c = codeAt(text, at - 2);
    if (codeAt(text, at - 1) !== 32 || !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46)) continue;
    const end = found.digitEnds[i]!;
    if (end - at > 2) continue;
    const next = codeAt(text, end);
    if (next !== 44 && next !== 32 && next !== 115 && next !== 110 && next !== 114 && next !== 116) continue;
    const before = MONTH_FIRST_BEFORE.exec(text.slice(Math.max(0, at - 10), at));
    MONTH_FIRST_REST.lastIndex = at;
    const rest = before && MONTH_FIRST_REST.exec(text);
    if (before && rest && !/\p{L}/u.test(text[at - before[0].length - 1] ?? ''))
      spans.push({ start: at - before[0].length, end: at + rest[0].length, label: 'DATE', source: 'date-month-first' });
  }
  // Every numeric date starts a run of digits: tried only there (a lookbehind first made V8 try every position).
  for (const m of matchesAt(NUMERIC_DATE, text, numericDateStarts(found), found)) {
    const [, y1, m1, d1, d2, m2, y2, d3, m3, , d4, m4] = m;
    const ok = y1
      ? validMonth(Number(m1)) && validDay(Number(d1))
      : d3
        ? validDay(Number(d3)) && validMonth(Number(m3))
        : d4
          ? validDay(Number(d4)) && validMonth(Number(m4))
          : validDay(Number(d2)) && validMonth(Number(m2));
    if (!ok) continue;
    if (!y1 && !y2 && !d3 && !d4 && NOT_A_DATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // "Steenstraat 4-2": after a street, d-m is a house number and a floor.
    if (!y1 && !y2 && !d3 && !d4 && STREET_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (!y1 && !y2 && !d3 && !d4 && ADDRESS_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    // "24/7": always, not the 24th of July (unless a word before it asks for a day: "op 24/7").
    if (m[0] === '24/7' && !/(?:op|tot|vanaf|per|sinds|d\.d\.) $/i.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
    // "1-3 jaar" style ranges without a year are common; a bare d-m needs a plausible day-month pair.
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'DATE', source: 'date-numeric' });
  }
  return spans;
}
