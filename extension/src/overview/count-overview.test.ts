import { describe, expect, it } from 'vitest';
import type { Story } from '@vertelpunt/stories';
import { aStory } from '@vertelpunt/stories/testing';
import { countOverview } from './count-overview';

const V5 = 'koers-v5-2024-09';

async function* streamOf(stories: Story[], onYield?: (i: number) => void): AsyncGenerator<Story> {
  for (const [i, story] of stories.entries()) {
    onYield?.(i);
    yield story;
  }
}

describe('countOverview', () => {
  const stories = [
    ...Array.from({ length: 6 }, () => aStory({ tags: { version: V5, terms: ['kernwaarde-lef', 'opgave-armoede'] }, createdAt: '2026-01-10T10:00:00.000Z' })),
    ...Array.from({ length: 3 }, () => aStory({ tags: { version: V5, terms: ['kernwaarde-samen'] }, createdAt: '2026-03-10T10:00:00.000Z' })),
  ];

  it('counts terms, pairs and months in one pass, with progress every batch', async () => {
    const progress: number[] = [];
    const counts = await countOverview(streamOf(stories), { every: 4, onProgress: (n) => progress.push(n), pause: async () => {} });
    expect(progress).toEqual([4, 8, 9]);
    expect(counts!.terms.table().rows.map((r) => [r.key, r.stories])).toEqual([['kernwaarde-lef', 6], ['opgave-armoede', 6], ['kernwaarde-samen', 3]]);
    expect(counts!.terms.table(5).suppressedKeys).toEqual(['kernwaarde-samen']);
    expect(counts!.pairs.table(5).rows).toEqual([{ key: 'kernwaarde-lef + opgave-armoede', label: 'Lef + Armoede', stories: 6, pair: ['kernwaarde-lef', 'opgave-armoede'] }]);
    expect(counts!.months.table(1).rows.map((r) => r.key)).toEqual(['2026-01', '2026-03']);
  });

  it('pauses between batches, and stops when aborted', async () => {
    const controller = new AbortController();
    let pauses = 0;
    const counts = await countOverview(streamOf(stories, (i) => i === 5 && controller.abort()), { every: 2, signal: controller.signal, pause: async () => void (pauses += 1) });
    expect(counts).toBeUndefined();
    expect(pauses).toBe(2);
  });
});
