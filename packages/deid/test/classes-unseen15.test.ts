// Classes of issue 13's organisations, places and addresses found on unseen15 (deidacc12). Each with invented
// examples, what a rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, value: string) => expect(found(text).map(([, v]) => v)).not.toContain(value);
const lacksLabel = (text: string, label: string, value: string) => expect(found(text)).not.toContainEqual([label, value]);

describe('local organisations of every kind, by name alone', () => {
  it('finds housing corporations, hospitals, colleges and care providers of the whole country', () => {
    has('De huurachterstand bij Acantus loopt op.', 'INSTITUTION', 'Acantus');
    has('Ze is opgenomen in het Amphia en daarna naar huis.', 'INSTITUTION', 'Amphia');
    has('Hij volgt de opleiding bij Zadkine, niveau 2.', 'INSTITUTION', 'Zadkine');
    has('Begeleiding vanuit Estinea loopt door tot maart.', 'INSTITUTION', 'Estinea');
    has('De woning is van Woonlinie; de huur is verhoogd.', 'INSTITUTION', 'Woonlinie');
  });
  it('types a provider named after a person as the organisation, not as the person', () => {
    has('Opa woont sinds mei in een huis van Pieter van Foreest.', 'INSTITUTION', 'Pieter van Foreest');
  });
  it("leaves first names that are also a provider's name to the person rules", () => {
    has('Gisteren belde Florence de Groot over de afspraak.', 'PERSON', 'Florence de Groot');
    lacks('Het prisma op tafel ving het licht.', 'prisma');
  });
  it('leaves ordinary words at a sentence start that a listed name spells with capitals ("Thuis Wonen")', () => {
    expect(found('Thuis wonen lukt niet meer, ze valt vaak.')).toEqual([]);
    expect(found('Goed wonen is voor haar belangrijk.')).toEqual([]);
    has('Ze huurt sinds mei bij Thuis Wonen.', 'INSTITUTION', 'Thuis Wonen');
  });
});

describe('a listed organisation that is an ordinary word or a compound of two', () => {
  it('is no organisation at a sentence start on the list alone', () => {
    lacksLabel('Prisma van glas hangen voor het raam.', 'INSTITUTION', 'Prisma');
    lacksLabel('Accolade voor haar inzet, zegt de juf.', 'INSTITUTION', 'Accolade');
    lacksLabel('Zorgbalans is voor hem lastig: werk en mantelzorg.', 'INSTITUTION', 'Zorgbalans');
    lacksLabel('Volksbelang gaat hier voor eigenbelang, vindt hij.', 'INSTITUTION', 'Volksbelang');
  });
  it('is no organisation in lower case after a preposition', () => {
    lacks('Het is een zaak van volksbelang.', 'volksbelang');
    lacks('Ze heeft last van prisma kleuren in haar zicht.', 'prisma');
    lacks('Hij hecht veel waarde aan zorgbalans thuis.', 'zorgbalans');
  });
  it('stays an organisation mid-sentence with its capital', () => {
    has('De huur is verhoogd door Accolade per juli.', 'INSTITUTION', 'Accolade');
    has('Begeleiding loopt via Prisma sinds maart.', 'INSTITUTION', 'Prisma');
    has('Thuiszorg komt van Zorgbalans, drie keer per week.', 'INSTITUTION', 'Zorgbalans');
  });
});

describe('listed names with a digit', () => {
  it('finds the whole name, not its letters alone', () => {
    has('Hij krijgt begeleiding van Lijn5 sinds mei.', 'INSTITUTION', 'Lijn5');
    has('De huur gaat naar Woonkracht10.', 'INSTITUTION', 'Woonkracht10');
    expect(found('Ze werkt bij Poort6 in de wijk.')).toEqual([['INSTITUTION', 'Poort6']]);
    has('Brief van Woonbedrijf ieder1 over de huur.', 'INSTITUTION', 'Woonbedrijf ieder1');
  });
  it('leaves a road number and a lower-case bus line alone', () => {
    expect(found('File op de A12 richting het westen.')).toEqual([]);
    expect(found('Bus lijn5 rijdt vandaag niet.')).toEqual([]);
  });
});

