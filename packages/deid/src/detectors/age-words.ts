import type { Span } from '../labels.js';
import { classAt, codeAt, LETTER, matchesAt, phrasesOf, phraseStarts, type Scan } from '../scan.js';
import { MOST_YEARS, nameBefore, testAt } from './age-phrase-helpers.js';

/** "een jongen van veertien", "zoontje van drie maanden", "baby 3 wk,": a child's age written out, or in months or weeks. */
const CHILD_AGE_WORD = new RegExp(
  `(?<![\\p{L}])(?:zoon|zoontje|dochter|dochtertje|kind|kindje|baby|broertje|zusje|meisje|meid|jongen|jongetje|tweeling|pleegkind|kleinzoon|kleindochter)(?:[ \\t]van[ \\t](?:(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien)(?:[ \\t]jaar)?|((?:\\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)[ \\t](?:maanden|maand|mnd|weken|week|wkn|wk)))|[ \\t](\\d{1,2}[ \\t](?:maanden|mnd|weken|wkn|wk)(?=[ \\t]*[,;)|\\n]|[ \\t]*$|[ \\t]oud)))(?![\\p{L}\\d])(?![ \\t](?:euro|uur|minuten|kilo|kg|cm|procent|keer|vaders|moeders|ouders)(?![\\p{L}]))`,
  'giu',
);
const CHILD_AGE_PHRASES = phrasesOf(
  'zoon|zoontje|dochter|dochtertje|kind|kindje|baby|broertje|zusje|meisje|meid|jongen|jongetje|tweeling|pleegkind|kleinzoon|kleindochter'.split(
    '|',
  ),
);

/** "sinds zijn 16e", "op haar 18de", "vanaf mijn 12e": an age as an ordinal after a possessive ("tot zijn 18e" is a
 * threshold: how long a rule or a duty lasts, no one's age). */
const ORDINAL_AGE =
  /(?<![\p{L}])(?:[Oo]p|[Ss]inds|[Vv]anaf|[Nn]a|[Vv]oor|[Vv]óór|[Rr]ond) (?:zijn|haar|mijn|m'n|z'n|hun) (\d{1,2}(?:e|de|ste))(?![\p{L}\d])/gu;
const ORDINAL_LEADS = phrasesOf(['op', 'sinds', 'vanaf', 'na', 'voor', 'vóór', 'rond']);

const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?';
/** "wordt 2 december 18", "(wordt volgende week 18)", "wordt 18 op 8/12", "wordt 9 op de 3e", "wordt 18 in mei": a birthday to come says the number is an age, whoever the subject. */
const BIRTHDAY_AGE = new RegExp(
  `[Ww]ordt (?:(?:(?:volgende|deze|komende) (?:week|maand)|volgend jaar|dit jaar|binnenkort|(?:op )?\\d{1,2} ${MONTH}|op \\d{1,2}[-/]\\d{1,2}) (\\d{1,3})(?=[ ,.;:)!?\\n]|$)|(\\d{1,3}) (?:op (?:\\d{1,2}[-/]\\d{1,2}|\\d{1,2} ${MONTH}|de \\d{1,2}(?:e|de|ste)(?![\\p{L}]))|in ${MONTH}(?![\\p{L}])))`,
  'uy',
);
const WORDT = phrasesOf(['wordt']);
/**
 * A person right before "wordt", or a bracket ("Haar dochter (wordt 18 in mei)"): "wordt 40 in januari" fits an amount, a
 * price or a temperature as well as a birthday ("De bijdrage wordt 40 in januari."), so that form wants a person.
 */
const PERSON_OR_BRACKET_BEFORE =
  /(?:\(|(?<![\p{L}])(?:hij|zij|ze|die|mama|papa|mam|pap|moeder|vader|oma|opa|zoon|zoontje|dochter|dochtertje|broer|broertje|zus|zusje|kind|kindje|baby|kleinzoon|kleindochter|oudste|jongste|middelste|tweeling|mevrouw|meneer|cliënte?|client|man|vrouw|partner|vriend|vriendin)) ?$/iu;
const personBeforeWordt = (text: string, at: number) =>
  PERSON_OR_BRACKET_BEFORE.test(text.slice(Math.max(0, at - 16), at)) || nameBefore(text, at);

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
export function writtenAgesAfterNames(text: string, found: Scan, spans: Span[]): void {
  for (const start of phraseStarts(found, WRITTEN_AGES)) {
    if (codeAt(text, start - 1) !== 32) continue;
    const afterName = codeAt(text, start - 2) === 44 && nameBefore(text, start - 2);
    if (!afterName && !I_AM.test(text.slice(Math.max(0, start - 24), start))) continue;
    let end = start;
    while (end < text.length && (classAt(text, end) & LETTER) !== 0) end++;
    if (testAt(WRITTEN_AGE_CLOSES, text, end)) spans.push({ start, end, label: 'AGE', source: 'age-written-after-name' });
  }
}

/** "wordt 2 december 18", "wordt 18 op 8/12": an age before or after a birthday to come. */
export function birthdayAges(text: string, found: Scan, spans: Span[]): void {
  for (const at of phraseStarts(found, WORDT)) {
    BIRTHDAY_AGE.lastIndex = at;
    const m = BIRTHDAY_AGE.exec(text);
    const age = m?.[1] ?? m?.[2];
    if (!m || !age || Number(age) > MOST_YEARS) continue;
    const inMonth = m[2] !== undefined && m[0].startsWith(' in ', 6 + m[2].length);
    if (inMonth && !personBeforeWordt(text, at)) continue;
    const start = m[1] ? m.index + m[0].length - age.length : m.index + 6;
    spans.push({ start, end: start + age.length, label: 'AGE', source: 'age-birthday' });
  }
}

/** "sinds zijn 16e": an age as an ordinal after a possessive. */
export function ordinalAges(text: string, found: Scan, spans: Span[]): void {
  for (const m of matchesAt(ORDINAL_AGE, text, phraseStarts(found, ORDINAL_LEADS), found)) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + m[1]!.length, label: 'AGE', source: 'age-ordinal' });
  }
}

/** "een jongen van veertien", "zoontje van drie maanden", "baby 3 wk,": a child's age written out, or in months or weeks. */
export function childAgeWords(text: string, found: Scan, spans: Span[]): void {
  for (const m of matchesAt(CHILD_AGE_WORD, text, phraseStarts(found, CHILD_AGE_PHRASES), found)) {
    const age = m[1] ?? m[2] ?? m[3]!;
    const start = m.index + m[0].length - age.length;
    spans.push({ start, end: start + age.length, label: 'AGE', source: 'age-child-word' });
  }
}
