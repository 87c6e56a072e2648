// Districts and neighbourhoods that no list holds: the big cities have hundreds of wijken and
// buurten, and notes name them in team names, form fields and compass forms of a place.
import type { Span } from '../labels.js';
import { FIRST_NAMES, GENERIC_SERVICES, NOT_NAMES, PLACES, SURNAMES } from '../lexicon.js';
import { charactersBefore, matchAt, matchesAt, type Scan } from '../scan.js';
import { lower } from './name-patterns.js';

const COMPASS = 'Noord|Oost|Zuid|West|Noordoost|Noordwest|Zuidoost|Zuidwest|Noord-Oost|Noord-West|Zuid-Oost|Zuid-West|Centrum|Midden';
/** "Venlo-Oost", "Slotermeer-Noordoost", "Rotterdam-Zuid": a place or district and a part of it by compass. */
const COMPASS_FORM = new RegExp(`-(?:${COMPASS})(?![\\p{L}-])`, 'gu');
const WORD_BEFORE = /(?:['’]s-)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*$/u;
/** "Wijk: Kanaleneiland", "stadsdeel/wijk: Slotermeer-Noordoost", "Buurt: de Kolenkit": a district field. */
const DISTRICT_FIELD =
  /(?:[Ss]tadsdeel(?:\/wijk)?|[Ww]ijk(?:\/buurt)?|[Bb]uurt|[Ww]oonwijk)[ \t]*:[ \t]*((?:(?:de|het|De|Het)[ \t])?\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2})[ \t]*(?=$|\n|,|;|\()/uy;
/** "Buurtpreventie Meerzicht", "Wijkraad Oosterpark", "wijkteam Wormerveer": a group or team of a neighbourhood, then its name. */
const DISTRICT_GROUP =
  /(?:Buurtpreventie|Buurtapp|Buurtvereniging|Wijkvereniging|Wijkraad|Bewonerscommissie|Bewonersvereniging|Buurtwhatsapp|[Ww]ijkteam|[Bb]uurtteam)[ \t]+(\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?)/uy;
const COMPASS_WORD = new RegExp(`^(?:${COMPASS})$`);

const notADistrict = (name: string) => {
  const l = lower(name);
  return NOT_NAMES.has(l) || GENERIC_SERVICES.has(l) || COMPASS_WORD.test(name);
};
const isPersonName = (name: string) => {
  const l = lower(name.split(/[ \t]/)[0]!);
  return (FIRST_NAMES.has(l) || SURNAMES.has(l)) && !PLACES.has(lower(name));
};

const HOUSE_NUMBER = /^ \d{1,5}(?:[a-zA-Z](?![\p{L}])|-\d{1,3})?(?![\d\p{L}]|[:.,]\d)/u;

export function findDistricts(text: string, found?: Scan): Span[] {
  const spans: Span[] = [];
  // Tried only at a hyphen before the first letter of a compass word.
  for (const m of matchesAt(COMPASS_FORM, text, charactersBefore(text, '-', 'NOZWCM'), found)) {
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0];
    if (!word || notADistrict(word)) continue;
    // "Ringbaan-Oost 41": with a house number after it, a street named by compass.
    const number = HOUSE_NUMBER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
    if (number)
      spans.push({
        start: m.index - word.length,
        end: m.index + m[0].length + number[0].length,
        label: 'ADDRESS',
        source: 'address-compass',
      });
    else spans.push({ start: m.index - word.length, end: m.index + m[0].length, label: 'CITY', source: 'city-compass' });
  }
  for (const { index } of text.matchAll(/[Ss]tadsdeel|[Ww]ijk|[Bb]uurt|[Ww]oonwijk|Bewoners/g)) {
    if (index > 0 && /\p{L}/u.test(text[index - 1]!)) continue;
    let m = matchAt(DISTRICT_FIELD, text, index, found);
    if (m && !notADistrict(m[1]!.trimEnd())) {
      const start = m.index + m[0].length - m[1]!.length;
      spans.push({ start, end: start + m[1]!.trimEnd().length, label: 'CITY', source: 'city-district-field' });
    }
    m = matchAt(DISTRICT_GROUP, text, index, found);
    // A team's area, never a person's name ("Wijkteam Jansen?"); a compass word after a team is left alone (it cost precision).
    const team = m !== null && /^[Ww]ijkteam|^[Bb]uurtteam/.test(m[0]);
    if (m && !notADistrict(m[1]!) && !(team && isPersonName(m[1]!))) {
      const start = m.index + m[0].length - m[1]!.length;
      spans.push({ start, end: start + m[1]!.length, label: 'CITY', source: 'city-district-group' });
    }
  }
  return spans;
}
