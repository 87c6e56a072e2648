import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABELLED_VERSION, readLabelledNotes } from '../scripts/suggestion-score.js';
import { readTrainingDir } from '../scripts/train-suggestions.js';
import { foldForMatching } from '../src/fold.js';
import { suggestTerms } from '../src/index.js';
import { dutchWords } from '../src/suggest/dutch-words.js';
import { PACKAGE_DIR } from './helpers.js';

// A fingerprint of the ranking (ids, scores to 12 digits, the words behind each) on both labelled
// sets and every 10th training note, whole and cut to their first 40 and 120 characters (a few
// words, a sentence). Work that should only make suggestTerms faster must leave it as it is; a
// change to the ranking on purpose updates it (and says so in the commit).
const RANKING_FINGERPRINT = '25427029e0e787b727da35b3a1ccea02fa6ead35f046ce834157623cb81d2b08';

describe('the ranking of suggestions', () => {
  it('is the one fingerprinted: only a change on purpose moves it', () => {
    const labelled = ['data/suggest/labelled.jsonl', 'data/suggest2/labelled2.jsonl'].flatMap((file) =>
      readLabelledNotes(readFileSync(`${PACKAGE_DIR}${file}`, 'utf8'), file),
    );
    const texts = [
      ...labelled.map((n) => n.text),
      ...readTrainingDir()
        .filter((_, i) => i % 10 === 0)
        .map((n) => n.text),
    ];
    const hash = createHash('sha256');
    for (const text of texts)
      for (const clip of [text, text.slice(0, 40), text.slice(0, 120)])
        for (const s of suggestTerms(clip, { version: LABELLED_VERSION, limit: 8 }))
          hash.update(`${s.term.id} ${s.score.toPrecision(12)} ${s.hits} ${s.matched.join('|')}\n`);
    expect(hash.digest('hex')).toBe(RANKING_FINGERPRINT);
    // About 1,700 clips ranked three ways: 3-4 s alone, more on the shared machine under load.
  }, 60_000);
});

describe('the words of a clip', () => {
  it('are the folded words of the text, whether it is plain ASCII or not', () => {
    const texts = [
      'Geïntegreerde zorg: café-bezoek (2x) met Zoë; daarna — naar huis!',
      'Plain ASCII, with CAPITALS and digits 1234.\tTab\r\nnew line.',
      'Ÿ wordt ÿ; İstanbul; straße; ½ en ² tellen ook.',
    ];
    for (const text of texts) {
      const expected = text
        .split(/[.!?;:()\n]/)
        .flatMap((piece) => foldForMatching(piece).split(' '))
        .filter(Boolean);
      expect(dutchWords(text).map((w) => w.folded)).toEqual(expected);
    }
  });
});
