// Regions named after a regional service of the municipalities ("Veiligheidshuis Kopland", "Bureau Leerplicht Kopland"),
// added to the spans already found (after the statistical layer, so that its training notes stay the rules' output). The
// guidelines mark any named place smaller than a country as CITY, and a region of municipalities, a province or a part of
// a province is one; the place lists hold towns, so the rules took such a region for a person's name or found nothing.
// Only after these words: a region is as often the last word of an organisation's own name ("Kringloop Twente", "ROC van
// Twente"), which stays that organisation.
import type { Span } from '../labels.js';
import { classAt, codeAt, LETTER } from '../scan.js';
import { lower } from './name-patterns.js';

/** Dutch regions, provinces and parts of provinces, by their lower case: public names from general knowledge. */
const REGIONS = new Set(
  [
    'groningen|friesland|fryslân|drenthe|overijssel|flevoland|gelderland|utrecht|noord-holland|zuid-holland|zeeland',
    'noord-brabant|brabant|limburg|twente|achterhoek|salland|veluwe|noord-veluwe|oost-veluwe|liemers|de liemers|betuwe',
    'rivierenland|haaglanden|hollands midden|holland rijnland|midden-holland|zuid-holland zuid|rijnmond|drechtsteden',
    'hoeksche waard|voorne-putten|goeree-overflakkee|alblasserwaard|krimpenerwaard|vijfheerenlanden|lopikerwaard|westland',
    'kennemerland|zuid-kennemerland|ijmond|zaanstreek|zaanstreek-waterland|waterland|west-friesland|westfriesland',
    'kop van noord-holland|noord-holland noord|gooi en vechtstreek|gooi- en vechtstreek|het gooi|amstelland|eemland',
    'ijsselland|midden-ijssel|noordoost-polder|west-brabant|midden-brabant|hart van brabant|noordoost-brabant',
    'zuidoost-brabant|brabant-zuidoost|brabant-noord|de kempen|de peel|de meierij|noord-limburg|midden-limburg',
    'zuid-limburg|limburg-noord|limburg-zuid|heuvelland|parkstad|oost-groningen|noord-drenthe|zuidoost-drenthe',
    'zuidwest-drenthe|midden-drenthe|zuidwest-friesland|noordoost-friesland|gelderland-midden|gelderland-zuid',
    'noord- en oost-gelderland|foodvalley|utrecht west|utrecht-west|zuidoost-utrecht|amersfoort en omstreken',
  ]
    .join('|')
    .split('|'),
);
const MOST_WORDS = 4;

/**
 * The regional services of the municipalities, named by their region ("Zorg- en Veiligheidshuis Kopland", "Bureau Leerplicht
 * Kopland", "RBL Kopland"). Not "Regio" itself: "Regio X" is as often the name of an organisation or a
 * partnership as a place, so a region after it is not taken for a place on that word alone.
 */
const REGION_WORDS = ['Veiligheidshuis', 'Bureau Leerplicht', 'RBL'];

/** The end of a listed region that starts at `start` (the longest of one to four words), -1 if none. */
function regionEnd(text: string, start: number): number {
  let best = -1;
  let at = start;
  for (let words = 0; words < MOST_WORDS; words++) {
    let end = at;
    while (end < text.length && ((classAt(text, end) & LETTER) !== 0 || codeAt(text, end) === 45)) end++;
    if (end === at) break;
    const folded = lower(text.slice(start, end));
    if (REGIONS.has(folded)) best = end;
    if (codeAt(text, end) !== 32) break;
    at = end + 1;
  }
  return best;
}

/** Where a region starts after a region word that ends at `end` (its colon, a "ZVH" and spaces skipped), -1 if none. */
function regionStartAfter(text: string, end: number): number {
  let at = end;
  if (codeAt(text, at) === 58) at++;
  if (codeAt(text, at) !== 32) return -1;
  while (codeAt(text, at) === 32) at++;
  if (text.startsWith('ZVH ', at)) at += 4;
  return (classAt(text, at) & LETTER) !== 0 && text[at] !== lower(text[at]!) ? at : -1;
}

/** A region found and where the words that announce it start ("Zorg- en " before "Veiligheidshuis" included). */
interface Region {
  span: Span;
  from: number;
}

/** The regions after a region word. */
function findRegions(text: string): Region[] {
  const out: Region[] = [];
  for (const word of REGION_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (at > 0 && (classAt(text, at - 1) & LETTER) !== 0) continue;
      const start = regionStartAfter(text, at + word.length);
      const end = start < 0 ? -1 : regionEnd(text, start);
      if (end < 0 || (classAt(text, end) & LETTER) !== 0) continue;
      const from = text.startsWith('Zorg- en ', at - 9) ? at - 9 : at;
      out.push({ span: { start, end, label: 'CITY', source: 'city-region' }, from });
    }
  }
  return out;
}

/**
 * Adds the regions after a region word as CITY where no rule found them, or a person rule took them for a name. An
 * organisation found there ("Zorg- en Veiligheidshuis Kopland" as one organisation) stays: writers mark it either way (the
 * service with its region as one organisation, or the region as a place), and a span that goes on past the region is left too.
 */
export function withRegions(text: string, spans: Span[]): Span[] {
  const regions = findRegions(text);
  if (regions.length === 0) return spans;
  let out = spans;
  for (const { span: region, from } of regions) {
    const overlapping = out.filter((span) => span.start < region.end && region.start < span.end);
    if (overlapping.some((span) => span.end !== region.end || span.start < from)) continue;
    if (overlapping.some((span) => span.label === 'INSTITUTION')) continue;
    if (overlapping.length === 1 && overlapping[0]!.label === 'CITY' && overlapping[0]!.start === region.start) continue;
    out = [...out.filter((span) => !overlapping.includes(span)), region].sort((a, b) => a.start - b.start);
  }
  return out;
}
