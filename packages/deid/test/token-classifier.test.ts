// The statistical layer (src/statistical/): its generated weights, its synthetic training notes,
// and the classes it finds where the rules do not, each with invented examples (no text of the
// evaluation sets), with the false alarms it must not add.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTokenModel, OUTPUT } from '../scripts/train-token-classifier.js';
import { ORGANISATION_WORDS, SENTENCES, syntheticNotes } from '../scripts/synthetic-notes.js';
import { detect, detectByRules } from '../src/detect.js';
import { scan } from '../src/scan.js';

const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end), s.source]);
const byRules = (text: string) => detectByRules(text, scan(text)).map((s) => [s.label, text.slice(s.start, s.end)]);
const byClassifier = (text: string) =>
  detect(text)
    .filter((s) => s.source === 'token-classifier')
    .map((s) => [s.label, text.slice(s.start, s.end)]);

describe('the weights of the token classifier', () => {
  it('are what the training script gives (run it after changing the features, the notes or the word lists)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(buildTokenModel());
  }, 180_000);

  it('stay small enough to ship in the side panel', () => {
    expect(readFileSync(OUTPUT, 'utf8').length).toBeLessThan(80_000);
  });
});

describe('the synthetic training notes', () => {
  it('are the same for a seed, and their spans mark names, organisations and places', () => {
    const notes = syntheticNotes(20, 7);
    expect(syntheticNotes(20, 7)).toEqual(notes);
    expect(syntheticNotes(20, 8)).not.toEqual(notes);
    const spans = notes.flatMap((n) => n.spans.map((s) => ({ label: s.label, value: n.text.slice(s.start, s.end) })));
    expect(new Set(spans.map((s) => s.label))).toEqual(new Set(['PERSON', 'INSTITUTION', 'CITY']));
    for (const { value } of spans) expect(value).toMatch(/^\p{Lu}/u);
  }, 30_000);

  const sets = ['dev', 'heldout', 'unseen', 'unseen2', 'unseen3', 'unseen4'].map((set) =>
    readFileSync(new URL(`../data/${set}.jsonl`, import.meta.url), 'utf8').toLowerCase(),
  );
  it('hold no sentence of an evaluation set (their templates were written for the script)', () => {
    for (const template of SENTENCES)
      for (const part of template.split(/\{[A-Za-z]\}/).map((p) => p.trim().toLowerCase()))
        if (part.length >= 24) for (const set of sets) expect(set.includes(part), part).toBe(false);
  });

  it('name organisations after no word of an evaluation set', () => {
    for (const word of ORGANISATION_WORDS) for (const set of sets) expect(set.includes(word.toLowerCase()), word).toBe(false);
  });
});

describe('what the classifier finds where the rules do not', () => {
  it('a name no list holds, where a message introduces or quotes someone', () => {
    const texts = ['Vanochtend appte Dagny dat de uitkering binnen is.', 'Goedemiddag, dit is Tsehay, de moeder van Robel.'];
    expect(byRules(texts[0]!)).toEqual([]);
    expect(byClassifier(texts[0]!)).toEqual([['PERSON', 'Dagny']]);
    expect(byRules(texts[1]!)).toEqual([['PERSON', 'Robel']]);
    expect(byClassifier(texts[1]!)).toEqual([['PERSON', 'Tsehay']]);
  });

  it('an organisation named by an article and an ordinary word, where one goes to it', () => {
    const text = 'Na schooltijd kan hij terecht op De Kletskop, daar is koffie.';
    expect(byRules(text)).toEqual([]);
    expect(byClassifier(text)).toEqual([['INSTITUTION', 'De Kletskop']]);
  });

  it('the kind before an organisation the rules found, in its span', () => {
    const text = 'Sinds maart betaalt hij aan Woningcorporatie Oosterpoort.';
    expect(byRules(text)).toEqual([['INSTITUTION', 'Oosterpoort']]);
    expect(found(text)).toEqual([['INSTITUTION', 'Woningcorporatie Oosterpoort', 'institution-after-kind']]);
  });
});

describe('what the classifier leaves alone', () => {
  it.each([
    [
      'field labels and mail headers',
      'Datum: 12-03-2025\nOnderwerp: Re: huisbezoek\nKosten: geen\nDoel: overzicht\nSent: Wednesday, 4 March',
    ],
    ['abbreviations of laws and fields', 'Geb.: 02-09-2004. Zie art. 6:7 Awb en de Wvggz.'],
    [
      'car models, agencies of two words and articles before lower case',
      'Hij rijdt een Opel Corsa. Zilveren Kruis betaalt. Het gezin is rustig.',
    ],
    ['a name that is also a word at a sentence start', 'Bakker is zijn vak, hij werkt vroeg.'],
    ['words in another script', 'Iryna: Привіт, дякую за допомогу.'],
    ['capitalised values of a list', 'Vandaag besproken: Schuldhulp, Armoede en Werk. Onze waarden: Moed, Rust en Respect.'],
  ])('%s', (_, text) => {
    expect(byClassifier(text)).toEqual([]);
  });

  it('keeps the spans sorted and apart, on notes where it marks many words', () => {
    for (const { text } of syntheticNotes(300, 99)) {
      const spans = detect(text);
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
  });

  it('never touches what the rules found', () => {
    const text = 'Mw. Jansen (geb. 12-03-1984) belt vanaf 06-41873520 over Lemlem.';
    const rules = detectByRules(text, scan(text));
    const all = detect(text);
    for (const span of rules) expect(all).toContainEqual(span);
  });
});
