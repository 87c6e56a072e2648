// Classes of persons of stop 23 (deidacc23p): names the detections already hold, used again where the rules would not
// take them alone, and more shapes of informal and line-shaped text. Invented examples, what a rule must find and what it
// must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { found, has, lacks } from './detected.js';

/** How often `value` is found as `label`. */
const timesFound = (text: string, label: string, value: string) => found(text).filter(([l, v]) => l === label && v === value).length;

describe('a name found once, used again', () => {
  it('is a person in lower case in a message, where the lists hold the first name as a word too', () => {
    const text = '[10:02] Roos Veldkamp: ik breng de tas vanavond langs\n[10:05] tijmen: leg hem maar bij roos neer, die is thuis';
    expect(timesFound(text, 'PERSON', 'roos')).toBe(1);
  });

  it('is a person after a greeting in lower case', () => {
    const text = '09-03-2027 14:01 – Bas: Dag meneer Bakir, lukt het morgen?\n09-03-2027 14:20 – Yusuf Bakir: hoi bas ja dat lukt';
    has(text, 'PERSON', 'bas');
  });

  it('is a person at a sentence start and as a name of two letters', () => {
    const text = 'Overleg met Jo Verstappen (buurtwerk) en Femke. Rondvraag: Jo stopt per 1 mei bij het buurtwerk.';
    expect(timesFound(text, 'PERSON', 'Jo')).toBe(1);
  });

  it('leaves the word alone after an article, as a thing', () => {
    const text = 'Mw. Roos Hazeleger belde over de tuin. Ze heeft een roos geplant bij de voordeur.';
    lacks(text, 'PERSON', 'roos');
  });

  it('takes no role or title of the span for a name', () => {
    const text = 'Gesprek met imam Idris Kaya over de jongeren. De imam wil de ouders uitnodigen.';
    lacks(text, 'PERSON', 'imam');
  });
});
