// Classes of structured identifiers (phone numbers, addresses) named for issue 13's study sets unseen12, unseen15 and
// unseen16, each with invented examples: what a rule must find and what it must leave alone. No text of the sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, label: string, value: string) => expect(found(text)).not.toContainEqual([label, value]);

describe('a form that asks the street and the house number on one line', () => {
  it('takes the street and the number of their own fields', () => {
    const form = 'Naam: K. Dijkman\nStraat: Hoefsmidslaan   Huisnummer: 37   Toevoeging: a\nPostcode: 7411 KL';
    has(form, 'ADDRESS', 'Hoefsmidslaan');
    has(form, 'ADDRESS', '37');
  });
  it('takes them when a tab separates the fields', () => {
    const form = 'Straat: Oude Vismarkt\tHuisnr: 5\nWoonplaats: Deventer';
    has(form, 'ADDRESS', 'Oude Vismarkt');
    has(form, 'ADDRESS', '5');
  });
  it('leaves a street field with no number field alone', () => {
    lacks('Straat: onbekend   Opmerking: volgt', 'ADDRESS', 'onbekend');
  });
});

describe('phone numbers in brackets after a role', () => {
  it('takes a mobile number in brackets after a role word', () => {
    has('Melder (06-28374615) 12/3 20:05: er is weer lawaai', 'PHONE', '06-28374615');
  });
});

describe('a phone number said with a digit too many, then corrected', () => {
  it('takes the wrong number before the correction as well as the right one', () => {
    const call = 'Wat is uw nummer?\nB: 06 (29) 31 84 502? Nee sorry: 06 29 31 84 50.';
    has(call, 'PHONE', '06 (29) 31 84 502');
    has(call, 'PHONE', '06 29 31 84 50');
  });
  it('takes an area-code number with spaced groups that the speaker corrects', () => {
    has('direct nummer 030 - 711 4 52 09? – ze verbetert: 030 711 45 20.', 'PHONE', '030 - 711 4 52 09');
  });
  it('leaves eleven digits with no correction after them alone', () => {
    lacks('Kenmerk 030 711 4 52 09 staat op de brief.', 'PHONE', '030 711 4 52 09');
  });
});

describe('streets named after a canal or a town wall', () => {
  it('takes a street ending in -diep or -wallen with its number', () => {
    has('Bezoek bij mevrouw (Noorderdiep 212). Ze was thuis.', 'ADDRESS', 'Noorderdiep 212');
    has('Woont een jaar in de wijk, Bredasewallen 41.', 'ADDRESS', 'Bredasewallen 41');
  });
  it('leaves a depth in metres alone', () => {
    lacks('Het water is hier diep 3 meter.', 'ADDRESS', 'diep 3');
  });
});

describe('a square named by its kind alone', () => {
  it('takes "Markt" or "Brink" with a house number', () => {
    has('Mw. Oosting, 88, woont alleen Markt 23. Ze vergeet veel.', 'ADDRESS', 'Markt 23');
    has('Dhr. Kiers, Brink 4, Ruinen', 'ADDRESS', 'Brink 4');
  });
  it('leaves a count of things on the market alone', () => {
    lacks('Op de Markt 2 kramen met groente.', 'ADDRESS', 'Markt 2');
  });
});

describe('a phone number said aloud in words', () => {
  it('takes number words that start with "nul" and make a Dutch number', () => {
    const call = 'B: Mijn nummer is nul zes vierendertig achttien negen twee zeventig, nee wacht.';
    has(call, 'PHONE', 'nul zes vierendertig achttien negen twee zeventig');
  });
  it('leaves a score or too few number words alone', () => {
    lacks('Het werd nul twee voor de thuisploeg.', 'PHONE', 'nul twee');
    expect(detect('Het werd nul twee, daarna drie een.').filter((s) => s.label === 'PHONE')).toEqual([]);
  });
});
