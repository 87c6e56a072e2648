import { describe, expect, it } from 'vitest';
import { aDraft } from './a-draft';
import type { Draft } from './draft';
import { storyFromDraft } from './story-from-draft';

describe('storyFromDraft: de-identification', () => {
  const text = 'Mw. Jansen (BSN 123456782) woont in Dordrecht.';
  const selectors = [{ type: 'TextQuoteSelector' as const, exact: text, prefix: 'Gesprek met dhr. Yilmaz: ', suffix: ' Bel 06-41873520.' }];

  it('saves the redacted text, a safe title and selectors, and records how', () => {
    const result = storyFromDraft(aDraft({ text, title: 'Mw. Jansen', selectors }), '', new Date());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.text).toBe('Mw. [PERSOON 1] (BSN [BSN]) woont in [PLAATS].');
    expect(result.story.title).toBe('Mw. [PERSOON 1]');
    expect(JSON.stringify(result.story.selectors)).not.toMatch(/Jansen|Yilmaz|123456782|06-41873520/);
    expect(result.story.deidentification).toMatchObject({
      tool: '@vertelpunt/deid',
      counts: { PERSON: 1, BSN: 1, CITY: 1 },
      switchedOff: 0,
      addedByUser: 0,
      originalKept: false,
    });
    expect(result.story.original).toBeUndefined();
  });

  it('respects a detection switched off and a span added, in every field', () => {
    const city = { start: text.indexOf('Dordrecht'), end: text.indexOf('Dordrecht') + 9, label: 'CITY' as const };
    const woont = { start: text.indexOf('woont'), end: text.indexOf('woont') + 5, label: 'PERSON' as const, source: 'user' };
    const result = storyFromDraft(
      aDraft({
        text,
        title: 'Jansen woont in Dordrecht',
        selectors,
        review: { off: [city], added: [woont], keepOriginal: false, dates: 'remove', ages: 'remove' },
      }),
      '',
      new Date(),
    );
    expect(result.ok && result.story.text).toBe('Mw. [PERSOON 1] (BSN [BSN]) [PERSOON 2] in Dordrecht.');
    expect(result.ok && result.story.title).toBe('[PERSOON 1] [PERSOON 2] in Dordrecht');
    expect(result.ok && result.story).toMatchObject({ deidentification: { switchedOff: 1, addedByUser: 1, originalKept: false } });
  });

  // Finding 1 of issue 12: with "keep the original" ticked, title and selectors stayed as captured.
  it('with the original kept, still redacts title and selectors; the capture is kept whole only in `original`', () => {
    const title = 'Mw. Jansen, dossier Z-2024-00123';
    const draft = aDraft({
      text,
      title,
      notes: 'Terugbellen',
      selectors,
      review: { off: [], added: [], keepOriginal: true, dates: 'remove', ages: 'remove' },
    });
    const result = storyFromDraft(draft, '', new Date());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { original, ...stored } = result.story;
    expect(JSON.stringify(stored)).not.toMatch(/Jansen|Yilmaz|123456782|06-41873520|Dordrecht|Z-2024-00123/);
    expect(stored.title).toBe('Mw. [PERSOON 1], dossier [ZAAKNUMMER]');
    expect(original).toEqual({ text, title, notes: 'Terugbellen', selectors });
    expect(stored.deidentification?.originalKept).toBe(true);
  });

  // Finding 2 of issue 12: a name marked by hand was redacted in the text only.
  it('removes a name the user marked by hand from the title and every selector part too', () => {
    const note = 'Buurman kleine joop helpt met boodschappen.';
    const mark = { start: note.indexOf('kleine joop'), end: note.indexOf('kleine joop') + 11, label: 'PERSON' as const, source: 'user' };
    const quote = [{ type: 'TextQuoteSelector' as const, exact: note, prefix: 'over Kleine Joop: ', suffix: ' (kleine joop belt)' }];
    const result = storyFromDraft(
      aDraft({
        text: note,
        title: 'Hulp van kleine joop',
        selectors: quote,
        review: { off: [], added: [mark], keepOriginal: false, dates: 'remove', ages: 'remove' },
      }),
      '',
      new Date(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.text).toBe('Buurman [PERSOON 1] helpt met boodschappen.');
    expect(result.story.title).toBe('Hulp van [PERSOON 1]');
    expect(JSON.stringify(result.story)).not.toMatch(/joop/i);
  });
});

describe('storyFromDraft', () => {
  it('makes a story with the draft id, its tags and the save time', () => {
    const result = storyFromDraft(aDraft(), ' Team Oost ', new Date('2026-11-02T09:00:00Z'));
    expect(result).toMatchObject({
      ok: true,
      story: {
        id: aDraft().id,
        tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-pragmatisch'] },
        author: 'Team Oost',
        createdAt: '2026-11-02T09:00:00.000Z',
      },
    });
  });

  it('leaves out an empty author', () => {
    const result = storyFromDraft(aDraft(), '  ', new Date());
    expect(result.ok && 'author' in result.story).toBe(false);
  });

  it('refuses a draft without tags, with an unknown tag, or with an empty title or text', () => {
    const problemsOf = (draft: Draft) => {
      const result = storyFromDraft(draft, '', new Date());
      return result.ok ? [] : result.problems.map((p) => p.path.join('.'));
    };
    expect(problemsOf(aDraft({ tags: { version: 'koers-v5-2024-09', terms: [] } }))).toEqual(['tags.terms']);
    expect(problemsOf(aDraft({ tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-leff'] } }))).toEqual(['tags.terms.0']);
    expect(problemsOf(aDraft({ title: '  ' }))).toEqual(['title']);
    expect(problemsOf(aDraft({ text: ' \n ' }))).toEqual(['text']);
  });
});
