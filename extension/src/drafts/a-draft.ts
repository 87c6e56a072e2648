import type { Draft } from './draft';

/** A valid draft for tests (unit and end-to-end); override what the test is about (`id` where a test needs several). */
export function aDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: '3f1d6a52-4a5e-4c5b-9a57-0b1e2c3d4e5f',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:05:00.000Z',
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
