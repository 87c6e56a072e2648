import type { Span } from '../labels.js';
import { classAt, codeAt, digitRunEnd, LETTER, matchesAt, type Scan } from '../scan.js';
import { numberStack } from '../number-stack.js';

export const UNITS = 'een|twee|drie|vier|vijf|zes|zeven|acht|negen';
export const TENS = 'twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig';
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
/**
 * "gewerkt, 30 jaar als kok": years in a trade. Only where no verb of being and no bracket stands before the number ("Ze is
 * 16 jaar als moeder van …", "Zoon (14 jaar als eerste …)" are ages) and a verb of work stands in the clause before it.
 */
const IN_A_TRADE_AFTER = /^\s*als (?!(?:hij|zij|ze|ik|je|jij|we|wij|u)(?![\p{L}]))\p{Ll}+(?![\p{L}])/u;
const BEING_OR_BRACKET_BEFORE = /(?:(?<![\p{L}])(?:is|was|werd|wordt|ben|bent)(?: \p{Ll}+){0,2}|\()\s*$/u;
const WORK_IN_CLAUSE_BEFORE = /(?<![\p{L}])(?:gewerkt|werkt|werkte|werkzaam|in dienst|gediend|actief)(?![\p{L}])[^.;\n()]*$/u;
const yearsInATrade = (before: string, after: string) =>
  IN_A_TRADE_AFTER.test(after) && !BEING_OR_BRACKET_BEFORE.test(before) && WORK_IN_CLAUSE_BEFORE.test(before);
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
const isLetterAt = (text: string, index: number, lower: number) => (codeAt(text, index) | 32) === lower;
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
  // Each "j" and "J" by indexOf, in text order (a loop over every character was most of the rule's time).
  for (let small = text.indexOf('j'), capital = text.indexOf('J'); small !== -1 || capital !== -1;) {
    let at: number;
    if (capital === -1 || (small !== -1 && small < capital)) {
      at = small;
      small = text.indexOf('j', at + 1);
    } else {
      at = capital;
      capital = text.indexOf('J', at + 1);
    }
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
    const at = codeAt(text, end) === 32 ? end + 1 : end;
    const y = isLetterAt(text, at, Y);
    const unit =
      y && codeAt(text, at + 1) === 47 && isLetterAt(text, at + 2, O)
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
      while (start > 0 && isNumberPart(codeAt(text, start - 1))) start--;
      for (let at = start; at < end; at++)
        if (isAsciiWordCharacter(codeAt(text, at)) && !isAsciiWordCharacter(codeAt(text, at - 1))) numberStack.push(at);
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

/** "16 jaar", "16-jarige", "zestienjarige": ages in years, less durations, ranges and ages of no person. */
export function ageYears(text: string, found: Scan, spans: Span[]): void {
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
    if (codeAt(text, m.index - 2) === 58 && TERM_FIELD.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
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
    if (!isJarig && (STRONG_DURATION_AFTER.test(after) || yearsInATrade(before, after) || RANGE_OF.test(before))) continue;
    if (!clearlyAge && !/^[\s,.;:)]/.test(after) && after.length > 0) continue;
    if (/^\d+$/.test(m[1]!) && Number(m[1]) > 120) continue;
    if (!isJarig && (noPersonsAge(text, m.index, after) || (!clearlyAge && DURATION_VERB_BEFORE.test(before)))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'AGE', source: 'age-years' });
  }
}
