// Ages that only their surroundings mark, read after the statistical layer from the scan's digit runs (its training notes
// stay the rules' output): a number after a name and a comma (and a remark or two) where a clause, a dash or a line ends
// ("Dhr. Wenneker, 79 – belt zelf", "Ilse Kramer, 3 vwo, 15"); first in a bracket after kin or a client with a remark or a
// hedge ("Stiefmoeder (bijna 40, ziek thuis)"); after a year or a date of birth ("1961 (ca. 64)", "3 mei 1950 – 75 jaar");
// after a "Leeftijd" label whose colon stands apart; in English ("he is 9", "who turned 31"); before "wordt ze"; the answer to a
// question about someone's age at the start of the next message ("Ada: 15 haha"); a reported age after "zegt", "denkt",
// "schat" where an age or "leeftijd" was just named.
import type { Span } from '../labels.js';
import { codeAt, type Scan } from '../scan.js';
import { firstEndingAfter, overlapsAny } from '../span-list.js';

/** What may follow an age: a clause's, line's or bracket's end, a dash, a unit, "sinds", a bracket opened after it. */
const AGE_END =
  /^(?:[ \t]*(?:[,;:)!?]|[–—][ \t]|-[ \t]|\.(?!\d)|\r?\n|$)|[ \t]+(?:jaar|jr|sinds|\(wordt|\((?!\d))(?![\p{L}])|[ \t]+(?:maanden|mnd|weken|wk)(?![ \t]+(?:geleden|later|terug|eerder))(?![\p{L}]))/u;
/** Up to two remarks between commas after a name (an initial of its surname, or its bracket's end) before the age ("Ilse Kramer, 3 vwo, 15"). */
const REMARKS_THEN_AGE = /^(?:[ \t]\p{Lu}\.)?\.?\)?(?:[ \t]*\([^()\n]{1,40}\))?(?:,[ \t][^,\n()]{1,28}){0,2},[ \t]$/u;
/**
 * Kin or a client before a bracket that opens with an age, maybe a hedge first, and goes on with a remark (not a date:
 * "(12, 13 mei …)") or a partner's age.
 */
