// Classes of issue 13's organisations, addresses and places (deidacc10): address parts in letter blocks and split
// form fields, organisations typed by their kind or their context, places typed by their context. Each with
// invented examples, what a rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, value: string) => expect(found(text).map(([, v]) => v)).not.toContain(value);
const lacksLabel = (text: string, label: string, value: string) => expect(found(text)).not.toContainEqual([label, value]);

describe('an address with a word added after the house number', () => {
  it('finds the street line of a letter block whose number carries "rood", "zwart" or "boven" before the postcode line', () => {
    has('Aan: de heer P. Smit\nKastanjeveste 14 rood\n9401 AB Assen', 'ADDRESS', 'Kastanjeveste 14 rood');
    has('Mevrouw J. de Wit\nBoterbloemhof 3 zwart\n9402 CD Assen', 'ADDRESS', 'Boterbloemhof 3 zwart');
    has('Dorpsstraat 8 rood, Wijdenes | zwanger', 'ADDRESS', 'Dorpsstraat 8 rood');
  });
  it('leaves a post-office box and a colour after a number that is no house number alone', () => {
    lacks('T.a.v. mevrouw A. Bos\nPostbus 1200 rood\n2500 BE Den Haag', 'Postbus 1200 rood');
    lacks('Ze kocht 2 rood en 3 zwart.', '2 rood');
  });
});

describe('an address split over form fields', () => {
  it('takes "Straat + huisnr.:" as an address field', () => {
    has('Straat + huisnr.: Kornoeljeveste 8\nPC/woonplaats: 9408 AA Assen', 'ADDRESS', 'Kornoeljeveste 8');
    has('Straat en nr.: Hazelaarveste 21\nPlaats: Assen', 'ADDRESS', 'Hazelaarveste 21');
  });
  it('takes a "Nr:" field right under a street field for the house number', () => {
    expect(found('Straat: Kersenhof\nNr: 9\nPlaats: Nijkerk')).toEqual(
      expect.arrayContaining([
        ['ADDRESS', 'Kersenhof'],
        ['ADDRESS', '9'],
      ]),
    );
  });
  it('leaves a "Nr:" field under no street field alone', () => {
    lacks('Klant: Wouters\nNr: 9\nOpmerking: geen', '9');
  });
});

describe('an organisation whose kind comes first', () => {
  it('takes a lunchroom, a village hall, a fund, a housing provider, a health service or an association and its name', () => {
    has('Ze werkt drie ochtenden in Lunchroom De Zonnewijzer aan de markt.', 'INSTITUTION', 'Lunchroom De Zonnewijzer');
    has('De bijeenkomst was in Dorpshûs De Gearhing, er waren 30 mensen.', 'INSTITUTION', 'Dorpshûs De Gearhing');
    has('Hij krijgt een klein pensioen van Pensioenfonds Metaal.', 'INSTITUTION', 'Pensioenfonds Metaal');
    has('Hij woont in een kamer van Flexhuisvesting Rivierenland sinds mei.', 'INSTITUTION', 'Flexhuisvesting Rivierenland');
    has(
      'De jongste gaat naar Jeugdgezondheidszorg Hollands Midden voor het consult.',
      'INSTITUTION',
      'Jeugdgezondheidszorg Hollands Midden',
    );
    has('Contact gelegd met de Eritrese Vereniging Selam voor een maatje.', 'INSTITUTION', 'Vereniging Selam');
  });
  it('leaves the kind alone where no name follows', () => {
    expect(found('Hij is lid van een vereniging en krijgt geld uit een fonds.')).toEqual([]);
    lacks('Het pensioenfonds betaalt in maart.', 'pensioenfonds');
  });
});

describe('an organisation named by a field, a list of creditors or its shape', () => {
  it('takes the value of "Opdrachtgever:", "Schuldeiser:" fields', () => {
    has('Opdrachtgever: Wooncompas\n\nBETEKENING VAN EEN VONNIS', 'INSTITUTION', 'Wooncompas');
    has('Schuldeiser: Dunea, bedrag € 340', 'INSTITUTION', 'Dunea');
  });
  it('takes each unknown name of the list after "schulden bij", "achterstanden bij", but no national agency or chain', () => {
    expect(found('Schulden bij CJIB, Eneco, Zayaz en de zorgverzekeraar.')).toEqual([['INSTITUTION', 'Zayaz']]);
    has('Er zijn achterstanden bij Vitens, Ziggo en Woonkracht10.', 'INSTITUTION', 'Woonkracht10');
    lacks('Er zijn achterstanden bij Vitens, Ziggo en Woonkracht10.', 'Ziggo');
  });
  it('keeps a person in a list of creditors a person', () => {
    has('Hij heeft schulden bij Ahmed en bij de bank.', 'PERSON', 'Ahmed');
  });
  it('takes capitals then a word in lower case for a firm, not an IJ- place or an agency division', () => {
    has('De huur gaat naar HEEMwonen en de rest naar de bank.', 'INSTITUTION', 'HEEMwonen');
    has('Hij heeft een huurwoning van ZOwonen in Sittard.', 'INSTITUTION', 'ZOwonen');
    has('Ze woont in IJsselmonde en werkt bij UWV WERKbedrijf.', 'CITY', 'IJsselmonde');
    lacksLabel('Ze woont in IJsselmonde en werkt bij UWV WERKbedrijf.', 'INSTITUTION', 'IJsselmonde');
    lacks('Ze woont in IJsselmonde en werkt bij UWV WERKbedrijf.', 'WERKbedrijf');
  });
  it('takes an IJ- word as the name after a kind', () => {
    has('Ties gaat via Jeugdgezondheidszorg IJsselland naar de arts.', 'INSTITUTION', 'Jeugdgezondheidszorg IJsselland');
  });
});

