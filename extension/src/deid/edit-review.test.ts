import { describe, expect, it } from 'vitest';
import { deidentifyStory, DeidReviewSchema } from '@vertelpunt/stories';
import { aStory } from '@vertelpunt/stories/testing';
import { deidentifiedEdit, fieldsToReview } from './edit-review';

const at = new Date('2026-11-25T10:00:00Z');

/** A story as the side panel saves it: "Dordrecht" switched off by the user. */
function savedStory() {
  const text = 'Mw. Jansen woont in Dordrecht.';
  const off = [{ start: text.indexOf('Dordrecht'), end: text.indexOf('Dordrecht') + 9, label: 'CITY' as const }];
  const { deidentification: _d, original: _o, ...candidate } = aStory({ text, title: 'Eenzaamheid' });
  const result = deidentifyStory({ candidate, review: DeidReviewSchema.parse({ off }) });
  if (!result.ok) throw new Error('fixture');
  return result.story;
}

// Finding 4 of issue 12: the library's editor saved edits without the de-identifier; notes were never checked.
describe('an edit in the library', () => {
  it('shows for review what was typed in title, text and notes, not what the user switched off before', () => {
    const story = savedStory();
    const edited = { ...story, title: 'Gesprek met Yilmaz', text: `${story.text} Zoon Daan helpt.`, notes: 'Bellen: 06-41873520' };
    const review = fieldsToReview(edited, story);
    const found = (field: 'title' | 'text' | 'notes') => review[field]?.map((s) => edited[field].slice(s.start, s.end));
    expect(found('title')).toEqual(['Yilmaz']);
    expect(found('text')).toEqual(['Daan']);
    expect(found('notes')).toEqual(['06-41873520']);
    expect(fieldsToReview(story, story)).toEqual({});
  });

  it("saves title, text and notes de-identified, with the user's review applied", () => {
    const story = savedStory();
    const edited = {
      ...story,
      title: 'Gesprek met Yilmaz',
      text: `${story.text} Zoon Daan helpt.`,
      notes: 'Bellen: 06-41873520, vraag naar Daan',
    };
    const daan = edited.text.indexOf('Daan');
    const result = deidentifiedEdit(edited, story, { text: { off: [{ start: daan, end: daan + 4, label: 'PERSON' }], added: [] } }, at);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story).toMatchObject({
      title: 'Gesprek met [PERSOON 2]',
      text: 'Mw. [PERSOON 1] woont in Dordrecht. Zoon Daan helpt.',
      notes: 'Bellen: [TELEFOON], vraag naar Daan',
      updatedAt: at.toISOString(),
      deidentification: { switchedOff: 2 },
    });
  });
});
