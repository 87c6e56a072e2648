// Classes of issue 13's organisations, places and addresses of stop 20 (deidacc18). Each with invented examples, what a
// rule must find and what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, value: string) => expect(found(text).map(([, v]) => v)).not.toContain(value);

describe('listed organisations the capitalised-word lookup never read', () => {
  it.each([
    ['in capitals', 'Na de operatie in het UMCG komt hij naar huis.', 'UMCG'],
    ['with a capital inside the first word', 'Hij is aangemeld bij GGz Centraal voor een intake.', 'GGz Centraal'],
    ['one word with a capital inside', 'De huur gaat naar TWB, zegt ze.', 'TWB'],
    ['an abbreviation beside a full stop', 'Controle staat gepland bij het CWZ.', 'CWZ'],
  ])('finds one %s, as listed', (_, text, value) => has(text, 'INSTITUTION', value));

  it('takes the name only as listed: not in lower case, not inside a longer word', () => {
    lacks('de uitslag van het umcg kwam gisteren', 'umcg');
    lacks('Code UMCGX staat op de brief.', 'UMCGX');
    expect(found('Code UMCGX staat op de brief.').filter(([label]) => label === 'INSTITUTION')).toEqual([]);
  });
});
