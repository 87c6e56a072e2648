import type { Span } from '../labels.js';
import { FIRST_NAMES, NAMES_THAT_ARE_WORDS, NOT_NAMES } from '../lexicon.js';
import { isCommon } from '../statistical/token-features.js';
import { classAt, codeAt, digitRunEnd, LETTER, UPPER } from '../scan.js';
import { capitalisedBefore, childWordBefore, firstNameBefore, MOST_YEARS, nameBefore, testAt, unitAt } from './age-phrase-helpers.js';

/** "(Bram 9, Nienke 6)", "(Sem 4 en Lotte 2)": names, each with an age, and nothing else in the brackets. */
const NAMES_WITH_AGES = /\((?:\p{Lu}\p{Ll}+ \d{1,2}(?:, | en |\)))+/uy;
const NAME_WITH_AGE = /(\p{Lu}\p{Ll}+) (\d{1,2})/gu;
const isDigitCode = (code: number) => code >= 48 && code <= 57;
/**
 * "kinderen (2, 5 en 8)", "zonen (6, 9)", "Kinderen in huis: 3 (4, 9 en 11)": ages of the children a plural word names,
 * listed in brackets, perhaps after a field's word and their count.
 */
const PLURAL_KIN_BEFORE =
  /(?<![\p{L}])(?:kinderen|kids|zonen|dochters|kleinkinderen|pleegkinderen|stiefkinderen|broers|broertjes|zussen|zusjes|tweeling|ouders|grootouders|echtpaar)(?:(?: \p{Ll}{2,8}){0,2}: \d{1,2})? ?$/iu;
const AGES_LISTED = /\((\d{1,2})(?:(?:, ?| en | & )\d{1,2})+(?: jaar| jr\.?)?(?:\)| [—–-] |; )/y;
/** "Lieke (gr 5, 8)", "Adam (tweeling, gr 7, 11)", "Meneer Blom (vaste gast, 63)": after a name, the number that closes a bracket of remarks. */
const LAST_IN_BRACKETS =
  /\((?:(?:gr|groep|klas) \d{1,2}|[\p{Ll}][\p{Ll} -]{1,24})(?:, (?:(?:gr|groep|klas) \d{1,2}|[\p{Ll}][\p{Ll} -]{1,24}))*, (\d{1,3})\)/uy;
/** "(m/72)", "(v/34)": sex and age with a slash, in brackets. */
const SEX_SLASH_AGE = /\([mvMV]\/(\d{1,3})\)/y;
const KIN_BEFORE =
  /(?<![\p{L}])(?:opa|oma|broer|broertje|zus|zusje|zoon|zoontje|dochter|dochtertje|neef|nicht|tante|oom|vriend|vriendin|kind|baby|pleegkind|stiefzoon|stiefdochter|kleinzoon|kleindochter|buurjongen|buurmeisje) $/iu;
/** The lower-case word right before " (" or "(": "opa henk (84)", "mijn broertje sem (6)". */
const LOWER_WORD_BEFORE = /(?<![\p{L}])\p{Ll}[\p{Ll}'’-]{1,}$/u;

/** "(resp. 12, 9 en 4)", "(respectievelijk 8 en 5 jaar)". */
const RESPECTIVE_AGES = /\((?:resp\.?|respectievelijk) (\d{1,3}(?:(?:, ?| en | & )\d{1,3})+)(?: jaar| jr\.?)?\)/y;
/** "(vaste gast, 63)", "(tweeling, gr 7, 11)": words first, the last item a bare number. */
const ROLE_THEN_AGE =
  /\((?!(?:artikel|art|blz|bladzijde|pagina|p|lid|bijlage|hoofdstuk|paragraaf|sectie|nr|nummer|punt|stap|fase|versie|kamer|regel|zie|tel|vraag)(?![\p{L}]))\p{L}[^()\n:€%]{0,40}, (\d{1,3})\)/iuy;

/**
 * After a name, a bracket of words that ends in ", N)": where N starts, or -1. The name is one of the lists, or any
 * capitalised word where the remarks are lower-case words or a school group ("Lieke (gr 5, 8)").
 */
function ageAfterRole(text: string, at: number): number {
  ROLE_THEN_AGE.lastIndex = at;
  const m = ROLE_THEN_AGE.exec(text);
  if (!m || Number(m[1]) > MOST_YEARS || !(nameBefore(text, at) || (capitalisedBefore(text, at) && testAt(LAST_IN_BRACKETS, text, at))))
    return -1;
  return m.index + m[0].length - 1 - m[1]!.length;
}

function execAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}
/**
 * "(± 40)", "(ongeveer 20)", "(ca. 35)": an adverb and an age, alone in brackets; "(sinds kort 71, nu met pensioen)", "(zelf
 * 59, werkt …)", "(nu 12)": an adverb that leaves the age exact, first in the bracket (a guess, "ruim 60, …", is none).
 */
