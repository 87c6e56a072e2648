import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { aStory } from '@vertelpunt/stories/testing';
import { openVertelpuntDb } from './db';
import { restoreStories } from './stories';
import { selectStories } from './story-stream';

// Three stories a minute, stored in reverse: the order comes from the createdAt index, ties by id.
const stories = Array.from({ length: 250 }, (_, i) =>
  aStory({
    createdAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 3) * 60_000).toISOString(),
    tags: { version: 'koers-v5-2024-09', terms: [i % 2 ? 'kernwaarde-lef' : 'kernwaarde-samen'] },
  }),
);
const inOrder = [...stories].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

async function read(filter: Parameters<typeof selectStories>[0], batch: number) {
  const selection = await selectStories(filter);
  const batches: string[][] = [];
  const unreadable: string[] = [];
  for await (const stories of selection.batches({ batch, onUnreadable: (id) => unreadable.push(id) }))
    batches.push(stories.map((s) => s.id));
  return { total: selection.total, batches, unreadable };
}

beforeEach(async () => {
  await (await openVertelpuntDb()).clear('stories');
  await restoreStories([...stories].reverse());
});

describe('selectStories', () => {
  it('reads every story once, oldest first, in batches of the size asked (the last one shorter)', async () => {
    const { total, batches } = await read({}, 100);
    expect(total).toBe(250);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(inOrder.map((s) => s.id));
  });

  it('counts and reads only what the filter selects, in the same order', async () => {
    const { total, batches } = await read({ terms: ['kernwaarde-lef'] }, 100);
    const lef = inOrder.filter((s) => s.tags.terms[0] === 'kernwaarde-lef').map((s) => s.id);
    expect(total).toBe(lef.length);
    expect(batches.flat()).toEqual(lef);
  });

  it('skips an invalid record, names it, and goes on with the next batch', async () => {
    const broken = { ...inOrder[99]!, title: '', _terms: [], _words: [] };
    await (await openVertelpuntDb()).put('stories', broken as never);
    const { batches, unreadable } = await read({}, 100);
    expect(unreadable).toEqual([broken.id]);
    expect(batches.flat()).toEqual(inOrder.filter((s) => s.id !== broken.id).map((s) => s.id));
  });

  it('ends cleanly when the reader stops after the first batch, with the next read already asked for', async () => {
    const selection = await selectStories({});
    for await (const first of selection.batches({ batch: 100 })) {
      expect(first).toHaveLength(100);
      break;
    }
    // The read ahead settles unobserved; a second pass still reads everything.
    expect((await read({}, 100)).batches.flat()).toHaveLength(250);
  });
});
