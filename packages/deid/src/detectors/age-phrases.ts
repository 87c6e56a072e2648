// Ages in phrases around a number: "een meisje van 12", "kinderen van 4 en 7", "zijn vader, 67,",
// "een jongen van een jaar of 8", "twee halfbroers (13 en 15)",
// "Mw. (82)", "(m, 45)", "ik ben 19", "ik ben zelf ook 78", "toen ze 19 was", "net 65 geworden". Tried only at short runs of digits, with
// the words before and after them, so a text without such numbers costs one pass over its digit runs.
import type { Span } from '../labels.js';
import { isGroupAge } from './age-years.js';
import { FIRST_NAMES, NAMES_THAT_ARE_WORDS, NOT_NAMES, PLACES, SURNAMES } from '../lexicon.js';
import { isCommon } from '../statistical/token-features.js';
import { classAt, digitRunEnd, LETTER, matchesAt, phraseStarts, phrasesOf, UPPER, type Scan } from '../scan.js';

const PERSON_NOUNS =
  'meisje|meid|jongen|jongetje|knul|vrouw|man|zoon|dochter|kind|kinderen|kindje|broer|broertje|zus|zusje|moeder|vader|baby|tiener|jongere|dame|heer|meneer|mevrouw|buurman|buurvrouw|oma|opa|kleinzoon|kleindochter|cliënt|client|leerling|tweeling|pleegkind|pleegzoon|pleegdochter|vriend|vriendin|neef|nicht|partner';
const KIN_NOUNS =
  'zoontje|dochtertje|broertje|zusje|kleinzoon|kleindochter|jongste|oudste|middelste|vader|moeder|zoon|dochter|broer|zus|oma|opa|partner|man|vrouw|echtgenoot|echtgenote|buurman|buurvrouw|tante|oom|kind|jongen|meisje|schoonmoeder|schoonvader|stiefvader|stiefmoeder';
