import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, EXPORT_FORMAT } from '@vertelpunt/exchange';
import { aStory } from '@vertelpunt/stories/testing';
import { deidentifyImport } from './deidentify-import';

const record = (switchedOff: number, originalKept: boolean) => ({
  tool: '@vertelpunt/deid',
  version: '0.1.0',
  counts: {},
  switchedOff,
  addedByUser: 0,
  originalKept,
});
const original = { text: 'Mw. Jansen woont in Dordrecht.', title: 'Jansen', notes: '', selectors: [] };
/** A story whose author switched off the city, with the original kept. */
const own = aStory({ title: 'Eenzaamheid', text: 'Mw. [PERSOON 1] woont in Dordrecht.', original, deidentification: record(1, true) });
/** A story with a name nobody removed. */
const leaky = aStory({ title: 'Gesprek met mevrouw Bakker', text: 'Mevrouw Bakker belt 06-41873520.', notes: 'Bakker terugbellen' });

describe('deidentifyImport', () => {
  it('restores a backup as the user left it: what they switched off stays, kept originals come back', () => {
    const checked = deidentifyImport([own], BACKUP_FORMAT, 'backup.json');
    expect(checked).toMatchObject({ residual: 0, residualStories: 0, originals: 1, problems: [] });
    expect(checked.stories[0]).toEqual(own);
  });

  it("takes nothing of someone else's export on trust: every detection removed and counted, no original", () => {
    const checked = deidentifyImport([own, leaky], EXPORT_FORMAT, 'collega.json');
    expect(checked).toMatchObject({ residual: 5, residualStories: 2, originals: 0, problems: [] });
    expect(checked.stories.map((s) => [s.title, s.text, s.notes, s.original])).toEqual([
      ['Eenzaamheid', 'Mw. [PERSOON 1] woont in [PLAATS].', '', undefined],
      ['Gesprek met mevrouw [PERSOON 1]', 'Mevrouw [PERSOON 1] belt [TELEFOON].', '[PERSOON 1] terugbellen', undefined],
    ]);
  });

  it('still removes what a backup story shows if its author never switched anything off', () => {
    const checked = deidentifyImport([leaky], BACKUP_FORMAT, 'backup.json');
    expect(checked.residual).toBe(4);
    expect(JSON.stringify(checked.stories)).not.toContain('Bakker');
  });
});
