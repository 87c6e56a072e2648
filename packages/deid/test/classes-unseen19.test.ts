// Classes of issue 13's organisations, places and addresses found on unseen19 (deidacc16). Each with invented
// examples, what a rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacksLabel = (text: string, label: string, value: string) => expect(found(text)).not.toContainEqual([label, value]);

describe('tables with a header row', () => {
  it('finds the street and number in a column named for an address, with an addition the date rule would take', () => {
    const bars =
      '| nr | naam | adres | lft |\n|---|---|---|---|\n| 1 | Marit Kramer | Hoefkamp 23-05 | 41 |\n| 2 | Piet Smit | Zeggeveld 7 | 66 |';
    has(bars, 'ADDRESS', 'Hoefkamp 23-05');
    has(bars, 'ADDRESS', 'Zeggeveld 7');
    lacksLabel(bars, 'DATE', '23-05');
  });
  it('reads a cell that names a kind of organisation as a value of its column, not as a new header', () => {
    const tabs =
      'dossier\tnaam\tleeftijd\twoonplaats\twijk\tverwijzer\n' +
      'AB-11\tVos, Henk\t71\tLochem\tBarchem\thuisarts\n' +
      'AB-12\tKoster, Ria\t38\tZutphen\tLeesten\tschool\n' +
      'AB-13\tDekker, Jan\t55\tDeventer\tColmschate\twerkgever';
    has(tabs, 'AGE', '38');
    has(tabs, 'AGE', '55');
    has(tabs, 'CITY', 'Leesten');
    has(tabs, 'CITY', 'Colmschate');
    lacksLabel(tabs, 'INSTITUTION', 'Leesten');
  });
  it('takes each organisation of a list in a partners column, without the doubt after it', () => {
    const bars = '| cliënt | lft | betrokken partners |\n| Sanne Bos | 33 | Zorgpalet?, Stichting Welzijn Oost |';
    has(bars, 'INSTITUTION', 'Zorgpalet');
    has(bars, 'INSTITUTION', 'Stichting Welzijn Oost');
  });
  it('takes no row of a field and its value for a header', () => {
    const form = '| Naam | Grietje Bosma |\n| Woonplaats | Dokkum |\n| Telefoon | 0519 22 33 44 |';
    lacksLabel(form, 'PERSON', 'Woonplaats');
    lacksLabel(form, 'PERSON', 'Telefoon');
  });
});

describe('organisations typed as a place or a person', () => {
  it('types a word, "Centrum" and a place as the centre of that place, and a place and its Centrum as a district', () => {
    has('Zijn broer pakt dozen in bij Distributie Centrum Meppel.', 'INSTITUTION', 'Distributie Centrum Meppel');
    has('Volgende week een scan in het Medisch Centrum Zevenaar.', 'INSTITUTION', 'Medisch Centrum Zevenaar');
    has('Ze woont in de wijk Zwolle Centrum sinds mei.', 'CITY', 'Zwolle Centrum');
  });
  it("finds a shop, an advocates' firm, a taxi firm, a shelter or a teachers' college named after its kind", () => {
    has('Een nieuwe band komt van Fietsshop De Spaak, na het weekend.', 'INSTITUTION', 'Fietsshop De Spaak');
    has('Hij vult vakken bij Supermarkt Van Tol in het dorp.', 'INSTITUTION', 'Supermarkt Van Tol');
    has('Vervoer loopt via Taxi Zeeland sinds de indicatie.', 'INSTITUTION', 'Taxi Zeeland');
    has('Ze verblijft nu bij Opvang Zonnedauw in Ede.', 'INSTITUTION', 'Opvang Zonnedauw');
    has('Hij studeert aan de Pabo Noordkust en loopt stage.', 'INSTITUTION', 'Pabo Noordkust');
    has('De brief kwam van Gerechtsdeurwaarders Kok & Van Rijn over de vordering.', 'INSTITUTION', 'Gerechtsdeurwaarders Kok & Van Rijn');
  });
});

describe('more kinds first', () => {
  it('finds a fashion house and a community house named after their kind, and a market compound', () => {
    has('Er staat nog een rekening open bij Modehuis Verhoef.', 'INSTITUTION', 'Modehuis Verhoef');
    has('De avond is in Gemeenschapshuis De Pit.', 'INSTITUTION', 'Gemeenschapshuis De Pit');
  });
});