/** Before the number: what makes it an age. */
const BEFORE = [
  new RegExp(
    `(?<![\\p{L}])(?:${PERSON_NOUNS}) van (?:een jaar of |ongeveer |rond |rond de |in de |ergens in de |bijna |ruim |net |pas |amper |nog geen )?$`,
    'iu',
  ),
  new RegExp(`(?<![\\p{L}])(?:${KIN_NOUNS}), $`, 'iu'),
  /(?<![\p{L}])(?:mw|mevr|dhr|mevrouw|meneer)\.? \($/iu,
  /(?:\(|, )[mvMV], $/u,
  /(?<![\p{L}])(?:ik ben|ben ik|ik word|word ik|je bent|ben je|die|dat|wie|die van) (?:(?:nu|al|pas|bijna|net|inmiddels|zelf|ook|zelfs|toch) ){0,2}$/iu,
  /(?<![\p{L}])(?:broers|broertjes|zussen|zusjes|halfbroers|halfbroertjes|halfzussen|halfzusjes|kinderen|zonen|dochters|kleinkinderen|stiefkinderen|pleegkinderen) \($/iu,
  /(?<![\p{L}])(?:toen|sinds) (?:ze|zij|hij|ik|je|jij|we|wij) $/iu,
  /(?<![\p{L}])(?:kinderen|kids|jongens|meisjes|meiden|zonen|dochters|tweeling|broers|broertjes|zussen|zusjes) zijn (?:nu |inmiddels )?$/iu,
  /(?<![\p{L}])(?:(?:is|was|wordt|van|\() ?(?:eind|begin|midden)|(?:is|was|ergens|al|nu|ook) in de) $/iu,
  /(?<![\p{L}])(?:oudste|jongste|middelste)(?: van)? $/iu,
  /(?<![\p{L}])(?:is|was|wordt|werd|lijkt) (?:(?:nu|al|ook|toch|dan) )?een jaar of $/iu,
  /(?<![\p{L}])(?:toen|nu|inmiddels|destijds|dan|daar|hier) (?:was|is|wordt|werd) (?:ze|zij|hij) (?:(?:pas|al|nog|net|bijna|ongeveer) )?$/iu,
  /(?<![\p{L}])(?:m'n|mijn|mn|haar|zijn|z'n|onze|hun) (?:zoon|zoontje|dochter|dochtertje|broer|broertje|zus|zusje|kind|jongste|oudste|man|vrouw|vriend|vriendin|moeder|vader|opa|oma|neef|nicht|kleinzoon|kleindochter) $/iu,
];
/** After the number, for each of BEFORE: what closes the phrase (no amount, time, date or count). */
const AFTER = [
  /^(?: (?:jaar|jr\.?|maanden|maand|weken|mnd\.?)(?![\p{L}])| en \d{1,3}(?!\d)|(?=[ ,.;:!?)\n]|$))(?! ?(?:euro|uur|u\b|tot|t\/m|min|minuten|kilo|kg|cm|km|dagen|procent|%|pagina|keer|x\b|meter|m2|liter|gram|cent|stuks|bladzijden|punten|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec)\b)/iu,
  /^(?:,| jaar| jr\.?|\)|\.(?!\d)|\n|$)/u,
  /^\)/u,
  /^(?:\)| jaar| jr|,)/u,
  /^(?: jaar| jr\.?)?(?=[,.;!?)\n]|$| en | maar | dus | want | is(?![\p{L}])| wordt(?![\p{L}]))/u,
  /^(?: en \d{1,3})?\)/u,
  /^(?: jaar| jr\.?)? (?:was|werd|is|wordt|waren|werden)(?![\p{L}])/u,
  /^ en \d{1,2}(?!\d)(?! ?(?:euro|uur|keer|kilo|procent|%|jaar geleden))/u,
  /^(?=[ ,.;:!?)\n]|$)(?! ?(?:km|kilometer|euro|procent|%|graden|uur|minuten|jaar|dagen|weken|meter|kilo|kg)(?![\p{L}]))/u,
  /^(?: jaar| jr\.?)?(?=[,.;!?)\n]|$| en | is | was | gaat | zit | woont | heeft )/u,
  /^(?: jaar)?(?=[ ,.;:!?)\n]|$)(?! (?:geleden|terug|later|eerder|bezig|getrouwd|samen|gewerkt|gewoond|uur|keer|euro|dagen|weken|maanden)(?![\p{L}]))/u,
  /^(?: jaar| jr\.?)?(?=[,.;!?)\n]|$| (?:en|toen|maar|dus|want|is|was)(?![\p{L}]))/u,
  /^(?: jaar| jr\.?)?(?=[,.;!?)\n]|$| (?:en|is|was|doet|wil|heeft|gaat|zit|woont|zegt|moet|kan|mag|komt|ofzo|of zo)(?![\p{L}]))/u,
];
/** "net 65 geworden", "is vorige week 40 geworden". */
const BECAME = /^ (?:jaar )?geworden(?![\p{L}])/u;
const MOST_YEARS = 110;
/** The indexes of BEFORE that end in a bracket, a comma and a space, or a word and a space. */
const AFTER_BRACKET = [2, 5];
const AFTER_COMMA = [1, 3];
const AFTER_WORD = [0, 4, 6, 7, 8, 9, 10, 11, 12];
/** The last words of BEFORE: a cheap first test, /(?<=(?:van|ben|…) )/i at the number (any letters may come before the word). */
const LEAD_WORDS = [
  'van',
  'ben',
  'word',
  'bent',
  'je',
  'ik',
  'nu',
  'al',
  'pas',
  'bijna',
  'net',
  'of',
  'ongeveer',
  'rond',
  'die',
  'dat',
  'wie',
  'inmiddels',
  'zelf',
  'ook',
  'zelfs',
  'toch',
  'ze',
  'zij',
  'hij',
  'jij',
  'we',
  'wij',
  'zijn',
  'ruim',
  'amper',
  'geen',
  'eind',
  'begin',
  'midden',
  'de',
  'oudste',
  'jongste',
  'middelste',
  'zoon',
  'zoontje',
  'dochter',
  'dochtertje',
  'broer',
  'broertje',
  'zus',
  'zusje',
  'kind',
  'man',
  'vrouw',
  'vriend',
  'vriendin',
  'moeder',
  'vader',
  'opa',
  'oma',
  'neef',
  'nicht',
  'kleinzoon',
  'kleindochter',
];
/** LEAD_WORDS by their last letter (each number is looked at: most are passed over by one lookup). */
const LEAD_WORDS_BY_LAST: (string[] | undefined)[] = [];
for (const word of LEAD_WORDS) (LEAD_WORDS_BY_LAST[word.charCodeAt(word.length - 1)] ??= []).push(word);

/** Whether one of LEAD_WORDS, in any ASCII case, ends at `end` (as the i flag without u compares them). */
function leadWordBefore(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  const words = LEAD_WORDS_BY_LAST[last >= 65 && last <= 90 ? last + 32 : last];
  if (words === undefined) return false;
  for (const word of words) {
    let k = word.length;
    const from = end - k;
    if (from < 0) continue;
    for (; k > 0; k--) {
      const code = text.charCodeAt(from + k - 1);
      if (code !== word.charCodeAt(k - 1) && code !== word.charCodeAt(k - 1) - 32) break;
    }
    if (k === 0) return true;
  }
  return false;
}

