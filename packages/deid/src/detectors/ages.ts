import type { Span } from '../labels.js';
import {
  codeAt,
  digitRunEnd,
  hashBetween,
  hashOf,
  matchesAt,
  numbersInBrackets,
  phrasesOf,
  phraseStarts,
  rangesAt,
  type Scan,
} from '../scan.js';
import { ageYears, TENS, UNITS } from './age-years.js';

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
  "(?:een jaar of|denk ik|geloof ik|volgens mij|schat ik|toch al|zelf al|zelf|eh|uh|ehm|echt|nog maar|nog|maar|ruim|al|pas|net|nu|inmiddels|bijna|ook|toch|dan|toen|ongeveer|rond de|rond|circa|zo'n|binnenkort|morgen|vandaag|gisteren|onlangs|laatst|dit jaar|volgend jaar|vorig jaar|(?:volgende|vorige) (?:week|maand)|deze (?:week|maand)|in (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|(?:op )?\\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?|over (?:een|twee|drie|vier|\\d{1,2}) (?:dagen|weken|week|maanden|maand)|over de|boven de) ";
const BARE_AGE = new RegExp(
  `(?<=\\b(?:(?:[Zz]ij|[Hh]ij|[Zz]e|[Ss]he|[Hh]e|[Dd]ie|\\p{Lu}[\\p{Ll}]+,?|\\p{Ll}+,|(?:[Dd]hr|[Mm]w|[Mm]evr|[Mm]vr)\\.?|${KIN_SUBJECTS}) (?:is|wordt|werd|was)|\\d{1,3}, wordt) (?:${WHEN_ADVERBS}){0,2})(\\d{1,3}(?:,5)?|${AGE_WORD})(?=\\+?(?:\\s(?:en|maar|hè|he|hé|hoor|now|geworden|geweest|of|dus|toch|nu|inmiddels|volgende|deze|binnenkort|toen|geloof|denk|volgens|op|ze|hij|zij|ik|we|ofzo|over|sinds|\\p{Ll}+dag|in (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))(?![\\p{L}])|\\s?(?:[,.](?!\\d)|[;!?)])| \\((?:geb|°)|[ \\t]*\\n|$))`,
  'gu',
);
/** Where a bare age can start: the number or word after "is ", "wordt ", "werd " and an adverb (tried sticky at each verb). */
const AFTER_VERB = new RegExp(
  `(?:is|wordt|werd|was) (?:${WHEN_ADVERBS}){0,2}(?=\\d|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:ën|en)|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)`,
  'y',
);
const VERB_HASHES = new Set(['is', 'wordt', 'werd', 'was'].map(hashOf));
/**
 * Where BARE_AGE can start, as a search with AFTER_VERB over the whole text would find it: tried at each of its verbs
 * that is a word of its own with a space after it, as BARE_AGE's lookbehind wants it (the pattern
 * was tried at every position; none of its adverbs holds one of the verbs, so no match of the search
 * covered such a verb, and its matches inside words, "crisis 5", end where BARE_AGE cannot start).
 */
function afterVerbs(found: Scan): number[] {
  const { text, wordStarts, wordEnds, wordHashes, wordCount } = found;
  const starts: number[] = [];
  for (let w = 0; w < wordCount; w++) {
    const length = wordEnds[w]! - wordStarts[w]!;
    if (length < 2 || length > 5 || codeAt(text, wordEnds[w]!) !== 32 || !VERB_HASHES.has(wordHashes[w]!)) continue;
    AFTER_VERB.lastIndex = wordStarts[w]!;
    if (AFTER_VERB.test(text)) starts.push(AFTER_VERB.lastIndex);
  }
  return starts;
}
/** "hij 86, zij 83", "(man 71 en vrouw 69)": paired ages after a pronoun or spouse word. */
const PAIRED_AGE =
  /(?<![\p{L}])(?:(?:[Hh]ij|[Zz]ij|[Zz]e|[Hh]em|[Mm]an|[Vv]rouw|[Mm]eneer|[Mm]evrouw|[Dd]hr|[Mm]w)[ \t](\d{1,3})(?=[ \t]?(?:[,;)\n]|\.(?!\d)|$|en\b|jaar\b)| (?:zij|hij|ze|mevrouw|meneer)[ \t]\d)|(?:[Vv]ader|[Mm]oeder|[Oo]pa|[Oo]ma|[Oo]udste|[Jj]ongste|[Mm]iddelste|[Zz]oon|[Dd]ochter|[Bb]roer|[Zz]us)[ \t](\d{1,2})(?=[,;)]|\.(?!\d)| en\b| (?:woont|is|was|zit|gaat|heeft|wil|komt)\b))/gu;
