// Classes of persons, ages, identifiers and phone numbers named for issue 13's unseen16 round (ages, identifiers and
// informal text: team apps, chats, call notes), each with invented examples: what a rule must find and what it must
// leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, label: string, value: string) => expect(found(text)).not.toContainEqual([label, value]);

describe('chat senders after a stamp of a team app', () => {
  it('takes a sender after a bracketed weekday and time', () => {
    const chat = '[di 21:03] merel: ben er zo\n[wo 07:40] ruben: top, dank je merel';
    has(chat, 'PERSON', 'merel');
    has(chat, 'PERSON', 'ruben');
  });
  it('takes a lower-case sender after a bare time where the same word speaks again', () => {
    const chat = 'groepsapp\n09:02 lotte: wie gaat er mee?\n09:05 daan: ik\n09:06 lotte: fijn\n09:07 daan: haal ik de sleutel?';
    has(chat, 'PERSON', 'lotte');
    has(chat, 'PERSON', 'daan');
  });
  it('leaves an agenda of times and topics alone', () => {
    const agenda = 'Programma\n09:30 Opening: de voorzitter\n10:00 Pauze: koffie\n10:15 Opening: tweede deel';
    lacks(agenda, 'PERSON', 'Opening');
    lacks(agenda, 'PERSON', 'Pauze');
  });
});

describe('ages beside what the rules found', () => {
  it('takes the age after a date of birth, perhaps after "nu" or "dus"', () => {
    has('Dhr. Kees Mulder, °02.07.1940, 85, woont alleen.', 'AGE', '85');
    has('Geboren: 3-9-1961, nu 64; woont sinds kort hier.', 'AGE', '64');
    has('Zoontje Ravi (geb. 8 mei 2023, dus twee) blijft thuis.', 'AGE', 'twee');
  });
  it('takes the age it is corrected to and the other one it may be', () => {
    has('Vader zegt dat hij 31 is, niet 32; de papieren kloppen niet.', 'AGE', '31');
    has('Vader zegt dat hij 31 is, niet 32; de papieren kloppen niet.', 'AGE', '32');
    has('Mw. Brouwer is 81 of 82, ze weet het zelf niet.', 'AGE', '82');
  });
  it('takes an age after a nationality or "ca." between commas, and after a name before "is"', () => {
    has('Dhr. Ivo Marinov, Bulgaars, 47, belt via een tolk.', 'AGE', '47');
    has('Vader (Dario, ca. 40) werkt in de kassen.', 'AGE', '40');
    has('Het ging mis toen Senna 16 is geworden.', 'AGE', '16');
  });
  it('leaves a date that is no birth, a threshold and a count alone', () => {
    lacks('Overleg op 12-03-2025, 14 deelnemers waren er.', 'AGE', '14');
    lacks('De hulp stopt als hij 18 wordt.', 'AGE', '18');
  });
});