const KIN_BRACKET_BEFORE =
  /(?:^|[^\p{L}])(?:moeder|vader|mama|papa|oma|opa|zoon|dochter|broer|zus|partner|man|vrouw|cliënt|cliënte|client|buurman|buurvrouw|tante|oom|neef|nicht|stiefvader|stiefmoeder|schoonmoeder|schoonvader|echtgenoot|echtgenote|vriend|vriendin|jongere|bewoner|bewoonster|huurder|melder|betrokkene)[ \t]\((?:ruim|bijna|ca\.|circa|ongeveer|rond de|pas|al)?[ \t]?$/iu;
const KIN_BRACKET_AFTER = /^(?:,[ \t](?!\d)[^()\n]{1,40}\)|[ \t]en[ \t]\d{1,3}\))/u;
/** A name's bracket whose age comes after a hedge ("Dirk (ruim 60, …)"); the name's span must end right before it. */
const HEDGED_BRACKET_BEFORE = /[ \t]?\((?:ruim|bijna|ca\.|circa|ongeveer)[ \t]$/u;
/** A year of birth and a bracket: "1961 (ca. 64)". */
const YEAR_BRACKET_BEFORE = /(?:^|[^\d])(?:19|20)\d\d[ \t]\((?:ca\.|circa|ongeveer|nu|dus|ruim|bijna)?[ \t]?$/u;
/** A date of birth, a dash and the age in years: "3 mei 1950 – 75 jaar". */
const DATE_DASH_BEFORE = /(?:^|[^\d])(?:19|20)\d\d[ \t]*[–—-][ \t]*$/u;
const YEARS_AFTER = /^[ \t]*(?:jaar|jr)(?![\p{L}])/u;
/** The unit an age span takes with it. */
const UNIT_AFTER = /^[ \t]*(?:jaar|jr|maanden|mnd|weken|wk)(?![\p{L}])/u;
/** A label of age with its colon set apart, as forms align them ("Leeftijd       : 58"). */
const SPACED_LABEL_BEFORE = /(?:^|[^\p{L}])leeftijd[ \t]{2,}:[ \t]*$/iu;
/** English: "he is 9", "she was almost 70", "who turned 31", "I am 19". */
const ENGLISH_BEFORE =
  /(?:^|[^\p{L}])(?:(?:he|she|who|i)[ \t](?:is|was|am|turns|turned)(?:[ \t](?:maybe|about|almost|nearly|only|just|now|already))?|turns|turned)[ \t]$/iu;
const ENGLISH_AFTER = /^(?:[ \t]*(?:[.,;:!?)]|\r?\n|$)|[ \t]+(?:years|and|or|in|next|this|on|now|soon)(?![\p{L}]))/u;
/** An age asked after ("Dus jij bent nu al 13?"). */
const ASKED_BEFORE =
  /(?:^|[^\p{L}])(?:(?:je|jij|ze|zij|hij|u)[ \t](?:ben|bent|is)|(?:ben|bent|is)[ \t](?:je|jij|ze|zij|hij|u))[ \t](?:toch|nu|al|pas)(?:[ \t](?:al|nog|pas))?[ \t]$/iu;
/** The same after a name's span: "Sanne Mol is toch 9 nu?" (not "het aantal is nu 4?"). */
const ASKED_AFTER_NAME = /^[ \t]is[ \t](?:toch|nu|al|pas)(?:[ \t](?:al|nog|pas))?[ \t]$/iu;
const ASKED_AFTER = /^(?:[ \t]+(?:nu|al|toch))?[ \t]?\?/u;
/** An age reached on a day: "haar oom, die op 9 juli 60 werd" (not "toen het 11 werd", an hour; not "als ze 21 wordt", a rule). */
const REACHED_BEFORE =
  /(?:^|[^\p{L}])(?:(?:die|toen[ \t](?:hij|ze|zij))[ \t](?:op[ \t][^.\n]{1,24}[ \t])?|(?:hij|ze|zij)[ \t]op[ \t][^.\n]{1,24}[ \t])$/iu;
/** Weeks of a pregnancy after a name are no age: "Lisa, 12 weken zwanger". */
const PREGNANCY_AFTER = /^[ \t]+(?:weken|wk)[ \t]+zwanger/iu;
const REACHED_AFTER = /^[ \t](?:werd|wordt|is geworden)[ \t]*[.,;!?\n]/u;
/** An age before "wordt ze": "morgen jarig, 73 wordt ze". */
const INVERTED_AFTER = /^[ \t]wordt[ \t](?:ze|zij|hij|die)(?![\p{L}])/u;
/**
 * A question about someone's age (a question mark after it on its line), to which the next message may answer with a
 * number alone. Not "leeftijd": forms name it in a label as often, and their next field's number is no answer.
 */
const AGE_QUESTION =
  /(?:hoe oud|how old|bent (?:je|jij) (?:toch|nu|al)\b|(?:je|jij) bent (?:toch|nu|al)\b|ben je (?:nu|al)\b)[^\n?]*\?|(?:is|ben|bent|toch|al|nu)[ \t]\d{1,3}\+?[ \t]?\?/iu;
/** The start of a message: a line's start, maybe a time and a sender, and maybe an interjection. */
const MESSAGE_START = /(?:^|\n)(?:[^\n:]{1,60}:[ \t]+|[^\n]{1,40}\d\d:\d\d[ \t]*\n)(?:(?:oeps|nee|ja|eh|uh|hm+|sorry|oh),?[ \t]+)?$/iu;
const ANSWER_AFTER =
  /^(?:[ \t]*(?:[,!?]|\.(?![ \t]*\p{L})|\r?\n|$)|[ \t]+(?:haha\p{L}*|natuurlijk|geloof ik|volgens mij|denk ik|jaar|al|pas|toch|of[ \t]\d{1,3})(?![\p{L}]))/u;
/** A reported age where an age was just named: "leeftijd weet niemand, de buurvrouw denkt 16". */
const REPORTED_BEFORE = /(?:zegt|denkt|schat|schatten|volgens[ \t]\p{L}+)[ \t]$/u;
const AGE_NAMED_BEFORE = /leeftijd|\d[ \t]?(?:jr|jaar)\b|\d\d-er/iu;

/** Whether a PERSON span ends in the text before the age's comma, with at most a bracket and two remarks between. */
function afterNameAndComma(text: string, spans: readonly Span[], start: number): boolean {
  const from = Math.max(0, start - 80);
  const before = text.slice(from, start);
  for (let i = firstEndingAfter(spans, from); i < spans.length && spans[i]!.end < start; i++) {
    const span = spans[i]!;
    if (span.label !== 'PERSON') continue;
    if (REMARKS_THEN_AGE.test(before.slice(span.end - from))) return true;
  }
  return false;
}

/** Whether a PERSON span ends shortly before `start` and the whole text between, from its end, fits `shape`. */
function personBefore(text: string, spans: readonly Span[], start: number, shape: RegExp): boolean {
  const from = Math.max(0, start - 24);
  for (let i = firstEndingAfter(spans, from); i < spans.length && spans[i]!.end < start; i++) {
    const span = spans[i]!;
    if (span.label === 'PERSON' && shape.exec(text.slice(span.end, start))?.index === 0) return true;
  }
  return false;
}

function isAgeAt(text: string, spans: readonly Span[], start: number, end: number, age: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 24);
  if (PREGNANCY_AFTER.test(after)) return false;
  if (before.endsWith(', ') && AGE_END.test(after) && afterNameAndComma(text, spans, start)) return true;
  if (before.lastIndexOf('(') >= before.length - 16) {
    if (KIN_BRACKET_BEFORE.test(before) && (KIN_BRACKET_AFTER.test(after) || after.startsWith(')'))) return true;
    if (
      HEDGED_BRACKET_BEFORE.test(before) &&
      (after.startsWith(')') || after.startsWith(',')) &&
      personBefore(text, spans, start, HEDGED_BRACKET_BEFORE)
    )
      return true;
    if (YEAR_BRACKET_BEFORE.test(before) && after.startsWith(')')) return true;
  }
  if (DATE_DASH_BEFORE.test(before) && YEARS_AFTER.test(after)) return true;
  if (SPACED_LABEL_BEFORE.test(before)) return true;
  if (ENGLISH_BEFORE.test(before) && ENGLISH_AFTER.test(after)) return true;
  if (INVERTED_AFTER.test(after) && age >= 2) return true;
  if (ASKED_AFTER.test(after) && (ASKED_BEFORE.test(before) || personBefore(text, spans, start, ASKED_AFTER_NAME))) return true;
  if (REACHED_AFTER.test(after) && REACHED_BEFORE.test(before)) return true;
  if (REPORTED_BEFORE.test(before) && /^(?:[ \t]*[).,;]|[ \t]+(?:jaar|jr))/.test(after) && AGE_NAMED_BEFORE.test(before)) return true;
  if (MESSAGE_START.test(before) && ANSWER_AFTER.test(after) && AGE_QUESTION.test(text.slice(Math.max(0, start - 300), start))) return true;
  return false;
}

