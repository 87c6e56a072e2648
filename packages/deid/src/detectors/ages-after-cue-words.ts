// Ages that a cue word right before them marks, read after the statistical layer (its training notes stay the rules'
// output), each tried from the cue word the scan lists: the youngest or eldest of a family ("jongste 4", "de oudste 16;"),
// a couple's shared age ("Beiden 70+.", "allebei 17"), a birthday said in the first person ("ik word 18!", "ik word 3 mei
// 85"), a CSV row's age field ("Leeftijd;15"), a hedge after a person word ("meneer ruim 60", "zijn vrouw, midden
// zestig,"), an age reached alone at a cell's or clause's start ("\t18 geworden").
import type { Span } from '../labels.js';
import { matchesAt, phrasesOf, phraseStarts, type Phrases, type Scan } from '../scan.js';

/** What may follow an age here: a clause's, cell's or line's end, maybe its unit first. */
const AGE_END = String.raw`(?:[ \t](?:jaar|jr|maanden|mnd))?(?=[ \t]*(?:[,;|)!?\n\r]|\.(?!\d)|$))`;
const TENS = 'twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig';

/** "jongste 4", "de oudste 16;": the youngest, eldest or middle child's age where a clause or cell ends. */
const YOUNGEST = new RegExp(String.raw`(?:jongste|oudste|middelste) (\d{1,2})${AGE_END}`, 'iu');
const YOUNGEST_CUES = phrasesOf(['jongste', 'oudste', 'middelste']);

/** "Beiden 70+.", "allebei rond de 70": a couple's one age. */
const BOTH = new RegExp(
  String.raw`(?:beiden|allebei)(?: (?:zijn|ruim|bijna|rond|rond de|boven de|al|nu|inmiddels))* (\d{2,3}\+?)${AGE_END}`,
  'iu',
);
const BOTH_CUES = phrasesOf(['beiden', 'allebei']);
/**
 * Before "beiden/allebei": a clause's start, a form of "zijn" or a couple's word. After another verb the number is what
 * they did or got for that long ("Ze wonen er beiden al 9 jaar.", "Ze kregen allebei 30.").
 */
const BOTH_BEFORE =
  /(?:[.,;:|!?()\n\t–—-]|[^\p{L}](?:zijn|waren|worden|werden|nu|inmiddels|echtpaar|ouders|grootouders|stel|partners|tweeling|zussen|broers|zonen|dochters|kinderen|vrouw|mevrouw))[ \t]*$/iu;

const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?';
/** "ik word 18!", "ik word 3 mei 90", "jij wordt volgende week 12": a birthday said to or by the one whose age it is. */
const I_TURN = new RegExp(
  String.raw`(?:ik word|jij wordt|je wordt|word ik|word jij|word je) (?:(?:op )?\d{1,2} ${MONTH} |(?:volgende|deze|komende) (?:week|maand) |binnenkort |morgen |straks )?([1-9]\d{1,2})(?=[ \t]*(?:[!.,?)\n\r]|$))`,
  'iu',
);
const I_TURN_CUES = phrasesOf(['ik word', 'jij wordt', 'je wordt', 'word ik', 'word jij', 'word je']);

/** "Leeftijd;15": a CSV or tab-separated row's age field, label and value side by side. */
const AGE_FIELD = /leeftijd[ \t]*[;\t][ \t]*(\d{1,3})(?=[ \t]*(?:[;\t\n\r]|$))/iu;
const AGE_FIELD_CUES = phrasesOf(['leeftijd']);

/** "meneer ruim 60", "zijn vrouw, midden zestig,": a person word, maybe a comma, a hedge and an age. */
const HEDGED = new RegExp(
  String.raw`(?:meneer|mevrouw|dhr|mw|moeder|vader|zoon|dochter|broer|zus|oma|opa|vrouw|man|partner|buurman|buurvrouw|cliënt|cliënte|oom|tante)\.?,? (?:begin|midden|eind|ruim|bijna|rond de|ergens in de) (\d{2}|${TENS})(?:[ \t](?:jaar|jr))?(?=[ \t]*(?:[,;|)!?\n\r]|\.(?!\d)|$| en ))`,
  'iu',
);
const HEDGED_CUES = phrasesOf(
  'meneer mevrouw dhr mw moeder vader zoon dochter broer zus oma opa vrouw man partner buurman buurvrouw cliënt cliënte oom tante'.split(
    ' ',
  ),
);

/** Each rule: its pattern, cue words, source, least age, and what the text before the cue must end in, if anything. */
const RULES: [RegExp, Phrases, string, number, RegExp?][] = [
  [YOUNGEST, YOUNGEST_CUES, 'age-youngest', 0],
  [BOTH, BOTH_CUES, 'age-of-both', 12, BOTH_BEFORE],
  [I_TURN, I_TURN_CUES, 'age-i-turn', 10],
  [AGE_FIELD, AGE_FIELD_CUES, 'age-csv-field', 0],
  [HEDGED, HEDGED_CUES, 'age-hedged', 0],
];
const MOST_AGE = 110;

/** "–\t19 geworden, …", "| 65 geworden |": an age reached, alone at the start of a cell, a line or a clause. */
const REACHED_BEFORE = /[\t\n|,;:–—][ \t]*([1-9]\d?) $/u;
const REACHED_CUES = phrasesOf(['geworden']);

function agesReached(text: string, found: Scan, spans: Span[]): void {
  for (const at of phraseStarts(found, REACHED_CUES)) {
    // The text's start reads as a line's.
    const m = REACHED_BEFORE.exec((at < 8 ? '\n' : '') + text.slice(Math.max(0, at - 8), at));
    if (!m) continue;
    const start = at - 1 - m[1]!.length;
    spans.push({ start, end: start + m[1]!.length, label: 'AGE', source: 'age-reached' });
  }
}

export function findAgesAfterCueWords(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  for (const [pattern, cues, source, least, before] of RULES) {
    for (const m of matchesAt(pattern, text, phraseStarts(found, cues), found)) {
      // The text's start reads as a line's.
      if (before && !before.test((m.index < 24 ? '\n' : '') + text.slice(Math.max(0, m.index - 24), m.index))) continue;
      const age = m[1]!;
      const value = Number.parseInt(age, 10);
      if (!Number.isNaN(value) && (value < least || value > MOST_AGE)) continue;
      const start = m.index + m[0].lastIndexOf(age);
      spans.push({ start, end: m.index + m[0].length, label: 'AGE', source });
    }
  }
  agesReached(text, found, spans);
  return spans;
}