/** "kinderen van 2, 4 en 7 jaar", "Leeftijden: 3, 5 en 8 jaar": a list of ages that ends in a unit; the last one age-years finds. */
const AGE_LIST = /\d{1,2}(?:, \d{1,2})*(?:,? en \d{1,2}) (?:jaar|jr\.?)(?![\p{L}])/uy;
const LIST_LEAD = /(?:(?<![\p{L}])(?:van|zijn|kinderen|ouders)|:) $/iu;
/** "3 kinderen van 4, 6 en 9.": after children "van", a list that ends the clause is their ages, without a unit. */
const CHILDREN_OF =
  /(?<![\p{L}])(?:(?:kinderen|kids|zonen|zoons|dochters|kleinkinderen|meisjes|meiden|jongens|broers|broertjes|zussen|zusjes) (?:van|zijn)|(?:ouders|grootouders|ze|zij) zijn) $/u;
const BARE_AGE_LIST = /\d{1,2}(?:, \d{1,2})*,? en \d{1,2}(?=[.,;)\n]|$)/y;
/** "een jongen van veertien", "zoontje van drie maanden": a child's age written out, or in months or weeks. */
const CHILD_AGE_WORD = new RegExp(
  `(?<![\\p{L}])(?:zoon|zoontje|dochter|dochtertje|kind|kindje|baby|broertje|zusje|meisje|meid|jongen|jongetje|tweeling|pleegkind|kleinzoon|kleindochter)[ \\t]van[ \\t](?:(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien)(?:[ \\t]jaar)?|((?:\\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)[ \\t](?:maanden|maand|mnd|weken|week)))(?![\\p{L}\\d])(?![ \\t](?:euro|uur|minuten|kilo|kg|cm|procent|keer|vaders|moeders|ouders)(?![\\p{L}]))`,
  'giu',
);
const CHILD_AGE_PHRASES = phrasesOf(
  'zoon|zoontje|dochter|dochtertje|kind|kindje|baby|broertje|zusje|meisje|meid|jongen|jongetje|tweeling|pleegkind|kleinzoon|kleindochter'.split(
    '|',
  ),
);

/** "sinds zijn 16e", "op haar 18de", "vanaf mijn 12e": an age as an ordinal after a possessive. */
const ORDINAL_AGE =
  /(?<![\p{L}])(?:[Oo]p|[Ss]inds|[Vv]anaf|[Tt]ot|[Nn]a|[Vv]oor|[Vv]óór|[Rr]ond|[Tt]ot aan) (?:zijn|haar|mijn|m'n|z'n|hun) (\d{1,2}(?:e|de|ste))(?![\p{L}\d])/gu;
const ORDINAL_LEADS = phrasesOf(['op', 'sinds', 'vanaf', 'tot', 'na', 'voor', 'vóór', 'rond']);

/** "(Bram 9, Nienke 6)", "(Sem 4 en Lotte 2)": names, each with an age, and nothing else in the brackets. */
const NAMES_WITH_AGES = /\((?:\p{Lu}\p{Ll}+ \d{1,2}(?:, | en |\)))+/uy;
const NAME_WITH_AGE = /(\p{Lu}\p{Ll}+) (\d{1,2})/gu;
const isDigitCode = (code: number) => code >= 48 && code <= 57;
/** "kinderen (2, 5 en 8)", "zonen (6, 9)": ages of the children a plural word names, listed in brackets. */
const PLURAL_KIN_BEFORE =
  /(?<![\p{L}])(?:kinderen|kids|zonen|dochters|kleinkinderen|pleegkinderen|stiefkinderen|broers|broertjes|zussen|zusjes|tweeling|ouders|grootouders|echtpaar) ?$/iu;
const AGES_LISTED = /\((\d{1,2})(?:(?:, ?| en | & )\d{1,2})+(?: jaar| jr\.?)?\)/y;
/** "Geslacht/leeftijd: M/45", "V/38": sex and age with a slash, after a label or at a line's start. */
const SEX_SLASH_AGE_BARE = /(?<=(?:^|\n|: ?|, )[MVmv]\/)\d{1,3}(?![\d/.,:-])/uy;
/** "Lieke (gr 5, 8)", "Adam (tweeling, gr 7, 11)", "Meneer Blom (vaste gast, 63)": after a name, the number that closes a bracket of remarks. */
const LAST_IN_BRACKETS =
  /\((?:(?:gr|groep|klas) \d{1,2}|[\p{Ll}][\p{Ll} -]{1,24})(?:, (?:(?:gr|groep|klas) \d{1,2}|[\p{Ll}][\p{Ll} -]{1,24}))*, (\d{1,3})\)/uy;
