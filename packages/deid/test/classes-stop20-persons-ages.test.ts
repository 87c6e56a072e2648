// Classes of persons, ages, dates, identifiers and phone numbers named in stop 20's accuracy round (issue 13, branch
// deidacc19), each with invented examples: what a rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, label: string, value: string) => expect(found(text)).not.toContainEqual([label, value]);
const ages = (text: string) => found(text).filter(([label]) => label === 'AGE');

describe('ages after a title with initials, kin and a name', () => {
  it('takes the age in brackets after a title and initials, or a patient abbreviated', () => {
    has('Intake: dhr. W. (58), verwezen door de huisarts.', 'AGE', '58');
    has('Gesprek met mevr. A.J. (71) over de thuiszorg.', 'AGE', '71');
    has('Aanleiding gesprek\nPt. (47) is opgenomen geweest.', 'AGE', '47');
    expect(ages('Zie art. 7 (3) van de regeling.')).toEqual([]);
  });
  it('takes an age first in a bracket after a kin word, with a remark after it', () => {
    has('Zorgen om haar dochter (17, eetproblemen) en de huur.', 'AGE', '17');
    expect(ages('De oom (12, 13 mei op bezoek) komt langs.')).toEqual([]);
  });
  it('takes "van N" after a name where a place or a preposition follows', () => {
    has('Buurvrouw Riet van 81 op de hoek let op hem.', 'AGE', '81');
    expect(ages('De brief van 12 op de mat was van de bank.')).toEqual([]);
  });
  it('takes a young child’s age written out where a name or another age says so', () => {
    has('Kinderen: de oudste 9, de jongste anderhalf.', 'AGE', 'anderhalf');
    has('haar neefje milan is zeven, hij logeert vaak', 'AGE', 'zeven');
    has('Wout is dertien en zit in de brugklas.', 'AGE', 'dertien');
    lacks('Bas is twee keer langs geweest.', 'AGE', 'twee');
    expect(ages('Karin is tien minuten te laat.')).toEqual([]);
  });
  it('takes an age written out in a form field', () => {
    has('Naam kind: Lotte\nLeeftijd: acht\nSchool: basisschool', 'AGE', 'acht');
    has('Leeftijd: veertien', 'AGE', 'veertien');
    expect(ages('Leeftijdsgrens: achttien jaar en ouder')).toEqual([]);
  });
});

describe('persons whose surname is a place', () => {
  it('takes a first name, a tussenvoegsel and a listed place as one name, and the age after it', () => {
    has('Aanwezig: Marloes van Zwolle (coördinator) en de buurvrouw.', 'PERSON', 'Marloes van Zwolle');
    has('2. Gijs ter Aar (zeventien), woont bij zijn oma.', 'AGE', 'zeventien');
    has('2. Gijs ter Aar (zeventien), woont bij zijn oma.', 'PERSON', 'Gijs ter Aar');
  });
  it('leaves a place after "in het" or "op de" alone', () => {
    lacks('Sanne in het Centrum gezien.', 'PERSON', 'Sanne in het Centrum');
  });
});

describe('structured identifiers in awkward forms', () => {
  it('takes an IBAN with a space after the country code', () => {
    has('Rekening voor de toeslag: NL 91 ABNA 0417 1643 00.', 'IBAN', 'NL 91 ABNA 0417 1643 00');
  });
  it('takes a postcode in lower case before a place of the lists, or labelled behind a dotted leader', () => {
    const postcodes = (text: string) => found(text).filter(([label]) => label === 'POSTCODE');
    expect(postcodes('Nieuw adres: Zadelmakerstraat 12, 7411 kb  Deventer.\nBezoekadres Lindelaan 4 | 3514 ax UTRECHT')).toEqual([
      ['POSTCODE', '7411 kb'],
      ['POSTCODE', '3514 ax'],
    ]);
    expect(postcodes('Veld 7  Postcode .................. 6651 ab')).toEqual([['POSTCODE', '6651 ab']]);
    // A place that is also a word counts with its capital only.
    expect(postcodes('Nieuw: Brinkweg 3, 7811 ab Hoorn.')).toEqual([['POSTCODE', '7811 ab']]);
    expect(postcodes('Ze woont sinds 2019 in Utrecht.')).toEqual([]);
  });
  it('reads a tab as the end of a cell: the name before a street cell is a person, the postcode after it a postcode', () => {
    const table = 'nr\tnaam\tadres\tpc\n1\tE. Korver\tNewtonstraat 12-III\t6541pq\tja\n2\tSiham Tuncel\tHuygensstraat 4\t6541 PR\tnee';
    expect(found(table)).toEqual(
      expect.arrayContaining([
        ['ADDRESS', 'Newtonstraat 12-III'],
        ['POSTCODE', '6541pq'],
        ['PERSON', 'Siham Tuncel'],
      ]),
    );
    lacks(table, 'ADDRESS', 'E. Korver\tNewtonstraat 12-III');
  });
});

describe('a street and its number in columns of their own', () => {
  const table =
    '| dag | naam | straat | nr | pc |\n|---|---|---|---|---|\n| di | Sturm, K. | Spoorhaven | 14-B | 2312 AB |\n| wo | Gerritsma | Faberstraat | 7 2e verd. | 2312 XY |';
  it('takes the street cell and the number cell under "straat" and "nr" as addresses', () => {
    const addresses = found(table).filter(([label]) => label === 'ADDRESS');
    expect(addresses).toEqual([
      ['ADDRESS', 'Spoorhaven'],
      ['ADDRESS', '14-B'],
      ['ADDRESS', 'Faberstraat'],
      ['ADDRESS', '7 2e verd.'],
    ]);
  });
  it('reads "nr" as a row count where no street column stands beside it', () => {
    lacks('nr\tnaam\tadres\n1\tPiet Kok\tKerkweg 4\n2\tAnna Bos\tDorpsstraat 9', 'ADDRESS', '1');
  });
});

describe('lower-case names anywhere in a chat typed in lower case', () => {
  const chat = '[18:02] lotte: gaat wesley zaterdag ook mee naar de markt?\n[18:05] ruben: denk het wel, jesper rijdt\n[18:06] lotte: top';
  it('takes a known first name that is no word, wherever it stands in a message', () => {
    has(chat, 'PERSON', 'wesley');
    has(chat, 'PERSON', 'jesper');
  });
  it('leaves them where the senders write their names with capitals, and kin words and blessings everywhere', () => {
    lacks(chat.replace(/lotte:/g, 'Lotte:').replace('ruben:', 'Ruben:'), 'PERSON', 'jesper');
    lacks('[09:12] lotte: mijn anne zegt nee\n[09:14] ruben: oke amin', 'PERSON', 'anne');
  });
});

describe('a web form with numbered fields and dotted leaders', () => {
  it('takes the street field and the house-number field on the next numbered line', () => {
    const form =
      'Veld 4  Straatnaam ................ Lindenlaan\nVeld 5  Huisnummer ................ 42\nVeld 6  Postcode ........ 1234 ab';
    expect(found(form)).toEqual([
      ['ADDRESS', 'Lindenlaan'],
      ['ADDRESS', '42'],
      ['POSTCODE', '1234 ab'],
    ]);
  });
});
