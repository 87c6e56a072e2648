// Classes of issue 13's organisations, places and addresses of stop 20 (deidacc18). Each with invented examples, what a
// rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, value: string) => expect(found(text).map(([, v]) => v)).not.toContain(value);

describe('listed organisations the capitalised-word lookup never read', () => {
  it.each([
    ['in capitals', 'Na de operatie in het UMCG komt hij naar huis.', 'UMCG'],
    ['with a capital inside the first word', 'Hij is aangemeld bij GGzE voor een intake.', 'GGzE'],
    ['one word with a capital inside', 'De huur gaat naar TWB, zegt ze.', 'TWB'],
    ['an abbreviation beside a full stop', 'Controle staat gepland bij het CWZ.', 'CWZ'],
  ])('finds one %s, as listed', (_, text, value) => has(text, 'INSTITUTION', value));

  it('takes the name only as listed: not in lower case, not inside a longer word', () => {
    lacks('umcg staat bovenaan de brief', 'umcg');
    lacks('Code UMCGX staat op de brief.', 'UMCGX');
    expect(found('Code UMCGX staat op de brief.').filter(([label]) => label === 'INSTITUTION')).toEqual([]);
  });
});

describe('a service and the town it serves', () => {
  it.each([
    ['Het dossier is doorgegeven aan Leerplicht Kampen.', 'Kampen'],
    ['We gaan samen via Werkplein Zwolle verder.', 'Zwolle'],
    ['De vraag ligt nu bij Sociaal Domein Kampen-Zuid.', 'Kampen-Zuid'],
  ])("of the municipality is the town's place, not an organisation: %s", (text, place) => {
    expect(found(text)).toEqual([['CITY', place]]);
  });

  it.each([
    ['Ze leert Nederlands bij Taalhuis Zwolle.', 'Taalhuis Zwolle'],
    ['Hij gaat naar Speeltuin Transvaal met de kinderen.', 'Speeltuin Transvaal'],
    ['Gesprek met WIJ Selwerd over de aanvraag.', 'WIJ Selwerd'],
    ['Dat loopt via de crisisdienst Wij Hoogezand.', 'Wij Hoogezand'],
  ])('of a local branch is one organisation with its place: %s', (text, value) => has(text, 'INSTITUTION', value));

  it('leaves a region no list holds as it was, and "Wij" starting a sentence', () => {
    has('Hij meldt zich bij Leerplicht Achterhoek.', 'INSTITUTION', 'Leerplicht Achterhoek');
    expect(found('Wij Zwollenaren zijn trots op de wijk.')).toEqual([]);
  });
});

describe('organisations and places as chats write them, in lower case', () => {
  it('finds a listed organisation of several words after a word that introduces it', () => {
    has('[10:02] ilse: ze heeft een brief van lyaemer wonen gekregen', 'INSTITUTION', 'lyaemer wonen');
    has('schulden bij jutphaas wonen en bij de zorgverzekering', 'INSTITUTION', 'jutphaas wonen');
  });
  it('leaves a name whose first word is an ordinary word, and one no word introduces', () => {
    expect(found('ze wil graag naar ons huis komen')).toEqual([]);
    expect(found('daar zou ze goed wonen, zegt ze')).toEqual([]);
  });
  it('takes a branch with its place as one organisation, and the town after a municipal service as the place', () => {
    has('misschien kan welzijn lochem helpen met de maaltijden', 'INSTITUTION', 'welzijn lochem');
    has('ze wil eerst naar het jongerenloket zwolle', 'INSTITUTION', 'jongerenloket zwolle');
    has('we hebben leerplicht deventer gebeld', 'CITY', 'deventer');
    expect(found('welzijn noord doet dat ook')).toEqual([]);
    // A town that is also a common word (kampen) is left: in lower case nothing tells them apart.
    expect(found('ze slapen in kampen bij leerplicht kampen')).toEqual([]);
  });
  it('reads a community centre and its name in lower case', () => {
    has('de soos is vanmiddag in wijkcentrum oosterkwartier', 'INSTITUTION', 'wijkcentrum oosterkwartier');
    expect(found('het buurthuis is vandaag de hele dag dicht')).toEqual([]);
  });
});