/** "Hij 86 en zij 83 wonen …": the partner's age right after a paired age, whatever follows it. */
const PAIRED_NEXT =
  /,?[ \t](?:en[ \t])?(?:[Hh]ij|[Zz]ij|[Zz]e|[Mm]eneer|[Mm]evrouw|[Dd]hr\.?|[Mm]w\.?|[Mm]an|[Vv]rouw)[ \t](\d{1,3})(?![\d\p{L}.,:]\d|\d|[\p{L}])/uy;
const PAIRED_WORDS = new Set([
  'dhr',
  'mw',
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
/** "(baby, 9 maanden)", "(Linh, 4)", '("Bo", 31)': an age after a name or a word for a young child, inside brackets. */
const AGE_AFTER_COMMA_IN_BRACKETS =
  /(?<=\(["“„']?(?:\p{L}[\p{L}'’-]+)["”']?,[ \t]?)(\d{1,3}(?:[ \t](?:jaar|jr|maanden|mnd|weken))?)(?=\))/gu;
const AGES_IN_BRACKETS =
  /(?<=(?:\p{Lu}[\p{L}'-]+|hij|zij|ze|ik|jij|meneer|mevrouw|mw\.?|dhr\.?|cliënt|client|bewoner|bewoonster|huurder|aanvrager|betrokkene|vriend|vriendin|kids|neef|nicht|zoontje|dochtertje|vader|moeder|zoon|dochter|oma|opa|broer|zus|broertje|zusje|neefje|nichtje|kleinkind|kindje|buurjongen|buurmeisje|schoonzus|zwager|schoonmoeder|schoonvader|stiefvader|stiefmoeder|halfbroer|halfzus|peuter|kleuter|puber|tiener|kind|kinderen|jongere|buurman|buurvrouw|partner|jongste|oudste|middelste|baby|tweeling|kleinzoon|kleindochter|stiefzoon|stiefdochter|pleegzoon|pleegdochter|pleegkind|meisje|jongen|man|vrouw|echtgenoot|echtgenote|tante|oom|mother|father|son|daughter|wife|husband|grandmother|grandfather)\s?\()(\d{1,3}(?:,5)?)(?:\s(?:en|&|jaar)\s(\d{1,3}))?(?=\s?(?:jaar|\+)?!?\)|, (?:wordt|bijna|geb\.|geboren) )/gu;
/** "Roos (15)", "Hassan M. (23)": after a name, or a name and the initial of a surname. */
const AGE_AFTER_NAME = /(?<=(?:\p{Lu}[\p{L}'-]+|\p{Lu}[\p{L}'-]+ \p{Lu}\.)\s?\()(\d{1,2})(?=\))/gu;
/** "Deelnemers (6)", "Bijlagen (2)": a heading that counts what follows, not an age. */
const COUNTED_BEFORE =
  /(?:deelnemers|aanwezigen|aanwezig|afwezigen|afwezig|afgemeld|bijlagen|bijlage|punten|acties|actiepunten|berichten|reacties|items|leden|genodigden|sprekers)\s?\($/i;

/** Where the word of letters that ends at `end` starts, if it is at most 12 letters long ("kleindochter"), or -1. */
function wordBefore(text: string, end: number): number {
  let start = end;
  for (
    let code = codeAt(text, start - 1);
    start > 0 && end - start <= 12 && ((code >= 97 && code <= 122) || (code >= 65 && code <= 90));
    code = codeAt(text, start - 1)
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
    const letter = codeAt(text, digit - 2);
    if (codeAt(text, digit - 1) !== 32 || letter < 97 || letter > 122) continue;
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

/** "leeftijd: 67", "Lft 67", "Leeftijd kind: circa 8", "leeftijd_zoon = 9", "Leeftijden 14, 11", "Leeftijd: zeven": a field or label, perhaps an adverb, then the age (a child's written out too). */
const LABELLED_AGE =
  /(?<![\p{L}\d_-])(?:[Ll]eeftijd(?:en)?|[Ll]ft\.?)(?:[ _][a-zë]{3,12}| \((?:jaren|jaar|jr\.?|[a-zë]{3,12})\)| is| was)?(?::| ?=)?\s+(?:(?:circa|ca\.?|ongeveer|ong\.|ruim|bijna|rond de|rond|±|~) ?)?(\d{1,3}(?!\d|[.,:]\d)|(?:elf|twaalf|(?:der|veer|vijf|zes|zeven|acht|negen)tien|tien|twee|drie|vier|vijf|zes|zeven|acht|negen|anderhalf)(?![\p{L}]))/gu;
const AGE_LABELS = phrasesOf(['leeftijd', 'leeftijden', 'lft']);
/** The next age of a labelled list, where the list goes on or ends ("14, 11, 8."), not a count ("67, 3 kinderen"). */
const LABELLED_NEXT = /(?:, ?| en | & | ?\/ ?)(\d{1,3})(?!\d|[.,:]\d)(?=[ \t]*(?:jaar|jr\.?)?[ \t]*(?:[,.;)|/\n&]|en |$))/y;
/** ", mevrouw eenentachtig", " en zij 83": a partner and an age right after a bare age. */
const PARTNER_AFTER_BARE = new RegExp(
  `,?[ \\t](?:en[ \\t])?(?:[Mm]evrouw|[Mm]eneer|[Zz]ij|[Hh]ij|[Zz]e|[Mm]w\\.?|[Dd]hr\\.?|[Hh]aar man|[Zz]ijn vrouw)[ \\t](\\d{1,3}|${AGE_WORD})(?![\\p{L}\\d])`,
  'uy',
);
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
  ageYears(text, found, spans);
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
  for (const m of matchesAt(BARE_AGE, text, afterVerbs(found), found)) {
    if (/^\d+$/.test(m[1]!) && Number(m[1]) > 110) continue;
    spans.push({ start: m.index, end: m.index + m[1]!.length, label: 'AGE', source: 'age-bare' });
    // "Meneer is zesentachtig, mevrouw eenentachtig": the partner's age after a bare age.
    const partner = at(PARTNER_AFTER_BARE, text, m.index + m[1]!.length);
    if (partner && (!/^\d+$/.test(partner[1]!) || Number(partner[1]) <= 110)) {
      const start = partner.index + partner[0].length - partner[1]!.length;
      spans.push({ start, end: start + partner[1]!.length, label: 'AGE', source: 'age-paired' });
    }
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
    if (Number(age) > 110) continue;
    spans.push({ start: at, end: at + age.length, label: 'AGE', source: 'age-paired' });
    PAIRED_NEXT.lastIndex = at + age.length;
    const next = PAIRED_NEXT.exec(text);
    if (next && Number(next[1]) <= 110) {
      const start = next.index + next[0].length - next[1]!.length;
      spans.push({ start, end: start + next[1]!.length, label: 'AGE', source: 'age-paired' });
    }
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
  const shortNumbers = inBrackets.filter((at) => digitRunEnd(text, at) - at <= 2 && codeAt(text, digitRunEnd(text, at)) === 41);
  const afterNames = rangesAt(AGE_AFTER_NAME, text, shortNumbers, found);
  for (let r = 0; r < afterNames.length; r += 2) {
    const start = afterNames[r]!;
    if (COUNTED_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
    spans.push({ start, end: afterNames[r + 1]!, label: 'AGE', source: 'age-after-name' });
  }
  return spans;
}