describe('housing corporations by the shape of their name', () => {
  it('finds a coined Woon- word and the name after it, at the head of a letter too', () => {
    has('Woonlust Beekdal\nAfdeling Verhuur\n\nGeachte heer,', 'INSTITUTION', 'Woonlust Beekdal');
    has('De huurachterstand bij Woonstroom Achterhoek is opgelopen.', 'INSTITUTION', 'Woonstroom Achterhoek');
  });
  it('leaves ordinary woon- compounds and roles alone', () => {
    lacksLabel('Woonplaats Deventer, geboren in 1970.', 'INSTITUTION', 'Woonplaats Deventer');
    lacksLabel('Gesprek met de Woonconsulent Zeist over de sleutel.', 'INSTITUTION', 'Woonconsulent Zeist');
  });
});

describe("a social team's area in an attendee's brackets", () => {
  it('types the area as a place, not the team as an organisation', () => {
    const minutes = 'Aanwezig: Fleur Damen (Wijkteam Kralingen, voorzitter), Bas Kooi (Sociaal Team Venlo-Oost, notulen)';
    has(minutes, 'CITY', 'Kralingen');
    has(minutes, 'CITY', 'Venlo-Oost');
    lacksLabel(minutes, 'INSTITUTION', 'Wijkteam Kralingen');
  });
  it('still takes another employer in the brackets as an organisation', () => {
    has('Aanwezig: Fleur Damen (Woonzorg Lindeboom, huismeester)', 'INSTITUTION', 'Woonzorg Lindeboom');
  });
});

describe('addresses of a letterhead line', () => {
  it('finds a street without a kind before a postcode after a dash or a middle dot', () => {
    has('Afdeling Financiën\nDoornakker 4 – 8302 TC Emmeloord', 'ADDRESS', 'Doornakker 4');
    has('Re-integratie Oost · Het Hulsbeek 12 · 7561 AN Deurningen', 'ADDRESS', 'Het Hulsbeek 12');
  });
});

describe('a house number read as a date', () => {
  it('keeps the street and its number with an addition as one address, whatever the street ends in', () => {
    has('Ze verhuist in april naar Vlinderplantsoen 9-2 met haar zoon.', 'ADDRESS', 'Vlinderplantsoen 9-2');
    has('Afspraak op 9-2 om tien uur.', 'DATE', '9-2');
  });
});

describe('names joined by "&"', () => {
  it('types surnames joined by "&" as a firm, and first names so joined as people', () => {
    has('De nota voor het advies kwam van Bos & Kamphuis, in twee termijnen.', 'INSTITUTION', 'Bos & Kamphuis');
    expect(found('Op de foto staan Piet & Truus samen.').filter(([l]) => l === 'INSTITUTION')).toEqual([]);
  });
});

describe('a club by its founding year', () => {
  it('types a name with a year after it as a club', () => {
    has("Groet van de trainer,\nnamens Oranje-Groen '31,\nHenk Smit", 'INSTITUTION', "Oranje-Groen '31");
  });
});

describe('a kind in lower case before the name', () => {
  it('types the name after samenwerkingsverband, a project or an mbo as an organisation', () => {
    has('Vandaag belde het samenwerkingsverband Leerkracht Drenthe over een plek.', 'INSTITUTION', 'Leerkracht Drenthe');
    has('Hij wil een opleiding bij mbo Vos Twente volgen.', 'INSTITUTION', 'Vos Twente');
  });
});

describe('the run of capitalised words after "van"', () => {
  it('reads the whole run when a joiner stands first', () => {
    has('Het rooster van Sportief Centrum Zeist is veranderd.', 'INSTITUTION', 'Sportief Centrum Zeist');
  });
});

describe('the place after a postcode', () => {
  it('types the words after a postcode as the place where a person rule took them', () => {
    has('Aan: mevrouw Jansen\nDorpsweg 8\n7683 GK Den Ham\n\nDatum: 1 mei', 'CITY', 'Den Ham');
  });
});

