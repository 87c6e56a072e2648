import type { Span } from '../labels.js';
import { isGroupAge } from './age-years.js';
import { MOST_YEARS } from './age-phrase-helpers.js';
import { codeAt } from '../scan.js';

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
  // "Mw. (82)", "dhr. K. (51)", "Pt. (63)": a title or a patient's abbreviation, perhaps initials, and the age in brackets.
  /(?<![\p{L}])(?:mw|mevr|dhr|mevrouw|meneer|pt|patiënte?|cliënte?|client)\.?(?: (?:[A-Z]\.){1,3})? \($/iu,
  /(?:\(|, )[mvMV], $/u,
  /(?<![\p{L}])(?:ik ben|ben ik|ik word|word ik|je bent|ben je|die|dat|wie|die van) (?:(?:nu|al|pas|bijna|net|inmiddels|zelf|ook|zelfs|toch|nog|steeds) ){0,2}$/iu,
  /(?<![\p{L}])(?:broers|broertjes|zussen|zusjes|halfbroers|halfbroertjes|halfzussen|halfzusjes|kinderen|zonen|dochters|kleinkinderen|stiefkinderen|pleegkinderen) \($/iu,
  /(?<![\p{L}])(?:toen|sinds) (?:ze|zij|hij|ik|je|jij|we|wij) $/iu,
  /(?<![\p{L}])(?:kinderen|kids|jongens|meisjes|meiden|zonen|dochters|tweeling|broers|broertjes|zussen|zusjes) zijn (?:nu |inmiddels )?$/iu,
  /(?<![\p{L}])(?:(?:is|was|wordt|van|\() ?(?:eind|begin|midden)|(?:is|was|ergens|al|nu|ook|ver) in de) $/iu,
  /(?<![\p{L}])(?:oudste|jongste|middelste)(?: van)? $/iu,
  /(?<![\p{L}])(?:is|was|wordt|werd|lijkt) (?:(?:nu|al|ook|toch|dan) )?een jaar of $/iu,
  /(?<![\p{L}])(?:toen|nu|inmiddels|destijds|dan|daar|hier) (?:was|is|wordt|werd) (?:ze|zij|hij) (?:(?:pas|al|nog|net|bijna|ongeveer) )?$/iu,
  /(?<![\p{L}])(?:m'n|mijn|mn|haar|zijn|z'n|onze|hun) (?:zoon|zoontje|dochter|dochtertje|broer|broertje|zus|zusje|kind|jongste|oudste|man|vrouw|vriend|vriendin|moeder|vader|opa|oma|neef|nicht|kleinzoon|kleindochter) $/iu,
  // "4 kinderen tussen 3 en 14": the children of one family counted, then their ages (no population: "kinderen tussen de 12 en 18").
  /(?<![\p{L}\d])(?:\d|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) (?:kinderen|kids|jongens|meisjes|zonen|dochters|kleinkinderen) tussen $/iu,
  // "zegt dat hij 22 is", "omdat ze 17 was": a pronoun, its age, then the verb that ends the clause ("als hij 18 wordt" is a
  // threshold, no one's age).
  /(?<![\p{L}])(?:dat|omdat|want|of) (?:hij|zij|ze) (?:(?:al|nu|pas|net|bijna|inmiddels|echt|zelf) )?$/iu,
  // "°1951, dus 74", "geb. 1948, nu 77": a year of birth and the age it gives.
  /(?:(?<![\p{L}])(?:geboren|geb\.?)(?: in)?:? ?|°)(?:19|20)\d\d, (?:dus|nu|inmiddels) $/iu,
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
  /^ en \d{1,2}(?!\d)(?: jaar)?(?=[ ,.;:!?)\n]|$)/u,
  /^(?: jaar| jr\.?)? (?:is|was)(?=[ ,.;!?)\n]|$)/u,
  /^(?: jaar| jr\.?)?(?=[,.;!?)\n]|$| of \d| en )/u,
];
/** "18 sinds vorige week", "14 sinds augustus": after the number, since when. */
const SINCE =
  /^ sinds (?:vorige|afgelopen|deze|gisteren|eergisteren|kort|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|mijn|zijn|haar|zn|mn)(?![\p{L}])/u;
