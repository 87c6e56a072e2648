import type { Draft } from './draft';

let counter = 0;

/** A valid draft for tests; override what the test is about. */
export function aDraft(overrides: Partial<Draft> = {}): Draft {
  counter += 1;
  const at = new Date(Date.UTC(2026, 10, 1, 10, counter)).toISOString();
  return {
    id: `3f1d6a52-4a5e-4c5b-9a57-${String(counter).padStart(12, '0')}`,
    createdAt: at,
    updatedAt: at,
    text: 'Samen met mw. gekeken naar wat er wel kan.',
    title: 'Samen kijken',
    notes: '',
    tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-pragmatisch'] },
    selectors: [{ type: 'TextPositionSelector', start: 0, end: 42 }],
    source: { origin: 'https://reg.example.nl' },
    consent: { status: 'geanonimiseerd', purpose: '' },
    container: 'document',
    review: { off: [], added: [], keepOriginal: false, dates: 'remove', ages: 'remove' },
    ...overrides,
  };
}
