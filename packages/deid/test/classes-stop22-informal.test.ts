// Classes of issue 13's informal text of stop 22 (deidacc22q): lower-case first names in chats that the lists also hold
// as words, given away by their context only (a chat's sender, a bracketed age, a possessive and a kinship word), and
// days of the month written as ordinals alone. Invented examples, what a rule must find and what it must leave alone.
// No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { found, has, lacks } from './detected.js';

/** How often `value` is found as `label`. */
const timesFound = (text: string, label: string, value: string) => found(text).filter(([l, v]) => l === label && v === value).length;
const chat = (...lines: string[]) => lines.map((line, i) => `[14:${10 + i}] ${line}`).join('\n');

describe("a chat sender's name in another message", () => {
  it('is a person where it is written in lower case, though the lists hold it as a word too', () => {
    const text = chat('bram: ik heb het dossier bijgewerkt', 'fleur: mooi zo, ik bel bram morgen nog');
    expect(timesFound(text, 'PERSON', 'bram')).toBe(2);
  });

  it('is a person after thanks though the name is also a word', () => {
    const text = chat('jo: de huurachterstand is geregeld', 'fleur: thx jo ik zet het in het plan');
    expect(timesFound(text, 'PERSON', 'jo')).toBe(2);
  });

  it('is a person after praise at the end of a message', () => {
    const text = chat('jo: gesprek met de school ging goed', 'fleur: top jo!');
    expect(timesFound(text, 'PERSON', 'jo')).toBe(2);
  });

  it('leaves the same word alone where it is an ordinary word of a message', () => {
    const text = chat('dan: ik ben er om 3 uur', 'fleur: goed, dan kom ik ook', 'fleur: top dan ga ik vast');
    expect(found(text).filter(([, v]) => v === 'dan')).toHaveLength(1);
  });
});

describe('a lower-case first name before a bracketed age', () => {
  it('is a person, and the number its age', () => {
    const text = chat('fleur: moeder was thuis, kees (7) was al naar school', 'teun: ok');
    has(text, 'PERSON', 'kees');
    has(text, 'AGE', '7');
  });

  it('leaves an ordinary word before a number in brackets alone', () => {
    lacks('de kamer (3) moet nog geverfd worden', 'PERSON', 'kamer');
  });
});

describe('a lower-case first name before a possessive and a kinship word', () => {
  it.each([
    ['hij slaapt nu bij bram zn tante in de flat', 'bram'],
    ["de jongen logeert bij bram z'n oma tot vrijdag", 'bram'],
  ])('is a person: %s', (text, name) => {
    has(text, 'PERSON', name);
  });

  it('leaves a word that is no name before a possessive alone', () => {
    lacks('het gaat over zijn moeder en hoe het met haar vader gaat', 'PERSON', 'over');
  });
});

describe('a day of the month written as an ordinal alone', () => {
  it.each([
    ['Ze moet de huur voor de 28e betalen anders komt er een aanmaning.', '28e'],
    ['zijn verjaardag is op de 9e, dan geven we een feestje', '9e'],
    ['Haar zoon (wordt 6 op de 21e) zit in groep 2.', '21e'],
    ['Afspraak verzet naar vrijdag, tot de 14e is zij weg.', '14e'],
  ])('is a date after a preposition of time: %s', (text, day) => {
    has(text, 'DATE', day);
  });

  it.each([
    ['Zij woont op de 4e verdieping zonder lift.', '4e'],
    ['De familie woont sinds kort op de 11e, met uitzicht op het park.', '11e'],
    ['Voor de 2e keer is de afspraak niet doorgegaan.', '2e'],
    ['Hij zit in de 3e klas van het vmbo.', '3e'],
  ])('leaves an ordinal that counts a noun alone: %s', (text, ordinal) => {
    lacks(text, 'DATE', ordinal);
  });
});