/** Before it: the start of a message (a sender's colon, perhaps "nee"/"ja"), or "is"/"ben" and an adverb. */
const MESSAGE_START = /(?:^|\n|:)[ \t]*(?:(?:nee|ja|nope|yes|jawel|inmiddels|al|nu)[,!]?[ \t]+)?$/iu;
const IS_BEFORE = /(?<![\p{L}])(?:is|ben|bent|was|werd|wordt) (?:(?:nu|al|pas|net|inmiddels) )?$/iu;
/** "net 65 geworden", "is vorige week 40 geworden". */
const BECAME = /^ (?:jaar )?geworden(?![\p{L}])/u;
/** The indexes of BEFORE that end in a bracket, a comma and a space, or a word and a space. */
const AFTER_BRACKET = [2, 5];
const AFTER_COMMA = [1, 3];
const AFTER_WORD = [0, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
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
  'nog',
  'steeds',
  'tussen',
  'dus',
];
/** LEAD_WORDS by their last letter (each number is looked at: most are passed over by one lookup). */
const LEAD_WORDS_BY_LAST: (string[] | undefined)[] = [];
for (const word of LEAD_WORDS) (LEAD_WORDS_BY_LAST[codeAt(word, word.length - 1)] ??= []).push(word);

/** Whether one of LEAD_WORDS, in any ASCII case, ends at `end` (as the i flag without u compares them). */
function leadWordBefore(text: string, end: number): boolean {
  const last = codeAt(text, end - 1);
  const words = LEAD_WORDS_BY_LAST[last >= 65 && last <= 90 ? last + 32 : last];
  if (words === undefined) return false;
  for (const word of words) {
    let k = word.length;
    const from = end - k;
    if (from < 0) continue;
    for (; k > 0; k--) {
      const code = codeAt(text, from + k - 1);
      if (code !== codeAt(word, k - 1) && code !== codeAt(word, k - 1) - 32) break;
    }
    if (k === 0) return true;
  }
  return false;
}

/** "een meisje van 12", "vader, 67,", "ik ben 19", "toen ze 19 was", "net 65 geworden": an age that the words before and after the number at `at` make one. */
export function agePhraseAt(text: string, at: number, end: number, previous: number, spans: Span[]): void {
  // Every phrase puts a space or a bracket right before the age.
  if (previous !== 32 && previous !== 40) return;
  const next = codeAt(text, end);
  // Long numbers, ranges, codes and times are no ages.
  if (end - at > 3 || next === 45 || next === 58 || codeAt(text, at - 2) === 45) return;
  // Most numbers are passed over by the character before them and a look at the word there, without slicing.
  if (previous === 32 && codeAt(text, at - 2) !== 44) {
    const became = next === 32 && (codeAt(text, end + 1) === 103 || codeAt(text, end + 1) === 106 || codeAt(text, end + 1) === 115);
    if (!became && !leadWordBefore(text, at - 1)) return;
  }
  if (Number(text.slice(at, end)) > MOST_YEARS) return;
  const after = text.slice(end, end + 24);
  if (BECAME.test(after)) {
    spans.push({ start: at, end, label: 'AGE', source: 'age-became' });
    return;
  }
  const before = text.slice(Math.max(0, at - 24), at);
  // "nee 18 sinds vorige week", "Giselle: 14 sinds augustus", "ze is 18 sinds maart": an age someone has reached since a time.
  if (SINCE.test(after)) {
    if (MESSAGE_START.test(before) || IS_BEFORE.test(before)) spans.push({ start: at, end, label: 'AGE', source: 'age-since' });
    return;
  }
  // Which phrases can end here: a bracket, a comma, or a word before the number.
  const kinds = previous === 40 ? AFTER_BRACKET : codeAt(text, at - 2) === 44 ? AFTER_COMMA : AFTER_WORD;
  for (const k of kinds) {
    if (!BEFORE[k]!.test(before)) continue;
    // "is eind 40", "(begin 30)": a decade, no clock time or count.
    if (k === 8 && !/^[2-9]0$/.test(text.slice(at, end))) break;
    // "Pt. (1)", "Mw. (2)": after a title or a patient, one digit in brackets numbers the people of a list; their ages have two.
    if (k === 2 && end - at < 2) break;
    const closing = AFTER[k]!.exec(after);
    if (!closing || (k === 0 && isGroupAge(text, at))) break;
    const unit = /^ (?:jaar|jr\.?|maanden|maand|weken|mnd\.?)(?![\p{L}])/u.exec(after)?.[0] ?? '';
    spans.push({ start: at, end: end + unit.length, label: 'AGE', source: 'age-phrase' });
    const second = /^ en (\d{1,3})(?!\d)/.exec(after);
    if ((k === 0 || k === 5 || k === 7 || k === 13) && second && Number(second[1]) <= MOST_YEARS)
      spans.push({ start: end + 4, end: end + 4 + second[1]!.length, label: 'AGE', source: 'age-phrase' });
    break;
  }
}
