// False alarms and narrowings found by review 22 in stop 22's rules (ages, dates, persons, identifiers), each with
// invented examples: what a rule must leave alone, and what it must still find. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { has, lacks, ofLabel } from './detected.js';

describe('a number word after a thing as subject is no age', () => {
  it.each(['Het is twee.', 'Dat is drie.', 'Kamer is vijf.', 'Dat was vier, niet vijf.', 'Hij is vier, vijf keer langs geweest.'])(
    'leaves %j without an age',
    (text) => expect(ofLabel(text, 'AGE')).toEqual([]),
  );
  it('still takes it after a person, kin or a title', () => {
    has('Ingrid is tachtig.', 'AGE', 'tachtig');
    has('Mevrouw Blom is tachtig.', 'AGE', 'tachtig');
    has('Zijn zus is eenenzestig, woont in Assen.', 'AGE', 'eenenzestig');
  });
});
