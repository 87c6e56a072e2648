import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deidentifyOwn,
  deidentifyStory,
  DeidReviewSchema,
  StorySchema,
  type DeidentifiedStory,
  type StoryCandidate,
} from '../src/index.js';
import { aStory } from '../src/testing/a-story.js';

const candidate = (overrides: Partial<StoryCandidate> = {}): StoryCandidate => {
  const { deidentification: _d, original: _o, ...story } = aStory();
  return { ...story, ...overrides };
};
const stored = (result: ReturnType<typeof deidentifyStory>): DeidentifiedStory => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.story;
};
const fieldsOf = (s: DeidentifiedStory) => ({ title: s.title, text: s.text, notes: s.notes, selectors: s.selectors });

describe('deidentifyStory', () => {
  it('gives one person one placeholder across title, text, notes and selectors', () => {
    const text = 'Mevrouw Jansen en haar buurman Yilmaz praten over de tuin.';
    const story = stored(
      deidentifyStory({
        candidate: candidate({
          title: 'Jansen en de tuin',
          text,
          notes: 'Yilmaz terugbellen',
          selectors: [
            { type: 'TextQuoteSelector', exact: text, prefix: 'Gesprek: ', suffix: ' Jansen belt.' },
            { type: 'TextPositionSelector', start: 3, end: 60 },
          ],
        }),
      }),
    );
    expect(story.text).toBe('Mevrouw [PERSOON 1] en haar buurman [PERSOON 2] praten over de tuin.');
    expect(story.title).toBe('[PERSOON 1] en de tuin');
    expect(story.notes).toBe('[PERSOON 2] terugbellen');
    expect(story.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: story.text, prefix: 'Gesprek: ', suffix: ' [PERSOON 1] belt.' },
      { type: 'TextPositionSelector', start: 3, end: 60 },
    ]);
  });

  it('keeps what the user switched off, in every field, and removes what they marked, in every field', () => {
    const text = 'Mw. Jansen woont in Dordrecht; de wijkagent heet appie.';
    const off = [{ start: text.indexOf('Dordrecht'), end: text.indexOf('Dordrecht') + 9, label: 'CITY' as const }];
    const added = [{ start: text.indexOf('appie'), end: text.indexOf('appie') + 5, label: 'PERSON' as const, source: 'user' }];
    const story = stored(
      deidentifyStory({
        candidate: candidate({ text, title: 'Appie in Dordrecht', notes: 'appie bellen' }),
        review: DeidReviewSchema.parse({ off, added }),
      }),
    );
    expect(story.text).toBe('Mw. [PERSOON 1] woont in Dordrecht; de wijkagent heet [PERSOON 2].');
    expect(story.title).toBe('[PERSOON 2] in Dordrecht');
    expect(story.notes).toBe('[PERSOON 2] bellen');
  });

  it('on an edit, keeps what the user switched off before, numbers new people after the old ones, and carries the record on', () => {
    const text = 'Mw. Jansen woont in Dordrecht.';
    const off = [{ start: text.indexOf('Dordrecht'), end: text.indexOf('Dordrecht') + 9, label: 'CITY' as const }];
    const before = stored(deidentifyStory({ candidate: candidate({ text }), review: DeidReviewSchema.parse({ off }) }));
    const { deidentification: _d, ...edited } = before;
    const after = stored(deidentifyStory({ candidate: { ...edited, text: `${before.text} Buurman Yilmaz helpt.` }, before }));
    expect(after.text).toBe('Mw. [PERSOON 1] woont in Dordrecht. Buurman [PERSOON 2] helpt.');
    expect(after.deidentification).toMatchObject({ counts: { PERSON: 2 }, switchedOff: 1 });
    // Someone else's export: what its author kept is not trusted.
    expect(stored(deidentifyStory({ candidate: edited, before, trustKept: false })).text).toBe('Mw. [PERSOON 1] woont in [PLAATS].');
  });

  it('keeps the capture only in `original`, only when asked', () => {
    const text = 'Mw. Jansen belt.';
    const original = { text, title: 'Jansen', notes: '', selectors: [] };
    const kept = stored(
      deidentifyStory({
        candidate: candidate({ text, title: 'Jansen' }),
        review: DeidReviewSchema.parse({ keepOriginal: true }),
        original,
      }),
    );
    expect(kept).toMatchObject({ title: '[PERSOON 1]', text: 'Mw. [PERSOON 1] belt.', original, deidentification: { originalKept: true } });
    const notKept = stored(deidentifyStory({ candidate: candidate({ text }), original }));
    expect(notKept.original).toBeUndefined();
    expect(notKept.deidentification?.originalKept).toBe(false);
  });

  it('is idempotent: run again on its own output (as a new candidate or as the stored story) nothing changes and nothing is renumbered', () => {
    const names = fc.constantFrom('Jansen', 'de Vries', 'Yilmaz', 'Bakker', 'El Amrani');
    const piece = fc.oneof(
      names.map((n) => `mevrouw ${n}`),
      fc.constantFrom(
        'BSN 123456782',
        'tel 06-41873520',
        'Kerkstraat 14',
        '3311 AB',
        'IBAN NL91ABNA0417164300',
        'dossier Z-2024-00123',
        'geboren 12-03-1984',
      ),
      fc.constantFrom('gekeken naar wat kan', 'samen boodschappen gedaan', 'de buurt helpt'),
    );
    const sentence = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => `${p.join(', ')}.`);
    fc.assert(
      fc.property(sentence, sentence, sentence, (text, title, notes) => {
        const quote = { type: 'TextQuoteSelector' as const, exact: text, prefix: title.slice(-32), suffix: notes.slice(0, 32) };
        const once = stored(deidentifyStory({ candidate: candidate({ text, title: title.slice(0, 200), notes, selectors: [quote] }) }));
        const { deidentification: _d, original: _o, ...again } = once;
        expect(fieldsOf(stored(deidentifyStory({ candidate: again })))).toEqual(fieldsOf(once));
        expect(deidentifyOwn(once)).toEqual(once);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('the original', () => {
  it('is read in the old form (the text alone) and the new (text, title, notes, selectors)', () => {
    const record = { tool: '@vertelpunt/deid', version: '0.1.0', counts: {}, switchedOff: 0, addedByUser: 0, originalKept: true };
    expect(StorySchema.parse(aStory({ original: 'Mw. Jansen belt.', deidentification: record })).original).toBe('Mw. Jansen belt.');
    const captured = {
      text: 'Mw. Jansen belt.',
      title: 'Jansen',
      notes: '',
      selectors: [{ type: 'TextPositionSelector' as const, start: 0, end: 16 }],
    };
    expect(StorySchema.parse(aStory({ original: captured, deidentification: record })).original).toEqual(captured);
    expect(StorySchema.safeParse(aStory({ original: { text: 'x' } as never, deidentification: record })).success).toBe(false);
  });
});
