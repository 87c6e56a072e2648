import { describe, expect, it } from 'vitest';
import { detect } from '@vertelpunt/deid';
import { rememberingDetector } from './remembered-detect';

describe('rememberingDetector', () => {
  const note = 'Gesprek met mw. Jansen uit Dordrecht, bel 06-41873520.';

  it('answers as the detector does, for remembered and new strings alike', () => {
    const remembering = rememberingDetector(2);
    expect(remembering(note)).toEqual(detect(note));
    expect(remembering(note)).toEqual(detect(note));
    const other = 'Dhr. Yilmaz woont in Tilburg.';
    expect(remembering(other)).toEqual(detect(other));
    expect(remembering(note.replace('Jansen', 'Bakker'))).toEqual(detect(note.replace('Jansen', 'Bakker')));
  });

  it('hands out copies: a caller changing its spans does not change the next answer', () => {
    const remembering = rememberingDetector();
    const first = remembering(note);
    expect(first.length).toBeGreaterThan(0);
    first[0]!.start = 999;
    first.pop();
    expect(remembering(note)).toEqual(detect(note));
  });

  it('detects a string once while remembered, and again once the least recently used is forgotten', () => {
    const asked: string[] = [];
    const remembering = rememberingDetector(2, (text) => (asked.push(text), detect(text)));
    remembering('Mw. Jansen');
    remembering('Dhr. Yilmaz');
    remembering('Mw. Jansen'); // remembered, and now the most recently used
    remembering('Bel 06-41873520'); // forgets Yilmaz, the least recently used
    remembering('Mw. Jansen');
    remembering('Dhr. Yilmaz');
    expect(asked).toEqual(['Mw. Jansen', 'Dhr. Yilmaz', 'Bel 06-41873520', 'Dhr. Yilmaz']);
  });
});
