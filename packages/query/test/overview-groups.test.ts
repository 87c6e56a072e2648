import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoryCounter } from '@vertelpunt/exchange';
import type { Story } from '@vertelpunt/stories';
import { aStory } from '@vertelpunt/stories/testing';
import { listTerms, type VersionId } from '@vertelpunt/taxonomy';
import { overviewCounters, QueryIndex, rowOf } from '../src/index.js';

const VERSIONS: VersionId[] = ['brondocument-2024-08', 'koers-v5-2024-09', 'koers-v5-herzien-2026-11'];
// Times around month ends in Dutch time (00:30 on the 1st is still the previous month in UTC).
const aTime = fc.constantFrom(
  '2025-01-31T23:30:00.000Z',
  '2025-03-31T22:30:00.000Z',
  '2025-06-15T12:00:00.000Z',
  '2025-12-31T23:59:00.000Z',
  '2026-10-25T00:30:00.000Z',
);

const aStoryOf = fc
  .record({
    version: fc.constantFrom(...VERSIONS),
    pick: fc.uniqueArray(fc.nat(40), { minLength: 1, maxLength: 4 }),
    createdAt: aTime,
  })
  .map(({ version, pick, createdAt }) => {
    const terms = listTerms({ version });
    return aStory({
      tags: { version, terms: [...new Set(pick.map((i) => terms[i % terms.length]!.id))] } as Story['tags'],
      createdAt,
      updatedAt: createdAt,
    });
  });

describe('overview counts from the engine', () => {
  it('make the same tables as StoryCounter over the same stories, at any minimum group', () => {
    fc.assert(
      fc.property(fc.array(aStoryOf, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (stories, minGroup) => {
        const counters = {
          terms: new StoryCounter({ by: 'term', minGroup: 1 }),
          pairs: new StoryCounter({ cooccurrence: true, minGroup: 1 }),
          months: new StoryCounter({ by: 'month', minGroup: 1 }),
        };
        for (const story of stories) for (const counter of Object.values(counters)) counter.add(story);
        const fromEngine = overviewCounters(QueryIndex.build(stories.map(rowOf)).overview());
        for (const kind of ['terms', 'pairs', 'months'] as const)
          expect(fromEngine[kind].table(minGroup)).toEqual(counters[kind].table(minGroup));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('count only the stories that match the filter', () => {
    const stories = [aStory({ title: 'armoede en buurt' }), aStory({ title: 'alleen buurt' }), aStory({ title: 'iets anders' })];
    const groups = QueryIndex.build(stories.map(rowOf)).overview({ text: 'buurt ' });
    expect(groups.total).toBe(2);
    expect(overviewCounters(groups).terms.table(1).total).toBe(2);
  });
});
