// Classes of persons of stop 23 (deidacc23p): names the detections already hold, used again where the rules would not
// take them alone, and more shapes of informal and line-shaped text. Invented examples, what a rule must find and what it
// must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { found, has, lacks } from './detected.js';

/** How often `value` is found as `label`. */
const timesFound = (text: string, label: string, value: string) => found(text).filter(([l, v]) => l === label && v === value).length;

describe('a name found once, used again', () => {
  it('is a person in lower case in a message, where the lists hold the first name as a word too', () => {
    const text = '[10:02] Roos Veldkamp: ik breng de tas vanavond langs\n[10:05] tijmen: leg hem maar bij roos neer, die is thuis';
    expect(timesFound(text, 'PERSON', 'roos')).toBe(1);
  });

  it('is a person after a greeting in lower case', () => {
    const text = '09-03-2027 14:01 – Bas: Dag meneer Bakir, lukt het morgen?\n09-03-2027 14:20 – Yusuf Bakir: hoi bas ja dat lukt';
    has(text, 'PERSON', 'bas');
  });

  it('is a person at a sentence start and as a name of two letters', () => {
    const text = 'Overleg met Jo Verstappen (buurtwerk) en Femke. Rondvraag: Jo stopt per 1 mei bij het buurtwerk.';
    expect(timesFound(text, 'PERSON', 'Jo')).toBe(1);
  });

  it('leaves the word alone after an article, as a thing', () => {
    const text = 'Mw. Roos Hazeleger belde over de tuin. Ze heeft een roos geplant bij de voordeur.';
    lacks(text, 'PERSON', 'roos');
  });

  it('leaves a listed first name alone in lower case where it is an ordinary word, not addressed', () => {
    lacks('Gesprek met Henk Winter over de schulden. Komende winter wordt lastig.', 'PERSON', 'winter');
    lacks('Max Kok belde. Het is max 3 uur per week.', 'PERSON', 'max');
    lacks('Max Kok belde. De groep is met max 4 ouders erg klein.', 'PERSON', 'max');
    lacks('Overleg met Job Smit. Hij zoekt een nieuwe job.', 'PERSON', 'job');
    lacks('Gesprek met Frank de Boer. Hij was heel frank over zijn schulden.', 'PERSON', 'frank');
    lacks('Toon Peters belde terug. Ik toon begrip voor zijn situatie.', 'PERSON', 'toon');
    lacks('Roos Visser werkt graag in de tuin. Ze heeft rozen en roos geplant.', 'PERSON', 'roos');
  });

  it('takes no role or title of the span for a name', () => {
    const text = 'Gesprek met imam Idris Kaya over de jongeren. De imam wil de ouders uitnodigen.';
    lacks(text, 'PERSON', 'imam');
  });
});

describe("the writer's sign-off on a note's last line", () => {
  it("is a person: a worker's initials or a first name after a dash", () => {
    has('Moeder belde over de brief van de school. Afgesproken dat ik vrijdag langskom.\n-GvS', 'PERSON', 'GvS');
    has('Zoon was niet thuis, buurvrouw zegt dat hij bij een vriend logeert.\nbk', 'PERSON', 'bk');
    has('Terugbellen maandag na 10 uur.\n– annelies', 'PERSON', 'annelies');
  });

  it('leaves a role, a word or a heading on the last line alone', () => {
    const text = 'Het overleg is verplaatst naar donderdag.\nteamleider';
    expect(found(text).filter(([l]) => l === 'PERSON')).toHaveLength(0);
    lacks('Alles is geregeld met de woningcorporatie.\nok', 'PERSON', 'ok');
  });

  it("leaves an agency, a benefit or a note's abbreviation on the last line alone", () => {
    const persons = (text: string) => found(text).filter(([l]) => l === 'PERSON');
    expect(persons('Inkomen:\n- AOW\n- WW')).toHaveLength(0);
    expect(persons('Verslag\n- bellen met school\n- UWV')).toHaveLength(0);
    expect(persons('Doorverwezen naar:\nGGD')).toHaveLength(0);
    expect(persons('Moeder heeft vragen over opvoeding.\nCJG')).toHaveLength(0);
    expect(persons('Bedrag per maand\nEUR')).toHaveLength(0);
    expect(persons('Afspraak verzet\nzsm')).toHaveLength(0);
    expect(persons('Terugbellen\ntzt')).toHaveLength(0);
  });
});

describe('a chat sender after a bracketed day, month and time', () => {
  it('is a person, also in lower case', () => {
    const text = '[03-04 09:12] wilma: wie heeft de sleutel van het buurthuis?\n[03-04 09:15] Karim Aziz: ligt bij mij';
    has(text, 'PERSON', 'wilma');
  });
});

describe('a nickname in quotes', () => {
  it('is a person after words that introduce a name, or after a name and a bracket or comma', () => {
    has('Jongere: Dex Hoogland (17), ook wel "Stip" genoemd door vrienden.', 'PERSON', 'Stip');
    has('Hij noemt een jongen "Krekel" uit de flat als degene die hem meenam.', 'PERSON', 'Krekel');
    has("Moeder zegt dat de oom van Ilias ('Bram') vaak langskomt.", 'PERSON', 'Bram');
  });

  it('leaves a capitalised ordinary word alone in quotes after a bare noun or a name', () => {
    lacks('Gesprek met Piet Bakker ("Thuis" is waar hij wil zijn).', 'PERSON', 'Thuis');
    lacks('Een vriendin ("Hulp") hielp haar.', 'PERSON', 'Hulp');
    lacks('De cliënt, "Vertrouwen" is het thema.', 'PERSON', 'Vertrouwen');
    lacks("Een man 'Beter' in de straat.", 'PERSON', 'Beter');
  });

  it('leaves a quoted word alone that nothing introduces as a name', () => {
    const text = 'Het project "Samenspel" start in mei; moeder vond de training "Zinvol" maar lang.';
    expect(found(text).filter(([l]) => l === 'PERSON')).toHaveLength(0);
  });
});
