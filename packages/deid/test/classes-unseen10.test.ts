// Classes of ages named for issue 13's unseen10 round (the weakest label: a person's age in chats, forms, tables and
// lists), each with invented examples: what a rule must find and what it must leave alone (durations, amounts, counts,
// times, populations). No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacks = (text: string, value: string) => expect(found(text).map(([, v]) => v)).not.toContain(value);
const noAge = (text: string) => expect(found(text).filter(([label]) => label === 'AGE')).toEqual([]);

describe('ages in labelled fields', () => {
  it('takes an approximate age after a "Leeftijd" field and every age of a "Leeftijden" list', () => {
    has('Naam: Karim Bennani\nLeeftijd: circa 55\nWoonplaats: Gouda', 'AGE', '55');
    has('Leeftijd moeder: ongeveer 42', 'AGE', '42');
    const list = 'Drie kinderen thuis. Leeftijden 13, 9 en 6.\nInkomen: bijstand';
    has(list, 'AGE', '13');
    has(list, 'AGE', '9');
    has(list, 'AGE', '6');
  });
  it('stops a labelled list at a count', () => {
    const text = 'Leeftijd: 67, 3 kinderen uit huis.';
    has(text, 'AGE', '67');
    lacks(text, '3');
  });
});

describe('bare ages after is and adverbs, and corrected ages', () => {
  it('takes an age after two adverbs and after a lower-case name between commas', () => {
    has('Bas: Verbeek is toch al 79?\nInge: denk het wel', 'AGE', '79');
    has('die jongen, mehmet, is echt 15 hoor', 'AGE', '15');
  });
  it('takes the age a bare age is corrected to', () => {
    const text = 'zijn zoon, timo, is echt 14 en niet 13 zoals in het dossier staat';
    has(text, 'AGE', '14');
    has(text, 'AGE', '13');
  });
});

describe("durations and general ages are no person's age", () => {
  it('leaves a term named on the line, "met N jaar", an arrear and comparisons with a population alone', () => {
    noAge('Opzegtermijn huur: 2 jaar voor de verhuurder, 1 jaar voor de huurder.');
    noAge('De rechter besloot de ondertoezichtstelling met 1 jaar te verlengen.');
    noAge('Hij heeft een rekenachterstand van 2 jaar.');
    noAge('Een derde van de bezoekers is ouder dan 70 jaar.');
    noAge('Voor kinderen jonger dan 4 jaar is de toegang gratis.');
  });
});
