import type { Span } from '../labels.js';
import {
  classAt,
  digitRunEnd,
  digitRunsWhere,
  hashBetween,
  hashOf,
  isSpaceAt,
  LETTER,
  matchesAt,
  numbersInBrackets,
  phrasesOf,
  phraseStarts,
  rangesAt,
  type Scan,
} from '../scan.js';
import { numberStack } from '../number-stack.js';

// Dutch, and the English of mail headers ("Sent: Wed, 5 Mar 2025").
const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|march|may|june|july|october|(?:jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\\.?';
const MONTH_DATE = new RegExp(`\\b(?:[1-9]|[12]\\d|3[01])\\s(?:${MONTHS})(?:\\s(?:\\d{4}|'\\d{2}))?(?![\\p{L}])`, 'giu');
// d-m-yyyy, dd/mm/yy, yyyy-mm-dd, and d-m / d/m without a year.
// Dots only with a four-digit year (5.6.2024): d.m alone is a time or a section number.
const NUMERIC_DATE =
  /(?<![\d.,:/-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[-/](\d{1,2})(?:[-/](\d{4}|\d{2}))?|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?!\d|[:.,/-]\d)/g;
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
    const end = found.digitEnds[i]!;
    if (end - at > 2 || text.charCodeAt(at) === 48 || !isSpaceAt(text, end)) continue;
    // A month's first three letters (every name and abbreviation has three): ASCII in any case, or
    // a character that folds to one (the long s of "ſeptember", the Kelvin sign), which is let through.
    const first = text.charCodeAt(end + 1);
    const second = text.charCodeAt(end + 2);
    const third = text.charCodeAt(end + 3);
    if (first >= 128 || second >= 128 || third >= 128) starts.push(at);
    else if (MONTH_PREFIXES.has(String.fromCharCode(first | 32, second | 32, third | 32))) starts.push(at);
  }
  return starts;
}

/**
 * Where a numeric date can start: a run of one or two digits before - / or ., or of four before -,
 * and after that character a run of one or two digits (the month or day: the pattern takes no more
 * from it, so "06-41873520" is passed over).
 */
function numericDateStarts(found: Scan): number[] {
  return digitRunsWhere(found, (start, end, next) => {
    const length = end - start;
    if (!(length <= 2 ? next === 45 || next === 47 || next === 46 : length === 4 && next === 45)) return false;
    const second = digitRunEnd(found.text, end + 1) - (end + 1);
    return second >= 1 && second <= 2;
  });
}

/** "de derde van mei", "op de eenentwintigste van maart": a day as an ordinal word, "van" and the month. */
const ORDINAL_DAY =
  /(?<![\p{L}])de (?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)twintigste|eenendertigste|dertigste|twintigste|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende) van (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?![\p{L}])/giu;

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