const APPROXIMATE_IN_BRACKETS =
  /\((?:(?:±|ca\.|circa|ongeveer|een jaar of|rond de|rond|bijna|ruim) ?(\d{1,3})\)|(?:nu|inmiddels|pas|net|sinds (?:kort|gisteren|vorige (?:week|maand))|zelf(?: ook)?(?: al)?|ook al|al) (\d{1,3})(?=!?\)|, ))/y;
const PARENT_BEFORE = /(?<![\p{L}])(?:moeder|vader|partner|man|vrouw|cliënte?|client|mevrouw|meneer|dhr\.?|mw\.?|mevr\.?) $/iu;

const YEAR_OF_BIRTH_BEFORE = /(?<![\p{L}])(?:geboren|geb\.?|geboortejaar)(?: in)?:? (?:19|20)\d\d ?$/iu;
/** After the age first in a bracket: a comma and more, not a date's day ("(12, 13 mei)") or a list of numbers. */
const AGE_FIRST_IN_BRACKET = /, (?!\d{1,2}(?:[-/.]|,| en | ?(?:jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)))[^()\n]{1,60}\)/iy;
/** " maanden)", " mnd)", " weken)": after a number in brackets. */
const MONTHS_IN_BRACKET = / ?(?:maanden|maand|mnd\.?|weken|wk\.?)(?=\))/y;

