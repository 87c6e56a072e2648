import type { Span } from '../labels.js';
import { classAt, codeAt, LETTER } from '../scan.js';
import { childWordBefore, nameBefore, testAt, unitAt } from './age-phrase-helpers.js';

/** " maanden", " mnd", " weken" after a number. */
const MONTHS_AFTER = / (?:maanden|maand|mnd\.?|weken|wk\.?)(?![\p{L}])/uy;
/** After "N maanden": "oud", or the clause's end. */
const MONTHS_CLOSE = / oud(?![\p{L}])|(?=[.,;!?)\n]|$| en | maar )/uy;

/** ", nu 91": where the comma before an adverb and the space at `space` is, or -1. */
function adverbCommaBefore(text: string, space: number): number {
  const m = COMMA_ADVERB.exec(text.slice(Math.max(0, space - 11), space));
  return m ? space - m[0].length : -1;
}
const COMMA_ADVERB = /, (?:nu|inmiddels|bijna|ruim|al|pas|net|ongeveer|circa|ca\.)$/;
/** After "Name, 15": a comma, a bracket, an exclamation in brackets ("93 (!)"), the sentence's or line's end (not "Jansen, 12 mei" nor "Bos, 3 kinderen"). */
const COMMA_AGE_CLOSES = /(?: jaar| jr\.?)?(?=[,;)\n]|[.:](?!\d)|$| \(!\))/y;
/** " is ", " is nu ": the verb between a child and its age in months. */
const IS_BEFORE = / (?:is|was|wordt) (?:(?:nu|pas|bijna|al|net|inmiddels|ongeveer|ruim) )?$/u;

/** After "80": the ordinal's ending and the birthday or year of life it counts. */
const BIRTHDAY_ORDINAL = /(?:e|ste|de) (?:verjaardag|levensjaar)(?![\p{L}])/uy;

/** " years old", " year old": English mail and reports ("Their daughter, 4 years old"). */
const YEARS_OLD = /[ -]years?[ -]old(?![\p{L}])/uy;
/** A field that names a person, then the name and ", 31" or ", ongeveer 35" at the line's end ("Moeder: Hawa Hassan, 31"). */
const PERSON_FIELD =
  /(?:^|\n)[ \t]*(?:[-•*] )?(?:\p{L}+ )?(?:moeder|vader|kind|zoon|dochter|partner|ouder|cliënt|client|naam|jongere|broer|zus|oma|opa|aanvrager|betrokkene|verzorger|pleegouder|pleegmoeder|pleegvader|gezinslid|stiefvader|stiefmoeder|echtgenoot|echtgenote|huisgenoot|bewoner)(?: \d)?(?: \([^()\n:]{1,30}\))?: [^\n:]{2,60}, (?:(?:ongeveer|circa|ca\.|rond|ruim|bijna|±) )?$/iu;
/** After the number: perhaps its unit, then the line's end. */
const LINE_ENDS = /(?: jaar| jr\.?)?[ \t.]*(?:\n|$)/y;

/**
 * At a short number after a space: a child's or a name's age in months, "Kim, 34,", "haar 80e verjaardag", "aged 45",
 * "4 years old" or a person's field ("Moeder: Hawa Hassan, 31"). Whether it found one (the number needs no other look).
 */
export function ageAfterName(text: string, at: number, runEnd: number, spans: Span[]): boolean {
  // "4 years old": the number and "years".
  // "Baby Noah is 4 maanden", "De baby is nu 9 maanden oud": a young child's age in months or weeks.
  const second = codeAt(text, runEnd + 1);
  const lead = codeAt(text, at - 2);
  const months = second === 109 || second === 119 ? unitAt(MONTHS_AFTER, text, runEnd) : 0;
  if (months > 0 && testAt(MONTHS_CLOSE, text, runEnd + months)) {
    const old = text.startsWith(' oud', runEnd + months);
    const subject = IS_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
    const subjectEnd = subject ? at - subject[0].length : -1;
    // "Het dossier is 3 maanden oud": after "is", only a child or a name has an age.
    if (subject ? childWordBefore(text, subjectEnd) || nameBefore(text, subjectEnd) : old) {
      spans.push({ start: at, end: runEnd + months, label: 'AGE', source: 'age-months' });
      return true;
    }
  }
  // "Kim, 34, alleenstaand", "Het gaat om Wessel, 15.", "Mevrouw, nu 91,": a bare number after a name and a comma.
  const comma = codeAt(text, at - 2) === 44 ? at - 2 : lead > 96 || lead === 46 ? adverbCommaBefore(text, at - 1) : -1;
  if (comma !== -1 && testAt(COMMA_AGE_CLOSES, text, runEnd) && nameBefore(text, comma)) {
    spans.push({ start: at, end: runEnd, label: 'AGE', source: 'age-after-name-comma' });
    return true;
  }
  // "haar 80e verjaardag", "in zijn 70ste levensjaar".
  if ((second === 32 || second === 116 || second === 101) && testAt(BIRTHDAY_ORDINAL, text, runEnd)) {
    spans.push({ start: at, end: runEnd + (codeAt(text, runEnd) === 101 ? 1 : 3), label: 'AGE', source: 'age-birthday-ordinal' });
    return true;
  }
  // "aged 45" (English reports).
  if (lead === 100 && text.startsWith('aged', at - 5) && (classAt(text, at - 6) & LETTER) === 0) {
    spans.push({ start: at, end: runEnd, label: 'AGE', source: 'age-aged' });
    return true;
  }
  if (second === 121 && testAt(YEARS_OLD, text, runEnd)) {
    // "4 years old": the number and "years"; "a 45-year-old": all of it, as "45-jarige".
    const unit = codeAt(text, runEnd) === 45 ? YEARS_OLD.lastIndex - runEnd : codeAt(text, runEnd + 5) === 115 ? 6 : 5;
    spans.push({ start: at, end: runEnd + unit, label: 'AGE', source: 'age-years-old' });
    return true;
  }
  // After a comma, a word or "ca.".
  if ((lead === 44 || lead > 96 || lead === 46) && testAt(LINE_ENDS, text, runEnd)) {
    // Within 100 characters back: a line without breaks is no field.
    const window = text.slice(Math.max(0, at - 101), at);
    const lineBreak = window.lastIndexOf('\n');
    const lineStart = lineBreak === -1 ? 0 : at - window.length + lineBreak + 1;
    if ((lineBreak !== -1 || at <= 100) && PERSON_FIELD.test(text.slice(Math.max(lineStart - 1, 0), at))) {
      spans.push({ start: at, end: runEnd, label: 'AGE', source: 'age-person-field' });
      return true;
    }
  }
  return false;
}