export function findDates(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  // Only texts that hold "ste van" or "de van" can hold an ordinal day: most pay for two searches, not the pattern.
  if (ordinalVanIn(text, found))
    for (const m of text.matchAll(ORDINAL_DAY))
      spans.push({ start: m.index, end: m.index + m[0].length, label: 'DATE', source: 'date-ordinal-words' });
  // As numbers, not match arrays: nothing of the match but its extent is read.
  const monthDates = rangesAt(MONTH_DATE, text, monthDateStarts(found), found);
  for (let r = 0; r < monthDates.length; r += 2)
    spans.push({ start: monthDates[r]!, end: monthDates[r + 1]!, label: 'DATE', source: 'date-month-name' });
  for (let i = 0; i < found.digitStarts.length; i++) {
    const at = found.digitStarts[i]!;
    // A month first: a letter or a dot before the space, a comma, space or English ordinal after the day.
    const c = text.charCodeAt(at - 2);
    if (text.charCodeAt(at - 1) !== 32 || !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46)) continue;
    const end = found.digitEnds[i]!;
    if (end - at > 2) continue;
    const next = text.charCodeAt(end);
    if (next !== 44 && next !== 32 && next !== 115 && next !== 110 && next !== 114 && next !== 116) continue;
    const before = MONTH_FIRST_BEFORE.exec(text.slice(Math.max(0, at - 10), at));
    MONTH_FIRST_REST.lastIndex = at;
    const rest = before && MONTH_FIRST_REST.exec(text);
    if (before && rest && !/\p{L}/u.test(text[at - before[0].length - 1] ?? ''))
      spans.push({ start: at - before[0].length, end: at + rest[0].length, label: 'DATE', source: 'date-month-first' });
  }
  // Every numeric date starts a run of digits: tried only there (a lookbehind first made V8 try every position).
  for (const m of matchesAt(NUMERIC_DATE, text, numericDateStarts(found), found)) {
    const [, y1, m1, d1, d2, m2, y2, d3, m3] = m;
    const ok = y1
      ? validMonth(Number(m1)) && validDay(Number(d1))
      : d3
        ? validDay(Number(d3)) && validMonth(Number(m3))
        : validDay(Number(d2)) && validMonth(Number(m2));
    if (!ok) continue;
    if (!y1 && !y2 && !d3 && NOT_A_DATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // "Steenstraat 4-2": after a street, d-m is a house number and a floor.
    if (!y1 && !y2 && !d3 && STREET_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (!y1 && !y2 && !d3 && ADDRESS_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    // "24/7": always, not the 24th of July (unless a word before it asks for a day: "op 24/7").
    if (m[0] === '24/7' && !/(?:op|tot|vanaf|per|sinds|d\.d\.) $/i.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
    // "1-3 jaar" style ranges without a year are common; a bare d-m needs a plausible day-month pair.
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'DATE', source: 'date-numeric' });
  }
  return spans;
}

const UNITS = 'een|twee|drie|vier|vijf|zes|zeven|acht|negen';
const TENS = 'twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig';
const NUMBER_WORD = `(?:(?:${UNITS})(?:ën|en)(?:${TENS})|${TENS}|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|honderd|${UNITS})`;
const AGE_YEARS = new RegExp(
  `\\b(\\d{1,3}|${NUMBER_WORD})(?:\\s?-?\\s?)(jaar|jr\\.?|jarige?|(?<=\\d ?)(?:yo|y\\/o|j)(?=\\)|[ ,.;]|$))(?![\\p{L}])`,
  'giu',
);
/** Before "N jaar": words that make it a duration, not an age. */
const DURATION_BEFORE =
  /(?:\bal|\bsinds|\bruim|\bvoor|\bna|\bover|\bbinnen|\bafgelopen|\blaatste|\beerste|\bbijna|\bcirca|\bongeveer|\bpakweg|\bmeer dan|\bminder dan|\blanger dan|\bkorter dan|\bouder dan|\bjonger dan|\bmet|\bhad|\bheeft|\bde|\bdie|\bvan de|\bgarantie|\bcontract|\blooptijd|\btermijn|\bproeftijd|\bwachttijd|\bperiode|\bstraf|\bcelstraf)\s*$/i;
/** After "N jaar": words that make it a duration. */
const DURATION_AFTER =
  /^\s*(?:geleden|lang|bij|als\b|in\b|in dienst|getrouwd|samen|werkzaam|gewerkt|gewoond|woont|op\b|later|eerder|terug|de tijd|garantie|cel)/i;
/** "een proeftijd van 2 jaar", "een contract van 1 jaar": "van" after a word of time makes a duration. */
const DURATION_OF =
  /(?:garantie|contract|looptijd|termijn|proeftijd|wachttijd|periode|straf|celstraf|taakstraf|opleiding|traject|duur|verblijf|huurcontract|pauze|achterstand|vertraging|voorsprong)\s+van\s*$/i;
/** "Bewaartermijn dossiers: 20 jaar": the value of a term's field is a duration. */
const TERM_FIELD = /termijn[^.\n:]{0,20}:\s*$/i;
const RANGE_BEFORE = /\d\s?[–-]\s?$/;
const STRONG_DURATION_AFTER =
  /^\s*(?:getrouwd|samen|gewerkt|gewoond|geleden|bewaard|in dienst|verslaafd|weduwe|weduwnaar|lid|clean|nuchter|droog|werkloos|dakloos|ingeschreven|in beeld|in zorg|in behandeling|onder behandeling|in Nederland|hier|daar|actief|arbeidsongeschikt|vrijwilliger|mantelzorger|met pensioen|\p{L}*achterstand)(?![\p{L}])/u;
/** "Het contract loopt 1 jaar", "Het gezin woont hier 4 jaar": a verb of time or place before the years. */
const DURATION_VERB_BEFORE = /(?:\bloopt|\bliep|\bduurt|\bduurde|\bhier|\bdaar|\bwoont|\bwerkt)\s*$/i;
/** "Jongeren van 18 jaar en ouder": a bound of a group. */
const OR_OLDER = /^\s*(?:en|of) (?:ouder|jonger)(?![\p{L}])/u;
/** "De wachttijd is 2 jaar": a period as the subject. */
const PERIOD_SUBJECT =
  /(?:tijd|termijn|duur|straf|contract|garantie|periode|traject|opleiding|uitkering|regeling|maatregel) (?:is|was|wordt|bedraagt|duurt) (?:nu |ongeveer |ruim |bijna |maximaal |minimaal |nog )?$/i;
/** "De AOW-leeftijd is 67 jaar", "leeftijdsgrens 18 jaar": an age of a rule, no person's. */
const RULE_AGE = /(?:[\p{L}-]leeftijd|leeftijdsgrens)[^\n]{0,14}$/iu;
/** "Kinderen van 4 jaar worden …", "Voor jongeren vanaf 16 jaar": a group of any such age, at a sentence's start. */
const GROUP_OF_AGE =
  /(?:^|[.!?:]\s+|\n)\s*(?:(?:[Dd]e|[Aa]lle|[Vv]oor|[Bb]ij|[Oo]ok) )?(?:[Kk]inderen|[Jj]ongeren|[Ll]eerlingen|[Pp]euters|[Kk]leuters|[Dd]eelnemers|[Mm]ensen|[Oo]uderen|[Vv]olwassenen|[Vv]rouwen|[Mm]annen|[Mm]eisjes|[Jj]ongens|[Cc]liënten|[Bb]ewoners) (?:van|vanaf|onder|boven|tot) (?:de )?$/u;
/** "De schuld is 5 jaar oud", "Een vriezer van 15 jaar oud": a thing's age. */
const THING_BEFORE_OLD =
  /(?<![\p{L}])(?:[Dd]e|[Hh]et|[Dd]eze|[Dd]it|[Ee]en|[Zz]ijn|[Hh]aar) (\p{Ll}+) (?:is (?:al |nu |ruim |bijna |ongeveer |pas )?|van )$/u;
const PERSON_WORDS = new Set(
  'kind|kindje|jongen|jongetje|meisje|meid|man|vrouw|heer|dame|cliënt|cliënte|client|moeder|vader|zoon|zoontje|dochter|dochtertje|baby|jongere|buurman|buurvrouw|bewoner|bewoonster|huurder|aanvrager|betrokkene|patiënt|patiënte|leerling|oudste|jongste|middelste|tweeling|broer|broertje|zus|zusje|oma|opa|partner|echtgenoot|echtgenote|peuter|kleuter|puber|tiener|student|studente|melder|ouder|vriend|vriendin|neef|nicht|tante|oom|kleinzoon|kleindochter|pleegkind|pleegzoon|pleegdochter|weduwe|weduwnaar|persoon|mevrouw|meneer|klant|deelnemer|vrijwilliger|mantelzorger|collega'.split(
    '|',
  ),
);

/** "Kinderen van 4 jaar worden …": the number at `at` bounds a group of people, no person's age. */
export const isGroupAge = (text: string, at: number) => GROUP_OF_AGE.test(text.slice(Math.max(0, at - 50), at));

/** Whether the years at `at` belong to no person: a group's bound, a period, a rule's age, a group of that age or a thing's age. */
function noPersonsAge(text: string, at: number, after: string): boolean {
  if (OR_OLDER.test(after)) return true;
  const before = text.slice(Math.max(0, at - 50), at);
  if (PERIOD_SUBJECT.test(before) || RULE_AGE.test(before) || GROUP_OF_AGE.test(before)) return true;
  const thing = /^\s*oud(?![\p{L}])/u.test(after) ? THING_BEFORE_OLD.exec(before) : null;
  return thing !== null && !PERSON_WORDS.has(thing[1]!);
}
/** "tussen de 2 en 14 jaar", "van 16 tot 23 jaar", "rond 18 jaar", "ouder dan 65 jaar": a range or a general age, no person's. */
const RANGE_OF =
  /(?:tussen (?:de )?\d{1,3} en|\d{1,3} (?:tot(?: en met)?|t\/m)|(?<![\p{L}])(?:rond|naar|vanaf|tot|t\/m|tot en met|(?:ouder|jonger) dan))\s*$/iu;
/** "Bewaartermijn dossiers: 20 jaar voor jeugd": a term named earlier on the line makes the years a duration. */
const TERM_ON_LINE = /(?:termijn|looptijd|bewaar|garantie)[^\n]*$/i;
const AGE_BEFORE = /(?:\bis(?: nu| pas| inmiddels)?|\bwordt|\bwerd|\bben|\bbent|\bzijn|\bvan|\bleeftijd(?: van)?|[,(])\s*$/i;

/** "jaar", "jr", "jarig": the word every age in years ends with; in chats also "j", "yo", "y/o" right after the number ("15j"). */
const AGE_UNIT = /ja(?:ar|rig)|jr|(?<=\d ?)(?:yo|y\/o|j)(?![\p{L}])/giu;
/** Whether the code unit at `index` is the ASCII letter whose lower-case code is `lower`, in either case. */
const isLetterAt = (text: string, index: number, lower: number) => (text.charCodeAt(index) | 32) === lower;
const [A, G, I, J, O, R, Y] = [97, 103, 105, 106, 111, 114, 121];

/**
 * Where AGE_UNIT matches: each "j" in either case, then the rest of "jaar", "jarig" or "jr" in
 * either case (the pattern was tried at every position; a lower-case copy of the text for indexOf
 * was 100 kB of garbage a 50 kB call). Its only case variants are ASCII, no other character lowers
 * to these letters, and no two of its words overlap, so these are the places matchAll gives; a text
 * with İ, the one character whose lower case is longer, goes through the pattern as before.
 */
function ageUnits(text: string, found: Scan): number[] {
  if (text.includes('\u0130')) return [...text.matchAll(AGE_UNIT)].map((unit) => unit.index);
  const units: number[] = [];
  for (let at = 0; at < text.length; at++) {
    if (!isLetterAt(text, at, J)) continue;
    if (
      isLetterAt(text, at + 1, R) ||
      (isLetterAt(text, at + 1, A) &&
        (isLetterAt(text, at + 2, A)
          ? isLetterAt(text, at + 3, R)
          : isLetterAt(text, at + 2, R) && isLetterAt(text, at + 3, I) && isLetterAt(text, at + 4, G)))
    )
      units.push(at);
  }
  const short = shortUnits(text, found);
  return short.length === 0 ? units : [...units, ...short].sort((x, y) => x - y);
}

/** "15j", "15 yo", "15 y/o" in either case: a short unit right after a number (found from the scan's digit runs, not by a search for "j"). */
function shortUnits(text: string, found: Scan): number[] {
  const out: number[] = [];
  for (let i = 0; i < found.digitStarts.length; i++) {
    const end = digitRunEnd(text, found.digitStarts[i]!);
    const at = text.charCodeAt(end) === 32 ? end + 1 : end;
    const y = isLetterAt(text, at, Y);
    const unit =
      y && text.charCodeAt(at + 1) === 47 && isLetterAt(text, at + 2, O)
        ? 3
        : y && isLetterAt(text, at + 1, O)
          ? 2
          : isLetterAt(text, at, J)
            ? 1
            : 0;
    // Lowering keeps whether a character is a letter (checked over all of Unicode), so the text's own class will do.
    if (unit > 0 && (classAt(text, at + unit) & LETTER) === 0) out.push(at);
  }
  return out;
}
const isAsciiWordCharacter = (code: number) =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 95 ||
  code === 0x17f ||
  code === 0x212a;
const isNumberPart = (code: number) =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 0xeb ||
  code === 0xcb ||
  code === 0x17f; // ë, Ë, and ſ, which a case-insensitive pattern takes for s

/**
 * Where an age in years can start: at a word boundary in the number or number word before a unit,
 * with up to a space, a hyphen and a space between them ("16 jaar", "16-jarige", "zestienjarige").
 */
function ageStarts(text: string, found: Scan): number[] {
  // On the number stack, then sorted and each start once: a Set and its spread made a list and a table each call.
  const mark = numberStack.mark();
  const units = ageUnits(text, found);
  // By index: for…of left an iterator result per unit.
  for (let u = 0; u < units.length; u++) {
    const unitIndex = units[u]!;
    for (let gap = 0, end = unitIndex; gap <= 3 && end >= 0; gap++, end--) {
      let start = end;
      while (start > 0 && isNumberPart(text.charCodeAt(start - 1))) start--;
      for (let at = start; at < end; at++)
        if (isAsciiWordCharacter(text.charCodeAt(at)) && !isAsciiWordCharacter(text.charCodeAt(at - 1))) numberStack.push(at);
      const before = text[end - 1];
      if (before === undefined || !(before === '-' || /\s/.test(before))) break;
    }
  }
  const starts = numberStack.takeFrom(mark).sort((a, b) => a - b);
  let unique = 0;
  for (let i = 0; i < starts.length; i++) if (i === 0 || starts[i] !== starts[i - 1]) starts[unique++] = starts[i]!;
  starts.length = unique;
  return starts;
}

/** Written-out ages that are no small numbers ("is tweeëntachtig"): "een" or "drie" after "is" is something else. */
const AGE_WORD = `(?:(?:${UNITS})(?:ën|en)(?:${TENS})|${TENS}|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)`;
/**
 * "Zij is 84 en …", "Dhr. is 66 en …", "hij is al 91, hoor", "ze wordt 74 woensdag", "Hij is drieënzeventig.": a bare
 * number after "is"/"wordt" with a person as subject, then the end of the clause, a weekday or a
 * word that closes the thought (hè, hoor, geworden).
 */
/** Kin in lower case, as the subject of an age in informal messages ("mama wordt 81 volgende maand"). */
const KIN_SUBJECTS =
  "mama|papa|mam|pap|moeder|vader|oma|opa|zoon|dochter|zoontje|dochtertje|mevrouw|meneer|cliënte?|client|(?:oudste|jongste|middelste) (?:zoon|dochter|kind|broer|zus)|(?:[Mm]ijn|[Mm]'n|[Mm]n|[Mm]e|[Zz]ijn|[Zz]'n|[Zz]n|[Hh]aar|[Oo]nze|[Hh]un|[Dd]e) (?:moeder|vader|man|vrouw|zoon|dochter|broer|zus|broertje|zusje|partner|vriend|vriendin|kind|oudste|jongste|middelste|tweeling)";
/** Adverbs and times between the verb and a bare age: "is al 91", "wordt volgende maand 50", "was toen 19". */
const WHEN_ADVERBS =
  "(?:een jaar of|toch al|echt|nog maar|nog|maar|ruim|al|pas|net|nu|inmiddels|bijna|ook|toch|dan|toen|ongeveer|rond de|rond|circa|zo'n|binnenkort|morgen|vandaag|gisteren|onlangs|laatst|dit jaar|volgend jaar|vorig jaar|(?:volgende|vorige) (?:week|maand)|deze (?:week|maand)|in (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|(?:op )?\\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?|over (?:een|twee|drie|vier|\\d{1,2}) (?:dagen|weken|week|maanden|maand)|over de|boven de) ";
const BARE_AGE = new RegExp(
  `(?<=\\b(?:[Zz]ij|[Hh]ij|[Zz]e|[Ss]he|[Hh]e|\\p{Lu}[\\p{Ll}]+,?|\\p{Ll}+,|(?:[Dd]hr|[Mm]w|[Mm]evr|[Mm]vr)\\.|${KIN_SUBJECTS}) (?:is|wordt|werd|was) (?:${WHEN_ADVERBS}){0,2})(\\d{1,3}|${AGE_WORD})(?=\\+?(?:\\s(?:en|maar|hè|hoor|geworden|geweest|of|dus|toch|nu|inmiddels|volgende|deze|binnenkort|toen|geloof|denk|volgens|op|ze|hij|zij|ik|we|ofzo|\\p{Ll}+dag|in (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))(?![\\p{L}])|\\s?(?:[,.](?!\\d)|[;!?)])|[ \\t]*\\n|$))`,
  'gu',
);
/** Where a bare age can start: the number or word after "is ", "wordt ", "werd " and an adverb. */
const AFTER_IS = new RegExp(
  `(?:is|wordt|werd|was) (?:${WHEN_ADVERBS}){0,2}(?=\\d|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:ën|en)|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)`,
  'g',
);
/** "hij 86, zij 83", "(man 71 en vrouw 69)": paired ages after a pronoun or spouse word. */
const PAIRED_AGE =
  /(?<![\p{L}])(?:(?:[Hh]ij|[Zz]ij|[Zz]e|[Hh]em|[Mm]an|[Vv]rouw|[Mm]eneer|[Mm]evrouw)[ \t](\d{1,3})(?=[ \t]?(?:[,;)\n]|\.(?!\d)|$|en\b|jaar\b))|(?:[Vv]ader|[Mm]oeder|[Oo]pa|[Oo]ma|[Oo]udste|[Jj]ongste|[Mm]iddelste|[Zz]oon|[Dd]ochter|[Bb]roer|[Zz]us)[ \t](\d{1,2})(?=[,;)]|\.(?!\d)| en\b))/gu;