/** "(m/72)", "(v/34)": sex and age with a slash, in brackets. */
const SEX_SLASH_AGE = /\([mvMV]\/(\d{1,3})\)/y;
const KIN_BEFORE =
  /(?<![\p{L}])(?:opa|oma|broer|broertje|zus|zusje|zoon|zoontje|dochter|dochtertje|neef|nicht|tante|oom|vriend|vriendin|kind|baby|pleegkind|stiefzoon|stiefdochter|kleinzoon|kleindochter|buurjongen|buurmeisje) $/iu;
/** The lower-case word right before " (" or "(": "opa henk (84)", "mijn broertje sem (6)". */
const LOWER_WORD_BEFORE = /(?<![\p{L}])\p{Ll}[\p{Ll}'’-]{1,}$/u;

const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?';
/** "wordt 2 december 18", "(wordt volgende week 18)", "wordt 18 op 8/12": a birthday to come says the number is an age, whoever the subject. */
const BIRTHDAY_AGE = new RegExp(
  `[Ww]ordt (?:(?:(?:volgende|deze|komende) (?:week|maand)|volgend jaar|dit jaar|binnenkort|(?:op )?\\d{1,2} ${MONTH}|op \\d{1,2}[-/]\\d{1,2}) (\\d{1,3})(?=[ ,.;:)!?\\n]|$)|(\\d{1,3}) op (?:\\d{1,2}[-/]\\d{1,2}|\\d{1,2} ${MONTH}))`,
  'uy',
);
const WORDT = phrasesOf(['wordt']);

/** "(resp. 12, 9 en 4)", "(respectievelijk 8 en 5 jaar)". */
const RESPECTIVE_AGES = /\((?:resp\.?|respectievelijk) (\d{1,3}(?:(?:, ?| en | & )\d{1,3})+)(?: jaar| jr\.?)?\)/y;
/** "(vaste gast, 63)", "(tweeling, gr 7, 11)": words first, the last item a bare number. */
const ROLE_THEN_AGE =
  /\((?!(?:artikel|art|blz|bladzijde|pagina|p|lid|bijlage|hoofdstuk|paragraaf|sectie|nr|nummer|punt|stap|fase|versie|kamer|regel|zie|tel|vraag)(?![\p{L}]))\p{L}[^()\n:€%]{0,40}, (\d{1,3})\)/iuy;

/** Where the word before `at` (a space or none between) starts, if it starts with a capital; else -1. */
function capitalisedWordStart(text: string, at: number): number {
  const end = text.charCodeAt(at - 1) === 32 ? at - 1 : at;
  let start = end;
  while (start > 0 && (classAt(text, start - 1) & LETTER) !== 0) start--;
  if (start === end || (classAt(text, start) & UPPER) === 0) return -1;
  return start;
}
const capitalisedBefore = (text: string, at: number) => capitalisedWordStart(text, at) !== -1;

/**
 * Whether a name ends right before `at` (or a space before it): a first name of the lists, a surname that is no common
 * word, or a capitalised word after a tussenvoegsel or a first name ("Daan van den Heuvel", "Kees Bakker").
 */
function nameBefore(text: string, at: number): boolean {
  const start = capitalisedWordStart(text, at);
  if (start === -1) return false;
  const word = text.slice(start, text.charCodeAt(at - 1) === 32 ? at - 1 : at).toLowerCase();
  if (TITLE_WORDS.has(word)) return true;
  if (NOT_NAMES.has(word)) return false;
  if (TITLE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  const inName = TUSSENVOEGSEL_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || firstNameBefore(text, start);
  // "Amsterdam, 12": a place of the lists is no name here, unless it ends a name ("Fenna van der Berg").
  if (PLACES.has(word)) return inName;
  return inName || FIRST_NAMES.has(word) || (SURNAMES.has(word) && !isCommon(word));
}

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

const WRITTEN_UNITS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const WRITTEN_TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
/** Ages written out, ten to ninety-nine ("zesennegentig", "tweeëntachtig"). */
const WRITTEN_AGES = phrasesOf([
  ...'tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien'.split(' '),
  ...WRITTEN_TENS,
  ...WRITTEN_TENS.flatMap((tens) => WRITTEN_UNITS.map((unit) => `${unit}${unit.endsWith('e') ? 'ën' : 'en'}${tens}`)),
]);
/** After an age written out: a comma, its unit, a bracket or the sentence's or line's end. */
const WRITTEN_AGE_CLOSES = /(?: jaar)?(?=[,)!?\n]|\.(?!\d)|$| en )/y;

/** "ik ben zeventien", "ben je al twintig?". */
const I_AM = /(?<![\p{L}])(?:ik ben|ben ik|je bent|ben je|jij bent|ben jij) (?:(?:nu|al|pas|bijna|net|inmiddels|zelf|ook) ){0,2}$/iu;
/** "mevrouw Lammers, zesennegentig, in …", "ik ben zeventien": an age written out between a name and a comma, or after "ik ben". */
function writtenAgesAfterNames(text: string, found: Scan, spans: Span[]): void {
  for (const start of phraseStarts(found, WRITTEN_AGES)) {
    if (text.charCodeAt(start - 1) !== 32) continue;
    const afterName = text.charCodeAt(start - 2) === 44 && nameBefore(text, start - 2);
    if (!afterName && !I_AM.test(text.slice(Math.max(0, start - 24), start))) continue;
    let end = start;
    while (end < text.length && (classAt(text, end) & LETTER) !== 0) end++;
    if (testAt(WRITTEN_AGE_CLOSES, text, end)) spans.push({ start, end, label: 'AGE', source: 'age-written-after-name' });
  }
}

function execAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}
/** "(± 40)", "(ongeveer 20)", "(ca. 35)": an adverb and an age, alone in brackets. */
const APPROXIMATE_IN_BRACKETS = /\((?:±|ca\.|circa|ongeveer|rond|bijna|ruim|nu|inmiddels|pas|net) ?(\d{1,3})\)/y;
const PARENT_BEFORE = /(?<![\p{L}])(?:moeder|vader|partner|man|vrouw|cliënte?|client|mevrouw|meneer|dhr\.?|mw\.?|mevr\.?) $/iu;
function testAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Whether a capitalised first name of the lists and a space end at `end`. */
function firstNameBefore(text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 32) return false;
  const start = capitalisedWordStart(text, end - 1);
  return start !== -1 && FIRST_NAMES.has(text.slice(start, end - 1).toLowerCase());
}
/** "Mevrouw, nu 91,", "Meneer, 83,": a capitalised title stands for the person. */
const TITLE_WORDS = new Set(['mevrouw', 'meneer', 'cliënt', 'cliënte', 'client', 'bewoner', 'bewoonster', 'betrokkene']);
const TITLE_BEFORE = /(?<![\p{L}])(?:meneer|mevrouw|mevr\.|mw\.|dhr\.|mr\.|fam\.|familie|juf|meester) $/iu;
/** A capitalised word and a tussenvoegsel: "Daan van den ", not "de " alone ("volgens de Regeling"). */
const TUSSENVOEGSEL_BEFORE = /\p{Lu}\p{Ll}+ (?:van|van de|van den|van der|de|den|der|ter|ten|te|in 't|in het|op de|uit de) $/u;

const YEAR_OF_BIRTH_BEFORE = /(?<![\p{L}])(?:geboren|geb\.?|geboortejaar)(?: in)?:? (?:19|20)\d\d ?$/iu;
/** After the age first in a bracket: a comma and more, not a date's day ("(12, 13 mei)") or a list of numbers. */
const AGE_FIRST_IN_BRACKET = /, (?!\d{1,2}(?:[-/.]|,| en | ?(?:jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)))[^()\n]{1,60}\)/iy;
/** " maanden)", " mnd)", " weken)": after a number in brackets. */
const MONTHS_IN_BRACKET = / ?(?:maanden|maand|mnd\.?|weken|wk\.?)(?=\))/y;
/** " maanden", " mnd", " weken" after a number. */
const MONTHS_AFTER = / (?:maanden|maand|mnd\.?|weken|wk\.?)(?![\p{L}])/uy;
/** A young child's word right before `at` (a space between): "de kleine (8 maanden)", "baby is 4 maanden". */
const CHILD_BEFORE =
  /(?<![\p{L}])(?:baby|babytje|kind|kindje|zoon|zoontje|dochter|dochtertje|jongste|kleine|tweeling|broertje|zusje|kleinzoon|kleindochter|pleegkind|nichtje|neefje) ?$/iu;
