// Classes of persons, ages and dates named in stop 21's accuracy round (issue 13, branch deidacc21p), each with invented
// examples: what a rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
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

describe('a worker’s initials with a tussenvoegsel’s letters', () => {
  it('takes them after a date, a label, in a table cell and before a colon', () => {
    has('14/09/2026 PvdZ: huisbezoek afgelegd', 'PERSON', 'PvdZ');
    has('Actie: GvdK belt de school.', 'PERSON', 'GvdK');
    has('| KL-2201 | 06-12345678 | SvdW |', 'PERSON', 'SvdW');
    has('Verslag TdJ: moeder was thuis.', 'PERSON', 'TdJ');
  });
  it('leaves bodies, plans and codes of that shape alone, and the letters after a word of running text', () => {
    const text = 'Ze schrijft zich in bij de KvK; het PvA volgt. Kenmerk MLD-HvT-26-0012. Overleg met RvB morgen.';
    expect(ofLabel(text, 'PERSON')).toEqual([]);
  });
});

describe('a table’s column of the worker who handles a case', () => {
  it('takes the cells under a column named for a case manager or a director of care, initials too', () => {
    const table = '| Dossier | Naam | Casemanager |\n|---|---|---|\n| D-1201 | Ans Mol | TB |\n| D-1202 | Piet Jol | Wendy Kok |';
    has(table, 'PERSON', 'TB');
    has(table, 'PERSON', 'Wendy Kok');
    const tabs = 'dossier\tregievoerder\tstatus\n26-0114\tJK\topen';
    has(tabs, 'PERSON', 'JK');
  });
});

describe('ages of children listed after their count', () => {
  it('takes the ages in brackets after a children field and the count', () => {
    const text = 'Kinderen in huis: 3 (4, 9 en 11)';
    expect(ofLabel(text, 'AGE')).toEqual([
      ['AGE', '4'],
      ['AGE', '9'],
      ['AGE', '11'],
    ]);
  });
  it('leaves numbers in brackets after a count and a verb alone', () => {
    expect(ofLabel('De kinderen gaan 3 (4, 5) dagen naar de opvang.', 'AGE')).toEqual([]);
  });
});
