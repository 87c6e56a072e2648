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