describe('places of several words', () => {
  it.each([
    ['Het gezin woont sinds 2019 in Ouderkerk a/d IJssel.', 'Ouderkerk a/d IJssel'],
    ['Zij verhuisde vorig jaar naar Nieuwerkerk a/d IJssel.', 'Nieuwerkerk a/d IJssel'],
    ['Ze verhuist in mei naar Alphen a.d. Rijn.', 'Alphen a.d. Rijn'],
  ])('reads "a/d" and "a.d." for "aan de(n)" in a listed place: %s', (text, place) => has(text, 'CITY', place));

  it('keeps a listed place whose first word ends like a church a place', () => {
    expect(found('Ze fietst elke dag naar Ouderkerk aan den IJssel en terug.')).toEqual([['CITY', 'Ouderkerk aan den IJssel']]);
  });

  it('leaves "a/d" between words that make no listed place', () => {
    expect(found('Prijs a/d Kassa is hoger dan gedacht.')).toEqual([]);
  });
});

describe('a kind of club, school or care and its name', () => {
  it('finds a sports club or school written as a compound kind, and a name after "\'t"', () => {
    has('Hij traint twee keer per week bij judoclub Kaizen.', 'INSTITUTION', 'Kaizen');
    has("De intake is bij peuteropvang 't Kikkertje in Almelo.", 'INSTITUTION', 'Kikkertje');
  });
  it('finds a kind in lower case with an article and a name, and a listed name after "op het"', () => {
    has('zij hebben thuiszorg het zonnehuis elke ochtend', 'INSTITUTION', 'thuiszorg het zonnehuis');
    has('hij zit nu op het scalda, tweede jaar', 'INSTITUTION', 'scalda');
  });
  it('leaves a care or money word after such a kind', () => {
    expect(found('de kinderopvang toeslag is gestopt sinds mei')).toEqual([]);
    expect(found('thuiszorg komt elke dag om negen uur')).toEqual([]);
  });
});

describe('a postcode typed in lower case', () => {
  it('before a listed place, after a comma, a bar or at a line start', () => {
    has('Adres: Lindeweg 20 k3, 7411 kc Deventer.', 'POSTCODE', '7411 kc');
    has('Bosbaan 3 | 3832 wm LEUSDEN', 'POSTCODE', '3832 wm');
    has('Kerkpad 9\n   8082 zt Elburg', 'POSTCODE', '8082 zt');
  });
  it('after a street and number in the next cell of a table', () => {
    has('1\tP. Smit\tMerelstraat 9-II\t5612ab\tja', 'POSTCODE', '5612ab');
  });
  it('not a house number or a year before a word and a place', () => {
    lacks('De familie woont op Zonnedauw 1408 in Almere.', '1408 in');
    lacks('Zij is geboren in maart 2011 te Hoorn.', '2011 te');
    lacks('Er staat nog 1500 kb vrij, 2000 mb in totaal.', '1500 kb');
  });
});

describe('a table with the street and the house number in columns of their own', () => {
  const table = 'cliënt\tstraat\tnr\twoonplaats\n' + 'Smit, P.\tLindelaan\t12-B\tZwolle\n' + 'Sturm\tEikstraat\t7 bis\tHattem';
  it('takes the street cell and the number cell as parts of the address', () => {
    for (const part of ['Lindelaan', '12-B', 'Eikstraat', '7 bis']) has(table, 'ADDRESS', part);
  });
  it('takes no list number as a house number when no street column stands before it', () => {
    const list = '| nr | naam | lft |\n|---|---|---|\n| 1 | Piet Smit | 66 |';
    expect(found(list).filter(([label]) => label === 'ADDRESS')).toEqual([]);
  });
});