describe('a firm named after its owner or a word, then its trade', () => {
  it('types the run as an organisation where a trade word ends it', () => {
    has('Hij werkt sinds mei bij Bosman Vastgoed in de verhuur.', 'INSTITUTION', 'Bosman Vastgoed');
    has('Vader is zelfstandig, nu in dienst van Hendriks Afbouw.', 'INSTITUTION', 'Hendriks Afbouw');
    has('Het gezin krijgt hulp van Kompas Gezinsondersteuning sinds juni.', 'INSTITUTION', 'Kompas Gezinsondersteuning');
  });
  it('leaves a person whose surname is followed by an ordinary lower-case word alone', () => {
    has('Gisteren sprak ik Marieke Bosman over de vastgoedmarkt.', 'PERSON', 'Marieke Bosman');
  });
});

describe('a kind of home, post or choir in lower case, then its name', () => {
  it('finds the name after verpleeghuis, huisartsenpost, woningbouw, vrouwenkoor and their like', () => {
    has('Moeder gaat liever niet naar verpleeghuis Oude Warande.', 'INSTITUTION', 'Oude Warande');
    has('In het weekend belt ze de huisartsenpost Kompaszorg.', 'INSTITUTION', 'Kompaszorg');
    has('Volgens woningbouw Polderhuis is de reparatie gepland.', 'INSTITUTION', 'Polderhuis');
    has('Ze zingt al jaren in vrouwenkoor Zangrijk.', 'INSTITUTION', 'Zangrijk');
  });
  it('leaves a listed place after the kind to the place rules', () => {
    lacksLabel('Er komt een nieuw verpleeghuis in Zwolle-Zuid.', 'INSTITUTION', 'Zwolle-Zuid');
    lacksLabel('Het nieuwe verpleeghuis Zwolle staat er al.', 'INSTITUTION', 'Zwolle');
  });
});

describe('a tab parts the cells of a table', () => {
  it('keeps the person in the cell after an organisation a person, not part of the organisation', () => {
    const row = 'ZK-1201\tKade Wonen\tBoersma, H.\t1971-04-02\n';
    has(`nr\tbron\tnaam\tgeboren\n${row}`, 'PERSON', 'Boersma, H.');
    lacksLabel(`nr\tbron\tnaam\tgeboren\n${row}`, 'INSTITUTION', 'Boersma, H.');
    lacksLabel('zaak\tzorgverzekeraar Noordkust\tVeldman, P.\n', 'INSTITUTION', 'Noordkust\tVeldman');
  });
});

describe('a table column named for an organisation', () => {
  const table = [
    '| nr | naam | werkgever / school | hulp door |',
    '|---|---|---|---|',
    '| A-12 | Vos, Petra | Groenland Kwekers | Stichting Duinhulp |',
    '| A-13 | Kaya, Emre | geen | Belastingdienst/Toeslagen |',
  ].join('\n');
  it('takes the cells under werkgever, school, organisatie or hulp door for organisations', () => {
    has(table, 'INSTITUTION', 'Groenland Kwekers');
    has(table, 'INSTITUTION', 'Stichting Duinhulp');
  });
  it('leaves a national agency and an empty answer in such a column alone', () => {
    lacks(table, 'Belastingdienst/Toeslagen');
    lacks(table, 'geen');
  });
});

describe('organisations written in lower case', () => {
  it('finds a kind, then a name that is no common word', () => {
    has('zijn broertje zit op cbs de wilgenhoek sinds de zomer', 'INSTITUTION', 'cbs de wilgenhoek');
    has('misschien kan hij terecht bij stichting karibu wonen', 'INSTITUTION', 'stichting karibu');
    has("hij traint weer bij vv rapiditas '31 op dinsdag", 'INSTITUTION', "vv rapiditas '31");
  });
  it('finds a name, then its kind', () => {
    has('ze werkt nachten in het rijnoord ziekenhuis', 'INSTITUTION', 'rijnoord ziekenhuis');
    has('de oudste zit op het ameland college', 'INSTITUTION', 'ameland college');
    has('hij werkt via werkvlug uitzendbureau in de kas', 'INSTITUTION', 'werkvlug uitzendbureau');
  });
  it('leaves common words, adjectives and school types before or after a kind alone', () => {
    expect(found('de stichting heeft nog niet gebeld')).toEqual([]);
    expect(found('ze ligt in een psychiatrisch ziekenhuis')).toEqual([]);
    expect(found('hij wil naar een mbo college in de buurt')).toEqual([]);
    expect(found('het nieuwe college van b en w')).toEqual([]);
  });
});