describe('an address in a table, a CSV line, a dotted form or after "wonen nu"', () => {
  it('takes the street and number in the cell before a postcode cell, or the field before a postcode field', () => {
    has('| ST-1 | Jansen, A. | 16 | Zuidelijke Dorpswijk 45 | 3901 EH | wacht |', 'ADDRESS', 'Zuidelijke Dorpswijk 45');
    has('04-11-2026;10:00;Kim Bos;23;Zuiderbreedte 44;7812 BS;Emmen', 'ADDRESS', 'Zuiderbreedte 44');
  });
  it('takes a street and its number in the rows of a two-column table, and in a form with dotted leaders', () => {
    const table = '| Straat | Tsjerkestrjitte |\n| Huisnummer | 3 |\n| Postcode | 8614 AD |';
    has(table, 'ADDRESS', 'Tsjerkestrjitte');
    has(table, 'ADDRESS', '3');
    const dotted = 'Adres ................. Prinses Beatrixlaan\nNr. ................... 70\nPC/plaats ............. 6836 LH / Arnhem';
    has(dotted, 'ADDRESS', 'Prinses Beatrixlaan');
    has(dotted, 'ADDRESS', '70');
  });
  it('takes a street after "wonen nu", "woont inmiddels"', () => {
    has('ze wonen nu Pieterskerkvest 77, niet meer op het plein', 'ADDRESS', 'Pieterskerkvest 77');
  });
  it('takes no surname and the number in the next tab-separated column for an address', () => {
    const row = '100234\tJ. Rijsdijk\t67\tHoogvliet';
    lacks(row, 'Rijsdijk\t67');
    lacks(row, 'J. Rijsdijk\t67');
  });
  it('leaves an amount or a count before a separator alone', () => {
    expect(found('Totaal | 45 | 3901 stuks')).toEqual([]);
  });
});

describe('a street in lower case with its number, anywhere in an informal note', () => {
  it('takes a compound ending in straat, laan, plein … and a house number', () => {
    has('hij gaat ivm lekkage tijdelijk naar ververstraat 57. noodwoning', 'ADDRESS', 'ververstraat 57');
    has('bezoek lindenlaan 14a morgen om 10 uur', 'ADDRESS', 'lindenlaan 14a');
  });
  it('leaves a distance, a count or a period after a street alone, and the kinds that end ordinary compounds', () => {
    expect(found('het is nog over de hoofdstraat 12 km verderop')).toEqual([]);
    expect(found('we liepen door de winkelstraat 2 keer')).toEqual([]);
    expect(found('hij reed over de snelweg 12 minuten')).toEqual([]);
  });
});

describe('a place in capitals after a postcode', () => {
  it('takes a listed place of one or several words in capitals to the end of the line', () => {
    has('Aan: mevrouw H. Aksoy\nLindesingel 118\n7513CX  ENSCHEDE\n\nEnschede, 14 oktober 2026', 'CITY', 'ENSCHEDE');
    has('Dhr. A. Khatib\nRivierweg 1206\n2903 AX CAPELLE AAN DEN IJSSEL\n\nDatum: 16 oktober', 'CITY', 'CAPELLE AAN DEN IJSSEL');
  });
});

describe('an organisation by the home it lets or the field that names a provider', () => {
  it('takes the landlord of a rented house, a sheltered flat or a room', () => {
    has('Hij woont in een aanleunwoning van Topazius; zijn broer is mantelzorger.', 'INSTITUTION', 'Topazius');
    has('Ze woont sinds mei in een huurhuis van Servetus.', 'INSTITUTION', 'Servetus');
  });
  it('takes the value of "Aanbieder:", also with digits in its name', () => {
    has('Aanbieder: Lijn7, locatie Heerhugowaard', 'INSTITUTION', 'Lijn7');
  });
  it('keeps a first name after "kamer van" a person', () => {
    has('Hij slaapt nu in de kamer van Sanne.', 'PERSON', 'Sanne');
  });
});