describe('a street named by its kind alone', () => {
  it('finds "Singel 6" or "Markt 4" after a place and a comma, not a count after the kind', () => {
    has('Hij woont in Ouderkerk aan de Amstel, Singel 6. Verder niets.', 'ADDRESS', 'Singel 6');
    has('Hij woont in Ootmarsum, Markt 12.', 'ADDRESS', 'Markt 12');
    lacksLabel('Op de Markt 2 kramen met groente.', 'ADDRESS', 'Markt 2');
  });
});

describe('an article and a kind in lower case', () => {
  it('names no organisation ("De moskee", "Het ziekenhuis"), a name before the kind does', () => {
    expect(found('Zo gaat het.\n5. De moskee helpt met eten. Het ziekenhuis belt terug.').filter(([l]) => l === 'INSTITUTION')).toEqual([]);
    has('Hij is opgenomen in het Rode Kruis Ziekenhuis sinds dinsdag.', 'INSTITUTION', 'Rode Kruis Ziekenhuis');
  });
});

describe('a coined Woon- word at a sentence start (review 19)', () => {
  it('leaves a woon- word before a place or a common word at a sentence start alone', () => {
    lacksLabel('Woonachtig Utrecht, alleen.', 'INSTITUTION', 'Woonachtig Utrecht');
    has('Woonachtig Utrecht, alleen.', 'CITY', 'Utrecht');
    lacksLabel('Woonurgentie Deventer is afgewezen.', 'INSTITUTION', 'Woonurgentie Deventer');
    lacksLabel('Woonkosten Hoog door energie.', 'INSTITUTION', 'Woonkosten Hoog');
    lacksLabel('Woonproblemen Zijn groot.', 'INSTITUTION', 'Woonproblemen Zijn');
  });
  it('still takes it heading a letter, and after a word mid-sentence', () => {
    has('Woonlust Beekdal\nAfdeling Verhuur', 'INSTITUTION', 'Woonlust Beekdal');
    has('De brief kwam van Woonstroom Achterhoek gisteren.', 'INSTITUTION', 'Woonstroom Achterhoek');
  });
});

describe('markets that are no shop (review 19)', () => {
  it('takes a shop named "…markt", not a weekly or a labour market', () => {
    has('Hij werkt nu bij Bouwmarkt De Klusser in het dorp.', 'INSTITUTION', 'Bouwmarkt De Klusser');
    const none = (text: string) => expect(found(text).filter(([label]) => label === 'INSTITUTION')).toEqual([]);
    none('Weekmarkt Dinsdag gaat niet door.');
    none('Het gesprek ging over de Arbeidsmarkt Noord en zijn kansen.');
  });
});

describe('"Centrum" and a place at a sentence start (review 19)', () => {
  it('reads a common word before "Centrum" at a sentence start as no part of a name, an adjective as a kind', () => {
    lacksLabel('Vandaag Centrum Ede bezocht.', 'INSTITUTION', 'Vandaag Centrum Ede');
    lacksLabel('Gisteren Centrum Ede gezien.', 'INSTITUTION', 'Gisteren Centrum Ede');
    has('Medisch Centrum Ede belde terug.', 'INSTITUTION', 'Medisch Centrum Ede');
  });
});

describe('remarks in an address column (review 19)', () => {
  it('takes no remark that starts with a common word, nor a number of five digits, as an address', () => {
    const bars =
      '| naam | adres |\n|---|---|\n| Piet Smit | Niet bekend 2 |\n| Ria Vos | Zie dossier 2024 |\n| Jan Kok | Lange Nieuwstraat 4 |\n| Els Bos | Zonnedauw 12345 |';
    lacksLabel(bars, 'ADDRESS', 'Niet bekend 2');
    lacksLabel(bars, 'ADDRESS', 'Zie dossier 2024');
    lacksLabel(bars, 'ADDRESS', 'Zonnedauw 12345');
    has(bars, 'ADDRESS', 'Lange Nieuwstraat 4');
  });
});

describe('a dash before a postcode (review 19)', () => {
  it('takes no number before an ASCII hyphen and a postcode without a street, but a dash or a tab and a dash', () => {
    lacksLabel('Prijs 12 - 1234 AB', 'ADDRESS', 'Prijs 12');
    has('Kerkstraat 12 - 1234 AB Ede', 'ADDRESS', 'Kerkstraat 12');
    has('Doornakker 4\t– 8302 TC Emmeloord', 'ADDRESS', 'Doornakker 4');
  });
});
