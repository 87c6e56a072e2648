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

describe('a service and the town it serves', () => {
  it.each([
    ['Het dossier is doorgegeven aan Leerplicht Kampen.', 'Kampen'],
    ['We gaan samen via Werkplein Zwolle verder.', 'Zwolle'],
    ['Intake op kantoor Sociaal Domein Kampen-Zuid gepland.', 'Kampen-Zuid'],
  ])("of the municipality is the town's place, not an organisation: %s", (text, place) => {
    expect(found(text)).toEqual([['CITY', place]]);
  });

  it.each([
    ['Ze leert Nederlands bij Taalhuis Zwolle.', 'Taalhuis Zwolle'],
    ['Hij gaat naar Speeltuin Transvaal met de kinderen.', 'Speeltuin Transvaal'],
    ['Gesprek met WIJ Selwerd over de aanvraag.', 'WIJ Selwerd'],
    ['Dat loopt via de crisisdienst Wij Hoogezand.', 'Wij Hoogezand'],
  ])('of a local branch is one organisation with its place: %s', (text, value) => has(text, 'INSTITUTION', value));

  it('leaves a region no list holds as it was, and "Wij" starting a sentence', () => {
    has('Hij meldt zich bij Leerplicht Achterhoek.', 'INSTITUTION', 'Leerplicht Achterhoek');
    expect(found('Wij Zwollenaren zijn trots op de wijk.')).toEqual([]);
  });
});
