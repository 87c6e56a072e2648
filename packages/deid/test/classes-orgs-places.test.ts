// Classes of issue 13's organisation and place typing (deidacc9): an organisation known by its context, a place known by
// its context. Each with invented examples, what a rule must type and what it must leave alone. No text of the
// evaluation sets.
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
const lacksLabel = (text: string, label: string, value: string) => expect(found(text)).not.toContainEqual([label, value]);

describe('an employer named after "werkt … bij", "start … bij", "stage bij"', () => {
  it('types the name where someone works or starts as an organisation, also where it holds a surname', () => {
    has('Hij werkt als monteur bij Bosman Fietsen sinds mei.', 'INSTITUTION', 'Bosman Fietsen');
    has('Zij werkt bij Bloemist Yilmaz op zaterdag.', 'INSTITUTION', 'Bloemist Yilmaz');
    has('Ze loopt stage bij Tuincentrum Hoekman in Ede.', 'INSTITUTION', 'Tuincentrum Hoekman');
  });
  it('keeps a first name after "bij" a person, and a person of a team', () => {
    has('Hij werkt vaak bij Marco thuis aan zijn scooter.', 'PERSON', 'Marco');
    lacksLabel('Zij werkt samen met Jan Smit van het wijkteam.', 'INSTITUTION', 'Jan Smit');
  });
});

describe('a place that is also a name, typed by what stands before it', () => {
  it('takes a capital after "te" for a place, a first name too', () => {
    has('Geboren: 3 maart 1987 te Sorina (Roemenië)', 'CITY', 'Sorina');
    has('Hij woont sinds kort te Lissabon.', 'CITY', 'Lissabon');
  });
  it('takes the word after a street, a number and a comma for the town', () => {
    has('Adres: Lindelaan 9, Witten. Hij 86.', 'CITY', 'Witten');
  });
  it('keeps a full name after an address a person', () => {
    has('Adres: Lindelaan 9, Jan Pieters belt terug.', 'PERSON', 'Jan Pieters');
  });
});

describe('the area after a neighbourhood role', () => {
  it('takes a listed place after "wijkagent", "buurtcoach" for the area, and keeps a surname there a person', () => {
    has('Willem Oudshoorn, wijkagent Lombok', 'CITY', 'Lombok');
    has('Gisteren belde wijkagent Jansen terug.', 'PERSON', 'Jansen');
  });
});

describe('one word that ends in a kind of organisation', () => {
  it('types a church, a club or a centre in brackets after a person as an organisation, not a place', () => {
    has('Aanwezig: Marijke Hoekstra (Pauluskerk), Henk Smit', 'INSTITUTION', 'Pauluskerk');
  });
});
