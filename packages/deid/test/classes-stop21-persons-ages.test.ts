// Classes of persons, ages and dates named in stop 21's accuracy round (issue 13, branch deidacc21p), each with invented
// examples: what a rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const ofLabel = (text: string, label: string) => found(text).filter(([l]) => l === label);

describe('chat senders', () => {
  it('takes a sender after a day, a month and a time without a year, as a phone exports a chat', () => {
    const chat = '03-12 09:14 - lotte: morgen huisbezoek\n03-12 09:15 - daan: ok, ik rij mee\n03-12 09:16 - lotte: top';
    expect(ofLabel(chat, 'PERSON')).toEqual([
      ['PERSON', 'lotte'],
      ['PERSON', 'daan'],
      ['PERSON', 'lotte'],
    ]);
  });
  it('leaves a heading after such a stamp alone', () => {
    expect(ofLabel('03-12 09:14 - Agenda: huisbezoek en overleg', 'PERSON')).toEqual([]);
  });
});
