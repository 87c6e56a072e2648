import { describe, expect, it } from 'vitest';
import { contentHash, libraryIndex, planMerge, StoryMerger } from '../src/index.js';
import { aStory } from './factory.js';

describe('planMerge', () => {
  const a = aStory();
  const b = aStory();
  const c = aStory();

  it('adds new stories, skips ones already there, lists conflicts and changes nothing', () => {
    const index = libraryIndex([a, b]);
    const before = new Map(index);
    const changedB = { ...b, text: `${b.text} Later aangevuld.` };
    const plan = planMerge([a, changedB, c], index);
    expect(plan.add).toEqual([c]);
    expect(plan.duplicates).toEqual([a]);
    expect(plan.conflicts).toEqual([{ id: b.id, incoming: changedB, keptHash: contentHash(b), incomingHash: contentHash(changedB) }]);
    expect(index).toEqual(before);
  });

  it('counts a story twice in one file once', () => {
    const plan = planMerge([c, c, { ...c, title: 'Anders' }]);
    expect(plan.add).toEqual([c]);
    expect(plan.duplicates).toEqual([c]);
    expect(plan.conflicts.map((x) => x.incoming.title)).toEqual(['Anders']);
  });

  it('lets the caller take the newer version of a conflict', () => {
    const merger = new StoryMerger(libraryIndex([a]));
    const newer = { ...a, notes: 'Aangevuld', updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(merger.offer(newer).outcome).toBe('conflict');
    merger.replace(newer);
    expect(merger.offer(newer).outcome).toBe('duplicate');
    expect(merger.size).toBe(1);
  });
});