const childWordBefore = (text: string, at: number) => CHILD_BEFORE.test(text.slice(Math.max(0, at - 14), at));
/** After "N maanden": "oud", or the clause's end. */
const MONTHS_CLOSE = / oud(?![\p{L}])|(?=[.,;!?)\n]|$| en | maar )/uy;
/** The length of `pattern`'s match at `at`, or 0. */
function unitAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0].length ?? 0;
}

/** ", nu 91": where the comma before an adverb and the space at `space` is, or -1. */
function adverbCommaBefore(text: string, space: number): number {
  const m = COMMA_ADVERB.exec(text.slice(Math.max(0, space - 11), space));
  return m ? space - m[0].length : -1;
}
const COMMA_ADVERB = /, (?:nu|inmiddels|bijna|ruim|al|pas|net|ongeveer|circa|ca\.)$/;
/** After "Name, 15": a comma, a bracket, the sentence's or line's end (not "Jansen, 12 mei" nor "Bos, 3 kinderen"). */
const COMMA_AGE_CLOSES = /(?: jaar| jr\.?)?(?=[,;)\n]|[.:](?!\d)|$)/y;
/** " is ", " is nu ": the verb between a child and its age in months. */
const IS_BEFORE = / (?:is|was|wordt) (?:(?:nu|pas|bijna|al|net|inmiddels|ongeveer|ruim) )?$/u;

