import { describe, expect, it } from 'vitest';
import type { Draft } from './draft';
import { storyFromDraft } from './story-from-draft';

const aDraft = (overrides: Partial<Draft> = {}): Draft => ({
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
  ...overrides,
});

describe('storyFromDraft', () => {
  it('makes a story with the draft id, its tags and the save time', () => {
    const result = storyFromDraft(aDraft(), ' Team Oost ', new Date('2026-11-02T09:00:00Z'));
    expect(result).toMatchObject({
      ok: true,
      story: { id: aDraft().id, tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-pragmatisch'] }, author: 'Team Oost', createdAt: '2026-11-02T09:00:00.000Z' },
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
