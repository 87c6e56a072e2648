import { describe, expect, it } from 'vitest';
import { otherLabellerRanking, scoreSuggestions, type LabelledNote } from '../scripts/suggestion-score.js';

const note = (id: string, text: string, terms: string[], wrong: string[] = []): LabelledNote => ({ id, text, terms, wrong });

describe("a second labeller's terms scored as suggestions", () => {
  const set = [note('s-001', 'Een moeder met schulden.', ['a', 'b'], ['c']), note('s-002', 'Een vader alleen thuis.', ['d'])];

  it('count what both chose, in the measures the suggestions get', () => {
    const other = [note('s-001', 'Een moeder met schulden.', ['b', 'c', 'e']), note('s-002', 'Een vader alleen thuis.', ['d'])];
    const score = scoreSuggestions(set, otherLabellerRanking(set, other));
    expect(score).toMatchObject({ chosen: 3, foundInTop5: 2, shownInTop3: 4, rightInTop3: 2, notesWithNamedWrongInTop3: 1 });
  });

  it('refuse notes that are not the same, naming the note', () => {
    const changed = [note('s-001', 'Een moeder met schulden!', ['a']), note('s-002', 'Een vader alleen thuis.', ['d'])];
    expect(() => otherLabellerRanking(set, changed)).toThrow(/s-001: the other labeller's text differs/);
    expect(() => otherLabellerRanking(set, changed.slice(1))).toThrow(/s-001: the other labeller has no note/);
  });
});
