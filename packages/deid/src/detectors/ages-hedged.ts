// Ages told with a hedge after the person they belong to, read after the statistical layer (its training notes stay the
// rules' output): "zijn stiefvader, bijna 70,", "Vader Karim Haddad (half dertig)", "(Roosmarijn, ik schat begin veertig)",
// "Mw. is zelf halverwege de zestig,", "de jongste is net één.", "Leeftijd (geschat): eind 30". Each is tried from the
// hedge word the scan lists; the person is a word for one, a PERSON span just before, or an age field's label.
import type { Span } from '../labels.js';
import { matchesAt, phrasesOf, phraseStarts, type Scan } from '../scan.js';
import { firstEndingAfter } from '../span-list.js';
import { TENS } from './age-years.js';
import { AGE_IN_WORDS, UNIT } from './ages-in-rows.js';

const AGE = String.raw`(?:[1-9]\d?|${AGE_IN_WORDS})(?![\p{L}\d])`;
/** Hedges that may take a unit after the age ("bijna 70 jaar"). */
const ROUGH = 'half|halverwege de|bijna|ongeveer|circa|ca\\.|rond de|rond|begin|midden|eind|ruim|een jaar of|ergens in de';
/** Hedges after which a unit makes a time since ("pas 3 jaar", "inmiddels 2 jaar"): the age stands alone there. */
const SINCE = 'net|pas|nog geen|inmiddels';
const CLAUSE_END = String.raw`(?=[ \t]*(?:[,;|)!?\t\n\r]|\.(?!\d)|$|[ \t]\(| en | of ))`;
const HEDGED = new RegExp(String.raw`(?:(${ROUGH}) (${AGE})([ \t](?:jaar|jr)(?![\p{L}]))?|(?:${SINCE}) (${AGE}))${CLAUSE_END}`, 'iu');
const CUES = phrasesOf([...ROUGH.split('|'), ...SINCE.split('|')].map((hedge) => hedge.replace('\\.', '')));

/** What may stand between the person and the hedge: a comma, a bracket, a colon or a dash, a verb of being, a remark. */
const GAP = String.raw`(?:[ \t]*[,(:–-])?(?:[ \t]*(?:is|was|wordt|zelf|nu|al|ook|inmiddels|ik schat|schat ik|denk ik|geloof ik|volgens mij|naar schatting|geschat))*[ \t]*`;
const PERSON_WORDS =
  'meneer|mevrouw|dhr|mw|mevr|moeder|vader|zoon|dochter|broer|zus|oma|opa|partner|buurman|buurvrouw|cliënt|cliënte|oom|tante|schoonmoeder|schoonvader|stiefmoeder|stiefvader|grootmoeder|grootvader|schoonzus|zwager|jongste|oudste|middelste|kleinste|baby|tweeling|zoontje|dochtertje|hij|zij';
/** A word for one person before the gap ("zijn stiefvader, ", "de jongste is "), or an age field's label with a remark. */
const AGE_FIELD = String.raw`leeftijd[^:\n]{0,24}:[ \t]*`;
const PERSON_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])(?:${PERSON_WORDS})\.?${GAP}|${AGE_FIELD})$`, 'iu');
const AGE_FIELD_BEFORE = new RegExp(String.raw`${AGE_FIELD}$`, 'iu');
const GAP_ONLY = new RegExp(String.raw`^${GAP}$`, 'u');
/**
 * Hedges that also tell the time ("half 9", "rond 3", "begin 12, eind 13"): "half" says an age only before a tens word or
 * 20–99 ("half dertig", "half 40"), the others only from 16 on, with "jaar" after it or after a word for a child.
 */
const HALF = /^half$/iu;
const HALF_AGE = new RegExp(String.raw`^(?:[2-9]\d|${TENS})$`, 'iu');
const TIME_TOO = /^(?:rond|begin|eind|ruim)$/iu;
const LOW_AGE = new RegExp(String.raw`^(?:\d|1[0-5]|één|anderhalf|${UNIT}|tien|elf|twaalf|dertien|veertien|vijftien)$`, 'iu');
/** An appointment with a person before the hedge ("Afspraak met moeder: rond 17."): the time of it, not an age. */
const MEETING_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:met|bij|aan|voor|naar|tegen|door)[ \t]+(?:(?:de|het|zijn|haar|mijn|hun|onze|uw)[ \t]+)?(?:${PERSON_WORDS})\.?[ \t]*[,:][ \t]*$`,
  'iu',
);
const MOST_HOUR = 24;
/** A word for a child just before the hedge ("de oudste ruim 6"): a low number is its age, unless a meeting comes first. */
const CHILD_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:jongste|oudste|middelste|kleinste|baby|tweeling|zoontje|dochtertje)${GAP}$`,
  'iu',
);
/** A unit of time, money or measure after the number: "ruim 20, minuten te laat". */
const MEASURE_AFTER = /^[ \t]*,?[ \t]*(?:minuten|minuut|min|uur|seconden|euro|kilo|kg|km|meter|procent|keer)(?![\p{L}])/iu;
const REACH = 40;

/** Whether a rough hedge and its number say an age, not a time of day. */
function saysAnAge(hedge: string, age: string, withUnit: boolean, before: string): boolean {
  if (HALF.test(hedge)) return HALF_AGE.test(age);
  if (withUnit || !TIME_TOO.test(hedge) || AGE_FIELD_BEFORE.test(before)) return true;
  if (MEETING_BEFORE.test(before)) return !/^\d+$/u.test(age) || Number(age) > MOST_HOUR;
  return !LOW_AGE.test(age) || CHILD_BEFORE.test(before);
}

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
    const before = text.slice(from, m.index);
    if (!byPerson && !PERSON_BEFORE.test(before)) continue;
    const hedge = m[1];
    const age = m[2] ?? m[4]!;
    if (hedge !== undefined && !saysAnAge(hedge, age, m[3] !== undefined, before)) continue;
    if (MEASURE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    const start = m.index + m[0].lastIndexOf(age);
    ages.push({ start, end: m.index + m[0].length, label: 'AGE', source: 'age-hedged-after-person' });
  }
  return ages;
}
