import type { DeidentifiedStory } from '../deidentify-story.js';
import type { Story } from '../story.js';

let counter = 0;

/**
 * A valid story for tests (unit and end-to-end alike); override what the test is about. Typed
 * as stored (`DeidentifiedStory`): a fixture stands for a record the owner of de-identification
 * already passed, so storage tests can write it. Tests of the owner call `deidentifyStory`.
 */
export function aStory(overrides: Partial<Story> = {}): DeidentifiedStory {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    title: `Verhaal ${counter}`,
    text: 'Samen met de inwoner gekeken naar wat er wél kan.',
    notes: '',
    tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-pragmatisch'] },
    selectors: [],
    source: { origin: 'https://registratie.example.nl' },
    consent: { status: 'geanonimiseerd', purpose: '' },
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, counter)).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 0, 1, 0, counter)).toISOString(),
    ...overrides,
  } as DeidentifiedStory;
}