/** After "80": the ordinal's ending and the birthday or year of life it counts. */
const BIRTHDAY_ORDINAL = /(?:e|ste|de) (?:verjaardag|levensjaar)(?![\p{L}])/uy;

/** " years old", " year old": English mail and reports ("Their daughter, 4 years old"). */
const YEARS_OLD = /[ -]years?[ -]old(?![\p{L}])/uy;
/** A field that names a person, then the name and ", 31" or ", ongeveer 35" at the line's end ("Moeder: Hawa Hassan, 31"). */
const PERSON_FIELD =
  /(?:^|\n)[ \t]*(?:[-•*] )?(?:\p{L}+ )?(?:moeder|vader|kind|zoon|dochter|partner|ouder|cliënt|client|naam|jongere|broer|zus|oma|opa|aanvrager|betrokkene|verzorger|pleegouder|pleegmoeder|pleegvader|gezinslid|stiefvader|stiefmoeder|echtgenoot|echtgenote|huisgenoot|bewoner)(?: \d)?: [^\n:]{2,60}, (?:(?:ongeveer|circa|ca\.|rond|ruim|bijna|±) )?$/iu;
/** After the number: perhaps its unit, then the line's end. */
const LINE_ENDS = /(?: jaar| jr\.?)?[ \t.]*(?:\n|$)/y;