/** AGE spans that only their surroundings mark, at digit runs no detection covers. */
export function findAgesInContext(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const ages: Span[] = [];
  for (let d = 0; d < found.digitStarts.length; d++) {
    const start = found.digitStarts[d]!;
    const end = found.digitEnds[d]!;
    if (end - start > 3 || codeAt(text, start) === 48) continue;
    const previous = codeAt(text, start - 1);
    // After a space, a bracket, a tab or a line break only: digits after other marks belong to dates, codes and amounts.
    if (previous >= 0 && previous !== 32 && previous !== 40 && previous !== 9 && previous !== 10) continue;
    const next = codeAt(text, end);
    if (next === 46 && codeAt(text, end + 1) >= 48 && codeAt(text, end + 1) <= 57) continue;
    if (next === 58 && codeAt(text, end + 1) >= 48 && codeAt(text, end + 1) <= 57) continue;
    const age = Number(text.slice(start, end));
    if (age < 1 || age > 110 || overlapsAny(spans, start, end)) continue;
    if (!isAgeAt(text, spans, start, end, age)) continue;
    const unit = UNIT_AFTER.exec(text.slice(end, end + 10));
    ages.push({ start, end: unit ? end + unit[0].length : end, label: 'AGE', source: 'age-in-context' });
  }
  return ages;
}