describe('an organisation typed by a kind inside its run of capitalised words', () => {
  it('takes a church community, a parish, a builder or a taxi firm as an organisation, not a person or a place', () => {
    has('Ze vertelt dat ze naar de Pinkstergemeente Bethel gaat.', 'INSTITUTION', 'Pinkstergemeente Bethel');
    has('Er komt een man van Poolse Parochie Sint-Jan langs.', 'INSTITUTION', 'Poolse Parochie Sint-Jan');
    has('Vervoer regelt Taxi Van Dorst. Voor de bekostiging belt zij.', 'INSTITUTION', 'Taxi Van Dorst');
    has('Hij is magazijnmedewerker bij Ten Brinke Bouw (administratie).', 'INSTITUTION', 'Ten Brinke Bouw');
  });
  it('keeps a person with a first name a person', () => {
    has('Gesproken met Jan Bouwman over de taxi.', 'PERSON', 'Jan Bouwman');
  });
});

describe('a church by its name alone', () => {
  it('takes one word ending in -kerk after "de" or a place of handing out as an organisation', () => {
    has('De uitgiftepost is geopend in de Mariakerk; de uitgifte is op vrijdag.', 'INSTITUTION', 'Mariakerk');
    has('Voedselbankuitgifte op 14-11 bij uitgiftepunt Oosterkerk.', 'INSTITUTION', 'Oosterkerk');
  });
  it('leaves a listed place that ends in -kerk a place', () => {
    has('Ze woont in de buurt van Nieuwerkerk, zegt ze.', 'CITY', 'Nieuwerkerk');
  });
});

describe('an organisation after a worker’s role, and found once, everywhere in the text', () => {
  it('takes one unknown word after a role ("opbouwwerker …", "wijkverpleging …", "maatschappelijk werk, …") as the employer', () => {
    has('Betrokken: fysio, wijkverpleging Pateyna, huisarts', 'INSTITUTION', 'Pateyna');
    has('(schoolmaatschappelijk werk, Juventa)', 'INSTITUTION', 'Juventa');
  });
  it('takes the same word elsewhere in the text, and a name typed as a person elsewhere, as the organisation', () => {
    const text = 'Wij zijn blij dat Buurtvonk een keer per maand komt.\n\nMarieke Verhoef, opbouwwerker Buurtvonk';
    expect(found(text).filter(([label, value]) => label === 'INSTITUTION' && value === 'Buurtvonk')).toHaveLength(2);
    const letting = 'Ze woont in een huurhuis van Servetus. Schulden: huur Servetus € 1.450.';
    expect(found(letting).filter(([label, value]) => label === 'INSTITUTION' && value === 'Servetus')).toHaveLength(2);
  });
  it('keeps a first name or a surname after a role a person', () => {
    has('Hij belt met jongerenwerker Ahmed en consulent Bakker.', 'PERSON', 'Ahmed');
    has('Hij belt met jongerenwerker Ahmed en consulent Bakker.', 'PERSON', 'Bakker');
  });
});

describe('an abbreviation where someone works', () => {
  it('takes an abbreviation after "werkt … bij", "werk bij" as the employer', () => {
    has('Hij werkt als monteur bij HTM. Thuis gaat het goed.', 'INSTITUTION', 'HTM');
    has('Sinds 1 september werk bij UMCG (schoonmaak).', 'INSTITUTION', 'UMCG');
  });
  it('leaves a national agency and an abbreviation before a compound alone', () => {
    expect(found('Ze werkt bij UWV en vindt het leuk.')).toEqual([]);
    expect(found('Hij werkt bij HALT-projecten mee.')).toEqual([]);
  });
});

describe('an organisation named by the domain of an e-mail address in the text', () => {
  it('takes a word no list knows that names the domain for the organisation', () => {
    has(
      'Vandaag belde ik met Sterkpunt over de aanmelding.\nMet groet, Anna Smit\nanna.smit@sterkpunt-almelo.nl',
      'INSTITUTION',
      'Sterkpunt',
    );
  });
  it('leaves a surname of a personal domain, a mail provider and a word at a sentence start alone', () => {
    has('Mail van Jansen: p.jansen@jansen.nl, ze belt terug.', 'PERSON', 'Jansen');
    lacks('Groet, Anna (anna@gmail.com). Het is Gmail dat niet werkt.', 'Gmail');
    lacks('Sterkpunt belde vandaag.\nanna.smit@sterkpunt-almelo.nl', 'Sterkpunt');
  });
});

describe('the place of a network or meeting, of several words', () => {
  it('takes the whole listed place after "…netwerk", "…overleg"', () => {
    expect(found('Armoedenetwerk Den Helder – verslag bijeenkomst')).toEqual([['CITY', 'Den Helder']]);
    has('Buurtnetwerk Bergen op Zoom: notulen', 'CITY', 'Bergen op Zoom');
  });
});

describe('a service every town has, named alone', () => {
  it('leaves "het Werkplein", "het Jongerenloket", "het Jongerenpunt" alone, and takes one with its town', () => {
    expect(found('Hij is verwezen naar het Werkplein; daar heeft hij een nummer.')).toEqual([]);
    expect(found('Samen met hem naar het Jongerenpunt op dinsdag.')).toEqual([]);
    has('Aanmelding bij het Jongerenloket Zeewolde volgt.', 'INSTITUTION', 'Jongerenloket Zeewolde');
  });
});