export function findAgePhrases(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  writtenAgesAfterNames(text, found, spans);
  for (const at of phraseStarts(found, WORDT)) {
    BIRTHDAY_AGE.lastIndex = at;
    const m = BIRTHDAY_AGE.exec(text);
    const age = m?.[1] ?? m?.[2];
    if (!m || !age || Number(age) > MOST_YEARS) continue;
    const start = m[1] ? m.index + m[0].length - age.length : m.index + 6;
    spans.push({ start, end: start + age.length, label: 'AGE', source: 'age-birthday' });
  }
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    SEX_SLASH_AGE.lastIndex = at;
    const slash = SEX_SLASH_AGE.exec(text);
    if (slash && Number(slash[1]) <= MOST_YEARS)
      spans.push({ start: at + 3, end: at + 3 + slash[1]!.length, label: 'AGE', source: 'age-sex-slash' });
    if (isDigitCode(text.charCodeAt(at + 1)) && PLURAL_KIN_BEFORE.test(text.slice(Math.max(0, at - 16), at))) {
      AGES_LISTED.lastIndex = at;
      const listed = AGES_LISTED.exec(text);
      if (listed)
        for (const n of listed[0].matchAll(/\d{1,2}/g))
          spans.push({ start: at + n.index, end: at + n.index + n[0].length, label: 'AGE', source: 'age-listed-in-brackets' });
    }
    if (text.charCodeAt(at + 1) === 114 && capitalisedBefore(text, at)) {
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
      if (text.charCodeAt(end) === 41 && YEAR_OF_BIRTH_BEFORE.test(text.slice(Math.max(0, at - 24), at))) {
        spans.push({ start: digits, end, label: 'AGE', source: 'age-after-year-of-birth' });
        continue;
      }
      // "Tim (16, 4 havo)", "Mw. Yıldız (52, Hyacintenstraat 4)": after a name, an age first in the bracket.
      if (testAt(AGE_FIRST_IN_BRACKET, text, end) && nameBefore(text, at)) {
        spans.push({ start: digits, end, label: 'AGE', source: 'age-first-in-brackets' });
        continue;
      }
      // "de kleine (8 maanden)", "Mees (7 mnd)": a young child's age in months or weeks.
      const months = unitAt(MONTHS_IN_BRACKET, text, end);
      if (months > 0 && (childWordBefore(text, at) || firstNameBefore(text, at === 0 || text.charCodeAt(at - 1) !== 32 ? at + 1 : at))) {
        spans.push({ start: digits, end: end + months, label: 'AGE', source: 'age-months-in-brackets' });
        continue;
      }
    }
    // "Moeder (± 40)", "zijn broer (ongeveer 20)": an approximate age in brackets after kin or a name.
    const approximate = isDigitCode(text.charCodeAt(at + 1)) ? null : execAt(APPROXIMATE_IN_BRACKETS, text, at);
    if (approximate && Number(approximate[1]) <= MOST_YEARS) {
      const before = text.slice(Math.max(0, at - 14), at);
      if (KIN_BEFORE.test(before) || PARENT_BEFORE.test(before) || nameBefore(text, at)) {
        const start = at + approximate[0].length - 1 - approximate[1]!.length;
        spans.push({ start, end: start + approximate[1]!.length, label: 'AGE', source: 'age-approximate-in-brackets' });
        continue;
      }
    }
    // A lower-case known first name (no Dutch word), then its age in brackets: the name and the age (informal notes and messages).
    if (end === digits || end - digits > 2 || text.charCodeAt(end) !== 41) continue;
    const gap = text.charCodeAt(at - 1) === 32 ? at - 1 : at;
    const window = text.slice(Math.max(0, gap - 40), gap);
    const word = LOWER_WORD_BEFORE.exec(window)?.[0];
    // A name that is also a word ("henk", "sem") counts after a kinship word: "opa henk (84)".
    const afterKin = word !== undefined && KIN_BEFORE.test(window.slice(0, window.length - word.length));
    if (word && FIRST_NAMES.has(word) && (afterKin || !NAMES_THAT_ARE_WORDS.has(word)) && !NOT_NAMES.has(word)) {
      spans.push({ start: gap - word.length, end: gap, label: 'PERSON', source: 'person-lower-before-age' });
      spans.push({ start: digits, end, label: 'AGE', source: 'age-after-lower-name' });
    }
  }
  for (const m of matchesAt(ORDINAL_AGE, text, phraseStarts(found, ORDINAL_LEADS), found)) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + m[1]!.length, label: 'AGE', source: 'age-ordinal' });
  }
  for (const m of matchesAt(CHILD_AGE_WORD, text, phraseStarts(found, CHILD_AGE_PHRASES), found)) {
    const age = m[1] ?? m[2]!;
    const start = m.index + m[0].length - age.length;
    spans.push({ start, end: start + age.length, label: 'AGE', source: 'age-child-word' });
  }
  for (let i = 0; i < found.digitStarts.length; i++) {
    const at = found.digitStarts[i]!;
    const previous = text.charCodeAt(at - 1);
    const runEnd = found.digitEnds[i]!;
    if (previous === 32 && runEnd - at <= 3 && Number(text.slice(at, runEnd)) <= MOST_YEARS) {
      // "4 years old": the number and "years".
      // "Baby Noah is 4 maanden", "De baby is nu 9 maanden oud": a young child's age in months or weeks.
      const second = text.charCodeAt(runEnd + 1);
      const lead = text.charCodeAt(at - 2);
      const months = second === 109 || second === 119 ? unitAt(MONTHS_AFTER, text, runEnd) : 0;
      if (months > 0 && testAt(MONTHS_CLOSE, text, runEnd + months)) {
        const old = text.startsWith(' oud', runEnd + months);
        const subject = IS_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
        const subjectEnd = subject ? at - subject[0].length : -1;
        // "Het dossier is 3 maanden oud": after "is", only a child or a name has an age.
        if (subject ? childWordBefore(text, subjectEnd) || nameBefore(text, subjectEnd) : old) {
          spans.push({ start: at, end: runEnd + months, label: 'AGE', source: 'age-months' });
          continue;
        }
      }
      // "Kim, 34, alleenstaand", "Het gaat om Wessel, 15.", "Mevrouw, nu 91,": a bare number after a name and a comma.
      const comma = text.charCodeAt(at - 2) === 44 ? at - 2 : lead > 96 ? adverbCommaBefore(text, at - 1) : -1;
      if (comma !== -1 && testAt(COMMA_AGE_CLOSES, text, runEnd) && nameBefore(text, comma)) {
        spans.push({ start: at, end: runEnd, label: 'AGE', source: 'age-after-name-comma' });
        continue;
      }
      // "haar 80e verjaardag", "in zijn 70ste levensjaar".
      if ((second === 32 || second === 116 || second === 101) && testAt(BIRTHDAY_ORDINAL, text, runEnd)) {
        spans.push({ start: at, end: runEnd + (text.charCodeAt(runEnd) === 101 ? 1 : 3), label: 'AGE', source: 'age-birthday-ordinal' });
        continue;
      }
      // "aged 45" (English reports).
      if (lead === 100 && text.startsWith('aged', at - 5) && (classAt(text, at - 6) & LETTER) === 0) {
        spans.push({ start: at, end: runEnd, label: 'AGE', source: 'age-aged' });
        continue;
      }
      if (second === 121 && testAt(YEARS_OLD, text, runEnd)) {
        // "4 years old": the number and "years"; "a 45-year-old": all of it, as "45-jarige".
        const unit = text.charCodeAt(runEnd) === 45 ? YEARS_OLD.lastIndex - runEnd : text.charCodeAt(runEnd + 5) === 115 ? 6 : 5;
        spans.push({ start: at, end: runEnd + unit, label: 'AGE', source: 'age-years-old' });
        continue;
      }
      if ((lead === 44 || lead > 96) && testAt(LINE_ENDS, text, runEnd)) {
        // Within 100 characters back: a line without breaks is no field.
        const window = text.slice(Math.max(0, at - 101), at);
        const lineBreak = window.lastIndexOf('\n');
        const lineStart = lineBreak === -1 ? 0 : at - window.length + lineBreak + 1;
        if ((lineBreak !== -1 || at <= 100) && PERSON_FIELD.test(text.slice(Math.max(lineStart - 1, 0), at))) {
          spans.push({ start: at, end: runEnd, label: 'AGE', source: 'age-person-field' });
          continue;
        }
      }
    }
    // A list's lead ends in n (van, zijn, kinderen), s (ouders) or a colon: most numbers are passed over by that letter.
    const leadEnd = text.charCodeAt(at - 2);
    if (previous === 32 && (leadEnd === 110 || leadEnd === 115 || leadEnd === 58) && LIST_LEAD.test(text.slice(Math.max(0, at - 9), at))) {
      AGE_LIST.lastIndex = at;
      const list = AGE_LIST.exec(text);
      BARE_AGE_LIST.lastIndex = at;
      const bare = list
        ? null
        : leadEnd === 110 && CHILDREN_OF.test(text.slice(Math.max(0, at - 19), at))
          ? BARE_AGE_LIST.exec(text)
          : null;
      if (bare)
        for (const n of bare[0].matchAll(/\d{1,2}/g))
          spans.push({ start: at + n.index, end: at + n.index + n[0].length, label: 'AGE', source: 'age-list' });
      if (list) {
        // Every number but the last (age-years finds "7 jaar").
        const numbers = [...list[0].matchAll(/\d{1,2}/g)];
        for (const n of numbers.slice(0, -1))
          spans.push({ start: at + n.index, end: at + n.index + n[0].length, label: 'AGE', source: 'age-list' });
      }
    }
    // "M/45": sex, a slash and the age.
    if (previous === 47) {
      SEX_SLASH_AGE_BARE.lastIndex = at;
      const m = SEX_SLASH_AGE_BARE.exec(text);
      if (m && Number(m[0]) <= MOST_YEARS) spans.push({ start: at, end: at + m[0].length, label: 'AGE', source: 'age-sex-slash' });
      continue;
    }
    // Every phrase puts a space or a bracket right before the age.
    if (previous !== 32 && previous !== 40) continue;
    const end = found.digitEnds[i]!;
    const next = text.charCodeAt(end);
    // Long numbers, ranges, codes and times are no ages.
    if (end - at > 3 || next === 45 || next === 58 || text.charCodeAt(at - 2) === 45) continue;
    // Most numbers are passed over by the character before them and a look at the word there, without slicing.
    if (previous === 32 && text.charCodeAt(at - 2) !== 44) {
      const became = next === 32 && (text.charCodeAt(end + 1) === 103 || text.charCodeAt(end + 1) === 106);
      if (!became && !leadWordBefore(text, at - 1)) continue;
    }
    if (Number(text.slice(at, end)) > MOST_YEARS) continue;
    const after = text.slice(end, end + 24);
    if (BECAME.test(after)) {
      spans.push({ start: at, end, label: 'AGE', source: 'age-became' });
      continue;
    }
    const before = text.slice(Math.max(0, at - 24), at);
    // Which phrases can end here: a bracket, a comma, or a word before the number.
    const kinds = previous === 40 ? AFTER_BRACKET : text.charCodeAt(at - 2) === 44 ? AFTER_COMMA : AFTER_WORD;
    for (const k of kinds) {
      if (!BEFORE[k]!.test(before)) continue;
      // "is eind 40", "(begin 30)": a decade, no clock time or count.
      if (k === 8 && !/^[2-9]0$/.test(text.slice(at, end))) break;
      const closing = AFTER[k]!.exec(after);
      if (!closing || (k === 0 && isGroupAge(text, at))) break;
      const unit = /^ (?:jaar|jr\.?|maanden|maand|weken|mnd\.?)(?![\p{L}])/u.exec(after)?.[0] ?? '';
      spans.push({ start: at, end: end + unit.length, label: 'AGE', source: 'age-phrase' });
      const second = /^ en (\d{1,3})(?!\d)/.exec(after);
      if ((k === 0 || k === 5 || k === 7) && second && Number(second[1]) <= MOST_YEARS)
        spans.push({ start: end + 4, end: end + 4 + second[1]!.length, label: 'AGE', source: 'age-phrase' });
      break;
    }
  }
  return spans;
}