const PAIRED_WORDS = new Set([
  'hij',
  'zij',
  'ze',
  'hem',
  'man',
  'vrouw',
  'meneer',
  'mevrouw',
  'vader',
  'moeder',
  'opa',
  'oma',
  'oudste',
  'jongste',
  'middelste',
  'zoon',
  'dochter',
  'broer',
  'zus',
]);
/** "een dochter van 2 en …", "zoon van 14.": a child and its age, without "jaar". */
const CHILD_OF_AGE =
  /(?<![\p{L}])(?:zoon|zoontje|dochter|dochtertje|kind|kindje|baby|broer|broertje|zus|zusje|meisje|jongen|kleinzoon|kleindochter|tweeling|pleegkind|oudste|jongste|middelste)[ \t]van[ \t](\d{1,2})(?=[ \t]?(?:[,.;)]|en\b|$))/gu;
const CHILD_WORDS = new Set(
  'zoon|zoontje|dochter|dochtertje|kind|kindje|baby|broer|broertje|zus|zusje|meisje|jongen|kleinzoon|kleindochter|tweeling|pleegkind|oudste|jongste|middelste'.split(
    '|',
  ),
);
/** "(baby, 9 maanden)", "(Linh, 4)": an age after a name or a word for a young child, inside brackets. */
const AGE_AFTER_COMMA_IN_BRACKETS = /(?<=\((?:\p{L}[\p{L}'’-]+),[ \t]?)(\d{1,3}(?:[ \t](?:jaar|jr|maanden|mnd|weken))?)(?=\))/gu;
const AGES_IN_BRACKETS =
  /(?<=(?:\p{Lu}[\p{L}'-]+|hij|zij|ze|ik|jij|meneer|mevrouw|mw\.?|dhr\.?|cliënt|client|bewoner|bewoonster|huurder|aanvrager|betrokkene|vriend|vriendin|kids|neef|nicht|zoontje|dochtertje|vader|moeder|zoon|dochter|oma|opa|broer|zus|kind|kinderen|jongere|buurman|buurvrouw|partner|jongste|oudste|middelste|baby|tweeling|kleinzoon|kleindochter|stiefzoon|stiefdochter|pleegzoon|pleegdochter|pleegkind|meisje|jongen|man|vrouw|echtgenoot|echtgenote|tante|oom|mother|father|son|daughter|wife|husband|grandmother|grandfather)\s?\()(\d{1,3})(?:\s(?:en|&|jaar)\s(\d{1,3}))?(?=\s?(?:jaar|\+)?\))/gu;
/** "Roos (15)", "Hassan M. (23)": after a name, or a name and the initial of a surname. */
const AGE_AFTER_NAME = /(?<=(?:\p{Lu}[\p{L}'-]+|\p{Lu}[\p{L}'-]+ \p{Lu}\.)\s?\()(\d{1,2})(?=\))/gu;
/** "Deelnemers (6)", "Bijlagen (2)": a heading that counts what follows, not an age. */
const COUNTED_BEFORE =
  /(?:deelnemers|aanwezigen|aanwezig|afwezigen|afwezig|afgemeld|bijlagen|bijlage|punten|acties|actiepunten|berichten|reacties|items|leden|genodigden|sprekers)\s?\($/i;
/** "November 12, 2026", "Mar 5 2025": the English of mail headers writes the month first. */
const MONTH_FIRST_BEFORE =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? $/;
const MONTH_FIRST_REST = /(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,? (?:19|20)\d\d(?!\d)/y;

/** Where the word of letters that ends at `end` starts, if it is at most 12 letters long ("kleindochter"), or -1. */
function wordBefore(text: string, end: number): number {
  let start = end;
  for (
    let code = text.charCodeAt(start - 1);
    start > 0 && end - start <= 12 && ((code >= 97 && code <= 122) || (code >= 65 && code <= 90));
    code = text.charCodeAt(start - 1)
  )
    start--;
  return start < end && end - start <= 12 ? start : -1;
}

/**
 * Whether the word at [start, end), in lower case, is in `words`: first by its hash against
 * `hashes` (no string for the many words that are in neither list), then by the word itself.
 */
function wordIn(text: string, start: number, end: number, words: ReadonlySet<string>, hashes: ReadonlySet<number>): boolean {
  return hashes.has(hashBetween(text, start, end)) && words.has(text.slice(start, end).toLowerCase());
}
const PAIRED_HASHES = new Set([...PAIRED_WORDS].map(hashOf));
const CHILD_HASHES = new Set([...CHILD_WORDS].map(hashOf));
const VAN_HASHES = new Set([hashOf('van')]);
const VAN_WORD = new Set(['van']);

/**
 * Where paired ages ("hij 86") and children's ages ("dochter van 2") can start: from each word,
 * space and digit (a simple pattern, fast), back to a pronoun or spouse word, or a child word and "van".
 */
function ageWordStarts(found: Scan): { paired: number[]; childOf: number[] } {
  const { text } = found;
  const paired: number[] = [];
  const childOf: number[] = [];
  // A lower-case letter, a space and a digit: the digit starts a run of digits, so the scan's runs hold them all.
  for (let i = 0; i < found.digitStarts.length; i++) {
    const digit = found.digitStarts[i]!;
    const letter = text.charCodeAt(digit - 2);
    if (text.charCodeAt(digit - 1) !== 32 || letter < 97 || letter > 122) continue;
    // Indexes and hashes, not a lower-case string per digit run.
    const before = wordBefore(text, digit - 1);
    if (before < 0) continue;
    if (wordIn(text, before, digit - 1, PAIRED_WORDS, PAIRED_HASHES)) paired.push(before);
    else if (wordIn(text, before, digit - 1, VAN_WORD, VAN_HASHES) && text[before - 1] === ' ') {
      const child = wordBefore(text, before - 1);
      if (child >= 0 && wordIn(text, child, before - 1, CHILD_WORDS, CHILD_HASHES)) childOf.push(child);
    }
  }
  return { paired, childOf };
}

/** Where a number after a comma inside brackets can start: "(baby, 9 maanden)". */
function commasInBrackets(text: string): number[] {
  const positions: number[] = [];
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    // Within 40 characters: a search to the text's end for each bracket would make long texts slow.
    const inside = text.slice(open, open + 41);
    const comma = inside.indexOf(',');
    const close = inside.indexOf(')');
    if (comma === -1 || close === -1 || comma > close) continue;
    let at = open + comma + 1;
    if (text[at] === ' ' || text[at] === '\t') at++;
    if (/\d/.test(text[at] ?? '')) positions.push(at);
  }
  return positions;
}

/** The answer on the line after "hoe oud …?": a number alone, perhaps after a speaker ("Jongere: Zeventien.", "16 jaar"). */
const ANSWERED_AGE = new RegExp(
  `\\??(?:\\n|[ \\t]+)(?:\\[[^\\]\\n]{1,20}\\][ \\t]*)?(?:[^:\\n]{1,40}:[ \\t]*)?(?:ik ben |ben |bijna )?(\\d{1,3}|(?:${AGE_WORD}|een|twee|drie|vier|vijf|zes|zeven|acht|negen))(?: jaar)?(?:,? (?:geloof ik|denk ik|ofzo|of zo|hoor))?[.!]?[ \\t]*(?=\\n|$)`,
  'iuy',
);

/** "leeftijd: 67", "Lft 67", "Leeftijd kind: circa 8", "Leeftijden 14, 11": a field or label, perhaps an adverb, then the age. */
const LABELLED_AGE =
  /(?<![\p{L}\d_-])(?:[Ll]eeftijd(?:en)?|[Ll]ft\.?)(?:[ _][a-zë]{3,12}| \((?:jaren|jaar|jr\.?)\)| is| was)?:?\s+(?:(?:circa|ca\.?|ongeveer|ong\.|ruim|bijna|rond|±|~) ?)?(\d{1,3})(?!\d|[.,:]\d)/gu;
const AGE_LABELS = phrasesOf(['leeftijd', 'leeftijden', 'lft']);
/** The next age of a labelled list, where the list goes on or ends ("14, 11, 8."), not a count ("67, 3 kinderen"). */
const LABELLED_NEXT = /(?:, ?| en | & | ?\/ ?)(\d{1,3})(?!\d|[.,:]\d)(?=[ \t]*(?:jaar|jr\.?)?[ \t]*(?:[,.;)|/\n&]|en |$))/y;
/** "is echt 17 en niet 16", "is 52, nee, 53": after a bare age, the age it is corrected to or from. */
const CORRECTED_AGE = /(?: en niet |,? nee[,:]? (?:het is |hij is |zij is |ze is )?)(\d{1,3})(?![\d.,:]\d|\d)/y;

function at(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

const HOW_OLD = /hoe oud/gi;

export function findAges(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  HOW_OLD.lastIndex = 0;
  for (let question = HOW_OLD.exec(text); question; question = HOW_OLD.exec(text)) {
    // The answer on the question's own line ("Hoe oud is hij? Zeventien.") or on the next; looked for within 200
    // characters, so that many questions in a text without line breaks do not each search to its end.
    const at = question.index;
    const line = text.slice(at, at + 200);
    const mark = line.indexOf('?');
    const lineEnd = line.indexOf('\n');
    const from = mark !== -1 && (lineEnd === -1 || mark < lineEnd) ? mark : lineEnd;
    ANSWERED_AGE.lastIndex = at + from;
    const m = from > 0 ? ANSWERED_AGE.exec(text) : null;
    if (m && (!/^\d/.test(m[1]!) || Number(m[1]) <= 120)) {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      spans.push({ start, end: start + m[1]!.length, label: 'AGE', source: 'age-answered' });
    }
  }
  const wordStarts = ageWordStarts(found);
  for (const m of matchesAt(AGE_YEARS, text, ageStarts(text, found), found)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const unit = m[2]!.toLowerCase();
    const isJarig = unit.startsWith('jarig');
    if (isJarig && /^n\b/.test(after)) continue; // "16- en 17-jarigen": a population, not a person
    // "met een jaar verlengd", "in een jaar": "een jaar" is a duration unless the words say age.
    if (/^een$/i.test(m[1]!) && !isJarig && !/^\s*oud\b/i.test(after)) continue;
    // "een proeftijd van 2 jaar" is a duration; "(14–16 jaar)" a range of ages, a group and not a person.
    if (DURATION_OF.test(before) || RANGE_BEFORE.test(before)) continue;
    if (text.charCodeAt(m.index - 2) === 58 && TERM_FIELD.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
    // "(AEG, kapot na 8 jaar)": a bracket closing after a duration's word is no age.
    const clearlyAge =
      isJarig || /^\s*oud\b/i.test(after) || AGE_BEFORE.test(before) || (/^\s*\)/.test(after) && !DURATION_BEFORE.test(before));
    // "81 jr. Woont in …": a word after the sentence's end says nothing about the number.
    const sentenceEnds = m[0].endsWith('.') || /^\s*[.!?;]/.test(after);
    if (!clearlyAge && (DURATION_BEFORE.test(before) || (!sentenceEnds && DURATION_AFTER.test(after)))) continue;
    // A comma or a bracket says less than the term: "Opzegtermijn: 2 jaar voor de verhuurder, 1 jaar voor de huurder".
    const saysAge = isJarig || /^\s*oud\b/i.test(after) || (AGE_BEFORE.test(before) && !/[,(]\s*$/.test(before));
    if (!saysAge && TERM_ON_LINE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "we zijn 58 jaar getrouwd", "dossiers worden 15 jaar bewaard", "tussen de 2 en 14 jaar": a duration or a range whatever came before.
    if (!isJarig && (STRONG_DURATION_AFTER.test(after) || RANGE_OF.test(before))) continue;
    if (!clearlyAge && !/^[\s,.;:)]/.test(after) && after.length > 0) continue;
    if (/^\d+$/.test(m[1]!) && Number(m[1]) > 120) continue;
    if (!isJarig && (noPersonsAge(text, m.index, after) || (!clearlyAge && DURATION_VERB_BEFORE.test(before)))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'AGE', source: 'age-years' });
  }
  // "leeftijd: 67", "lft 67", "Leeftijd: circa 60", "Leeftijden 14, 11, 8".
  for (const m of matchesAt(LABELLED_AGE, text, phraseStarts(found, AGE_LABELS), found)) {
    if (Number(m[1]) > 120) continue;
    spans.push({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, label: 'AGE', source: 'age-labelled' });
    for (let next = at(LABELLED_NEXT, text, m.index + m[0].length); next; next = at(LABELLED_NEXT, text, next.index + next[0].length)) {
      if (Number(next[1]) > 120) break;
      spans.push({
        start: next.index + next[0].length - next[1]!.length,
        end: next.index + next[0].length,
        label: 'AGE',
        source: 'age-labelled',
      });
    }
  }
  // "Zij is 84 en …": a bare number after "is" with a person as subject.
  for (const m of matchesAt(
    BARE_AGE,
    text,
    [...text.matchAll(AFTER_IS)].map((hit) => hit.index + hit[0].length),
    found,
  )) {
    if (/^\d+$/.test(m[1]!) && Number(m[1]) > 110) continue;
    spans.push({ start: m.index, end: m.index + m[1]!.length, label: 'AGE', source: 'age-bare' });
    // "is echt 17 en niet 16", "is 52, nee, 53": the age set right is an age too.
    const corrected = at(CORRECTED_AGE, text, m.index + m[1]!.length);
    if (corrected && Number(corrected[1]) <= 110) {
      const start = corrected.index + corrected[0].length - corrected[1]!.length;
      spans.push({ start, end: start + corrected[1]!.length, label: 'AGE', source: 'age-corrected' });
    }
  }
  for (const m of matchesAt(PAIRED_AGE, text, wordStarts.paired, found)) {
    const age = m[1] ?? m[2]!;
    const at = m.index + m[0].length - age.length;
    if (Number(age) <= 110) spans.push({ start: at, end: at + age.length, label: 'AGE', source: 'age-paired' });
  }
  for (const m of matchesAt(CHILD_OF_AGE, text, wordStarts.childOf, found)) {
    const at = m.index + m[0].length - m[1]!.length;
    spans.push({ start: at, end: at + m[1]!.length, label: 'AGE', source: 'age-child-of' });
  }
  for (const m of matchesAt(AGE_AFTER_COMMA_IN_BRACKETS, text, commasInBrackets(text), found)) {
    if (Number.parseInt(m[1]!, 10) <= 110)
      spans.push({ start: m.index, end: m.index + m[0].length, label: 'AGE', source: 'age-after-comma-in-brackets' });
  }
  // "(4 en 7)", "vader (88)": numbers in brackets after a name or a family word are ages.
  const inBrackets = numbersInBrackets(text);
  for (const m of matchesAt(AGES_IN_BRACKETS, text, inBrackets, found)) {
    if (COUNTED_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    spans.push({ start: m.index, end: m.index + m[1]!.length, label: 'AGE', source: 'age-in-brackets' });
    if (m[2]) {
      const second = m.index + m[0].length - m[2].length;
      spans.push({ start: second, end: second + m[2].length, label: 'AGE', source: 'age-in-brackets' });
    }
  }
  // "Roos (15)": a number in brackets right after a name is that person's age.
  // Only one or two digits that the bracket closes after: "(15)".
  const shortNumbers = inBrackets.filter((at) => digitRunEnd(text, at) - at <= 2 && text.charCodeAt(digitRunEnd(text, at)) === 41);
  const afterNames = rangesAt(AGE_AFTER_NAME, text, shortNumbers, found);
  for (let r = 0; r < afterNames.length; r += 2) {
    const start = afterNames[r]!;
    if (COUNTED_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
    spans.push({ start, end: afterNames[r + 1]!, label: 'AGE', source: 'age-after-name' });
  }
  return spans;
}