/** Ages in brackets: "(m/72)", "kinderen (2, 5 en 8)", "(resp. 12, 9 en 4)", "Lieke (gr 5, 8)", "(Bram 9, Nienke 6)", "geboren 1980 (45)", "Moeder (± 40)", "opa henk (84)". */
export function agesInBrackets(text: string, spans: Span[]): void {
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    SEX_SLASH_AGE.lastIndex = at;
    const slash = SEX_SLASH_AGE.exec(text);
    if (slash && Number(slash[1]) <= MOST_YEARS)
      spans.push({ start: at + 3, end: at + 3 + slash[1]!.length, label: 'AGE', source: 'age-sex-slash' });
    if (isDigitCode(codeAt(text, at + 1)) && PLURAL_KIN_BEFORE.test(text.slice(Math.max(0, at - 36), at))) {
      AGES_LISTED.lastIndex = at;
      const listed = AGES_LISTED.exec(text);
      if (listed)
        for (const n of listed[0].matchAll(/\d{1,2}/g))
          spans.push({ start: at + n.index, end: at + n.index + n[0].length, label: 'AGE', source: 'age-listed-in-brackets' });
    }
    if (codeAt(text, at + 1) === 114 && capitalisedBefore(text, at)) {
      // "Nana, Kojo en Esi (resp. 12, 9 en 4)": the ages of the names before, in their order.
      RESPECTIVE_AGES.lastIndex = at;
      const listed = RESPECTIVE_AGES.exec(text);
      if (listed)
        for (const n of listed[1]!.matchAll(/\d{1,3}/g))
          if (Number(n[0]) <= MOST_YEARS) {
            const start = at + listed[0].indexOf(listed[1]!) + n.index;
            spans.push({ start, end: start + n[0].length, label: 'AGE', source: 'age-respective' });
          }
    } else if ((classAt(text, at + 1) & LETTER) !== 0) {
      // "Meneer Blom (vaste gast, 63)", "Lieke (gr 5, 8)": after a name, a bracket that ends in a bare number after a comma.
      const age = ageAfterRole(text, at);
      if (age !== -1) spans.push({ start: age, end: digitRunEnd(text, age), label: 'AGE', source: 'age-after-role' });
    }
    if ((classAt(text, at + 1) & UPPER) !== 0) {
      NAMES_WITH_AGES.lastIndex = at;
      const list = NAMES_WITH_AGES.exec(text);
      if (list && list[0].endsWith(')')) {
        for (const pair of list[0].matchAll(NAME_WITH_AGE)) {
          const name = at + pair.index;
          const age = name + pair[0].length - pair[2]!.length;
          const word = pair[1]!.toLowerCase();
          // "(Klas 4, Lokaal 2)": a common word with a number is no child.
          if (NOT_NAMES.has(word) || (!FIRST_NAMES.has(word) && isCommon(word))) continue;
          spans.push({ start: name, end: name + pair[1]!.length, label: 'PERSON', source: 'person-with-age-in-brackets' });
          spans.push({ start: age, end: age + pair[2]!.length, label: 'AGE', source: 'age-with-name-in-brackets' });
        }
      }
    }
    const digits = at + 1;
    const end = digitRunEnd(text, digits);
    if (end > digits && end - digits <= 3 && Number(text.slice(digits, end)) <= MOST_YEARS) {
      // "geboren 1980 (45)", "geb. 2009 (16)": the age after a year of birth.
      if (codeAt(text, end) === 41 && YEAR_OF_BIRTH_BEFORE.test(text.slice(Math.max(0, at - 24), at))) {
        spans.push({ start: digits, end, label: 'AGE', source: 'age-after-year-of-birth' });
        continue;
      }
      // "Tim (16, 4 havo)", "Mw. Tuncel (52, Irisstraat 4)", "haar broer (23, dyslexie)": after a name or kin, an age first in the bracket.
      if (testAt(AGE_FIRST_IN_BRACKET, text, end) && (nameBefore(text, at) || KIN_BEFORE.test(text.slice(Math.max(0, at - 14), at)))) {
        spans.push({ start: digits, end, label: 'AGE', source: 'age-first-in-brackets' });
        continue;
      }
      // "de kleine (8 maanden)", "Mees (7 mnd)": a young child's age in months or weeks.
      const months = unitAt(MONTHS_IN_BRACKET, text, end);
      if (months > 0 && (childWordBefore(text, at) || firstNameBefore(text, at === 0 || codeAt(text, at - 1) !== 32 ? at + 1 : at))) {
        spans.push({ start: digits, end: end + months, label: 'AGE', source: 'age-months-in-brackets' });
        continue;
      }
    }
    // "Moeder (± 40)", "zijn broer (ongeveer 20)": an approximate age in brackets after kin or a name.
    const approximate = isDigitCode(codeAt(text, at + 1)) ? null : execAt(APPROXIMATE_IN_BRACKETS, text, at);
    const approximateAge = approximate ? (approximate[1] ?? approximate[2]!) : '';
    if (approximate && Number(approximateAge) <= MOST_YEARS) {
      const before = text.slice(Math.max(0, at - 14), at);
      if (KIN_BEFORE.test(before) || PARENT_BEFORE.test(before) || nameBefore(text, at)) {
        // The first form ends in the bracket, the second before what follows the age.
        const start = at + approximate[0].length - (approximate[1] ? 1 : 0) - approximateAge.length;
        spans.push({ start, end: start + approximateAge.length, label: 'AGE', source: 'age-approximate-in-brackets' });
        continue;
      }
    }
    // A lower-case known first name (no Dutch word), then its age in brackets: the name and the age (informal notes and messages).
    if (end === digits || end - digits > 2 || codeAt(text, end) !== 41) continue;
    const gap = codeAt(text, at - 1) === 32 ? at - 1 : at;
    const window = text.slice(Math.max(0, gap - 40), gap);
    const word = LOWER_WORD_BEFORE.exec(window)?.[0];
    // A name that is also a word ("henk", "sem") counts after a kinship word: "opa henk (84)".
    const afterKin = word !== undefined && KIN_BEFORE.test(window.slice(0, window.length - word.length));
    if (word && FIRST_NAMES.has(word) && (afterKin || !NAMES_THAT_ARE_WORDS.has(word)) && !NOT_NAMES.has(word)) {
      spans.push({ start: gap - word.length, end: gap, label: 'PERSON', source: 'person-lower-before-age' });
      spans.push({ start: digits, end, label: 'AGE', source: 'age-after-lower-name' });
    }
  }
}