describe('a house number with a flat number after a full stop', () => {
  it('finds the street and the whole number of a flat in a complex', () => {
    has('Ze woont nu in de serviceflat Lindehof 2.07, Oss.', 'ADDRESS', 'Lindehof 2.07');
  });
  it('leaves a time after a street alone, after a cue as well', () => {
    lacks('Afspraak op de Markt 12.30 uur bij de kraam.', 'Markt 12.30');
    // "op de" cues an address: without the time's check it took "Markt 12" and left ".30 uur".
    lacks('Afspraak op de Markt 12.30 uur bij de kraam.', 'Markt 12');
    has('Ze woont op de Brink 9, vlak bij de kerk.', 'ADDRESS', 'Brink 9');
  });
  it('leaves a decimal with a unit after a street alone', () => {
    expect(found('Vanaf de Kerkstraat 4.5 km lopen naar school.')).toEqual([]);
    expect(found('Kerkstraat 3.5 kg boodschappen tillen lukt niet.')).toEqual([]);
    lacks('Huur aan de Molenweg 2.5% omhoog.', 'Molenweg 2.5');
    // After a cue the number stopped before ".5 km" and gave "Kerkstraat 4".
    expect(found('Ze woont Kerkstraat 4.5 km verderop.')).toEqual([]);
  });
  it('takes the flat number after a cue too, at the end of a sentence', () => {
    has('Ze woont Lindehof 2.07.', 'ADDRESS', 'Lindehof 2.07');
    has('Hij woont Kastanjelinde 4.12.', 'ADDRESS', 'Kastanjelinde 4.12');
  });
});

describe('a listed place of several words that holds a name found elsewhere', () => {
  it('keeps the place whole where a repeated name lies inside it', () => {
    const text = 'Contactpersoon: de heer Gelre.\nAanmelding via het wijkteam Oost-Gelre, door P. Jansen.';
    expect(found(text)).toEqual([
      ['PERSON', 'Gelre'],
      ['CITY', 'Oost-Gelre'],
      ['PERSON', 'P. Jansen'],
    ]);
  });
});

describe('names with a capital inside', () => {
  it('finds a listed organisation written with a capital inside', () => {
    has('Hij is doorverwezen naar VieCuri voor een scan.', 'INSTITUTION', 'VieCuri');
    has('De wijkverpleging van ZorgSaam komt twee keer per week.', 'INSTITUTION', 'ZorgSaam');
  });
  it('takes no part of such a word for a place after a cue', () => {
    lacks('Ze is verwezen naar VluchtelingenWerk voor de gezinshereniging.', 'Vluchtelingen');
    lacks('Stuur het even in WhatsApp naar mij.', 'Whats');
  });
});

describe('a name after a place cue with a listed place after "in"', () => {
  it('types it as somewhere in that place, an organisation', () => {
    has('De klas gaat op schoolreis naar Vogelpark Avifauna in Alphen aan den Rijn.', 'CITY', 'Alphen aan den Rijn');
    has('Ze wil liever naar Zonnewende in Tilburg, dichter bij haar dochter.', 'INSTITUTION', 'Zonnewende');
  });
  it('leaves a listed place before another place a place', () => {
    has('Ze verhuist naar Zwolle in maart.', 'CITY', 'Zwolle');
  });
  it('leaves a district where someone lives a place, listed or not', () => {
    has('Het gezin woont in Bloemkampen in Zwolle.', 'CITY', 'Bloemkampen');
    has('Hij woont in de wijk Bloemkampen in Zwolle.', 'CITY', 'Bloemkampen');
  });
});

describe('one word that starts like a housing corporation', () => {
  it('types it as an organisation after a contact word', () => {
    has('Volgende week overleg ik met Woonhaven over het lekkende dak.', 'INSTITUTION', 'Woonhaven');
  });
  it('leaves a person after a contact word a person', () => {
    has('Volgende week overleg ik met Wessel over het lekkende dak.', 'PERSON', 'Wessel');
  });
});

describe('a listed organisation written in lower case', () => {
  it('finds it after a word that introduces one', () => {
    has('morgen om 10u een gesprek bij amphia, ik ga mee', 'INSTITUTION', 'amphia');
    has('de brief van acantus is binnen', 'INSTITUTION', 'acantus');
  });
  it('leaves it alone without such a word, and leaves listed names alone', () => {
    expect(found('acantus stuurt morgen iemand')).toEqual([]);
    lacksLabel('ze is vanmiddag bij laurens geweest', 'INSTITUTION', 'laurens');
  });
});
