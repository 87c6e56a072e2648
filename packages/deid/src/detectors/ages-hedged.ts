// Ages told with a hedge after the person they belong to, read after the statistical layer (its training notes stay the
// rules' output): "zijn stiefvader, bijna 70,", "Vader Karim Haddad (half dertig)", "(Mirthe, ik schat begin veertig)",
// "Mw. is zelf halverwege de zestig,", "de jongste is net één.", "Leeftijd (geschat): eind 30". Each is tried from the
// hedge word the scan lists; the person is a word for one, a PERSON span just before, or an age field's label.
import type { Span } from '../labels.js';
import { matchesAt, phrasesOf, phraseStarts, type Scan } from '../scan.js';
import { firstEndingAfter } from '../span-list.js';
import { AGE_IN_WORDS } from './ages-in-rows.js';

const AGE = String.raw`(?:[1-9]\d?|${AGE_IN_WORDS})(?![\p{L}\d])`;
/** Hedges that may take a unit after the age ("bijna 70 jaar"). */
const ROUGH = 'half|halverwege de|bijna|ongeveer|circa|ca\\.|rond de|rond|begin|midden|eind|ruim|een jaar of|ergens in de';
/** Hedges after which a unit makes a time since ("pas 3 jaar", "inmiddels 2 jaar"): the age stands alone there. */
const SINCE = 'net|pas|nog geen|inmiddels';
const CLAUSE_END = String.raw`(?=[ \t]*(?:[,;|)!?\t\n\r]|\.(?!\d)|$|[ \t]\(| en | of ))`;
const HEDGED = new RegExp(String.raw`(?:(?:${ROUGH}) (${AGE})(?:[ \t](?:jaar|jr)(?![\p{L}]))?|(?:${SINCE}) (${AGE}))${CLAUSE_END}`, 'iu');
const CUES = phrasesOf([...ROUGH.split('|'), ...SINCE.split('|')].map((hedge) => hedge.replace('\\.', '')));

/** What may stand between the person and the hedge: a comma, a bracket, a colon or a dash, a verb of being, a remark. */
const GAP = String.raw`(?:[ \t]*[,(:–-])?(?:[ \t]*(?:is|was|wordt|zelf|nu|al|ook|inmiddels|ik schat|schat ik|denk ik|geloof ik|volgens mij|naar schatting|geschat))*[ \t]*`;
const PERSON_WORDS =
  'meneer|mevrouw|dhr|mw|mevr|moeder|vader|zoon|dochter|broer|zus|oma|opa|partner|buurman|buurvrouw|cliënt|cliënte|oom|tante|schoonmoeder|schoonvader|stiefmoeder|stiefvader|grootmoeder|grootvader|schoonzus|zwager|jongste|oudste|middelste|kleinste|baby|tweeling|zoontje|dochtertje|hij|zij';
/** A word for one person before the gap ("zijn stiefvader, ", "de jongste is "), or an age field's label with a remark. */
const PERSON_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])(?:${PERSON_WORDS})\.?${GAP}|leeftijd[^:\n]{0,24}:[ \t]*)$`, 'iu');
const GAP_ONLY = new RegExp(String.raw`^${GAP}$`, 'u');
const REACH = 40;

/** AGE spans of hedged ages after a person. */
export function findHedgedAges(text: string, found: Scan, spans: readonly Span[]): Span[] {
  const ages: Span[] = [];
  for (const m of matchesAt(HEDGED, text, phraseStarts(found, CUES), found)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const from = Math.max(lineStart, m.index - REACH);
    // A PERSON span that ends just before the hedge, or a word for a person.
    const last = firstEndingAfter(spans, from);
    let byPerson = false;
    for (let s = last; s < spans.length && spans[s]!.end <= m.index; s++)
      if (spans[s]!.label === 'PERSON' && GAP_ONLY.test(text.slice(spans[s]!.end, m.index))) byPerson = true;
    if (!byPerson && !PERSON_BEFORE.test(text.slice(from, m.index))) continue;
    const age = m[1] ?? m[2]!;
    const start = m.index + m[0].lastIndexOf(age);
    ages.push({ start, end: m.index + m[0].length, label: 'AGE', source: 'age-hedged-after-person' });
  }
  return ages;
}
