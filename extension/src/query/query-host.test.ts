import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { aStory } from '@vertelpunt/stories/testing';
import { rowOf } from '@vertelpunt/query';
import { openVertelpuntDb } from '../storage/db';
import { toStored } from '../storage/stored-story';
import { STORY_STORES, writeStory } from '../storage/story-write';
import { loadIndex } from './load-index';
import type { QueryReply } from './protocol';
import { QueryHost } from './query-host';

async function freshDb(stories = [aStory()]): Promise<string> {
  const name = `engine-${Math.random()}`;
  const db = await openVertelpuntDb(name);
  const tx = db.transaction([...STORY_STORES], 'readwrite');
  for (const story of stories) void writeStory(tx, toStored(story));
  await tx.done;
  return name;
}

function host(name: string): { host: QueryHost; replies: QueryReply[] } {
  const replies: QueryReply[] = [];
  return { host: new QueryHost((reply) => replies.push(reply), name), replies };
}

describe('the query worker', () => {
  it('saves a fresh snapshot once writes pause, so the next page loads it with only the change log since', async () => {
    const stories = [aStory({ title: 'buurthuis' }), aStory({ title: 'schulden' })];
    const name = await freshDb(stories);
    const replies: QueryReply[] = [];
    const worker = new QueryHost((reply) => replies.push(reply), name, 10);
    await worker.handle({ type: 'page', n: 1, filter: {}, offset: 0, limit: 10 });
    expect(replies.at(-1)).toEqual({ type: 'page', n: 1, total: 2, ids: [stories[1]!.id, stories[0]!.id] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await loadIndex(name)).from).toBe('snapshot');

    const later = aStory({ title: 'later' });
    const db = await openVertelpuntDb(name);
    const tx = db.transaction([...STORY_STORES], 'readwrite');
    void writeStory(tx, toStored(later));
    await tx.done;
    const after = await loadIndex(name);
    expect(after).toMatchObject({ from: 'snapshot+changes', stale: true });
    expect(after.index.size).toBe(3);
    // The worker hears the write, applies it and saves again when quiet.
    await worker.hear({ generation: after.generation, changes: [{ kind: 'upsert', row: rowOf(later) }] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await loadIndex(name)).toMatchObject({ from: 'snapshot', generation: after.generation });
  });

  it('answers pages, facets, origins and overview counts, and refuses a message that is no request', async () => {
    const stories = [
      aStory({ title: 'buurthuis', tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-lef'] } }),
      aStory({ title: 'buurt schulden' }),
    ];
    const { host: worker, replies } = host(await freshDb(stories));
    await worker.handle({ type: 'page', n: 1, filter: { text: 'buurt' }, offset: 0, limit: 1 });
    await worker.handle({ type: 'facets', n: 2, filter: {} });
    await worker.handle({ type: 'origins', n: 3 });
    await worker.handle({ type: 'overview', n: 4, filter: { terms: ['kernwaarde-lef'] } });
    await worker.handle({ type: 'page', n: 5, filter: {}, offset: -1, limit: 1 });
    await worker.handle({ type: 'page', n: 6, filter: { text: 'buurt' }, offset: 0, limit: 5, stories: true });
    expect(replies[0]).toEqual({ type: 'page', n: 1, total: 2, ids: [stories[1]!.id] });
    expect(replies[1]).toEqual({
      type: 'facets',
      n: 2,
      counts: expect.arrayContaining([
        ['kernwaarde-lef', 1],
        ['kernwaarde-pragmatisch', 1],
      ]),
    });
    expect(replies[2]).toEqual({ type: 'origins', n: 3, origins: ['https://registratie.example.nl'] });
    expect(replies[3]).toMatchObject({ type: 'overview', n: 4, groups: { total: 1 } });
    expect(replies[4]).toMatchObject({ type: 'failed', n: 5, message: expect.stringContaining('offset') });
    // The list's pages come with their stories, read and parsed in the worker.
    expect(replies[5]).toEqual({ type: 'page', n: 6, total: 2, ids: [stories[1]!.id, stories[0]!.id], stories: [stories[1], stories[0]] });
  });

  it('applies writes it hears, reloads when it missed one, and waits for the page’s own write', async () => {
    const name = await freshDb([]);
    const { host: worker, replies } = host(name);
    await worker.handle({ type: 'page', n: 1, filter: {}, offset: 0, limit: 10 });
    const story = aStory({ title: 'gehoord' });
    const row = {
      id: story.id,
      createdAt: story.createdAt,
      origin: story.source.origin,
      version: story.tags.version,
      terms: [...story.tags.terms],
      words: ['gehoord'],
    };
    await worker.hear({ generation: 2, changes: [{ kind: 'upsert', row }] });
    await worker.handle({ type: 'page', n: 2, filter: { text: 'gehoord ' }, offset: 0, limit: 10 });
    expect(replies.at(-1)).toEqual({ type: 'page', n: 2, total: 1, ids: [story.id] });
    expect(replies).toContainEqual({ type: 'changed', generation: 2 });

    // Written to the database, announced with a gap (generation 4 after 2): read again from the rows.
    const db = await openVertelpuntDb(name);
    for (const s of [aStory(), aStory()]) {
      const tx = db.transaction([...STORY_STORES], 'readwrite');
      void writeStory(tx, toStored(s));
      await tx.done;
    }
    await worker.hear({ generation: 4 });
    await worker.handle({ type: 'page', n: 3, filter: {}, offset: 0, limit: 10 });
    expect(replies.at(-1)).toMatchObject({ type: 'page', n: 3, total: 2 }); // the heard-only story was never written

    // A page that wrote generation 5 is not answered from generation 4.
    const tx = db.transaction([...STORY_STORES], 'readwrite');
    void writeStory(tx, toStored(aStory()));
    await tx.done;
    await worker.handle({ type: 'page', n: 4, filter: {}, offset: 0, limit: 10, atLeast: 5 });
    expect(replies.at(-1)).toMatchObject({ type: 'page', n: 4, total: 3 });
  });

  it('reports a stored record written around story-write.ts that is no story, and indexes one that is', async () => {
    const name = await freshDb([aStory()]);
    const db = await openVertelpuntDb(name);
    const broken = { ...toStored(aStory()), tags: { version: 'koers-v5-2024-09', terms: ['bestaat-niet'] } };
    const planted = aStory({ title: 'geplant' });
    await db.put('stories', broken as never);
    await db.put('stories', toStored(planted));
    const { host: worker, replies } = host(name);
    await worker.handle({ type: 'page', n: 1, filter: {}, offset: 0, limit: 10 });
    expect(replies).toContainEqual({ type: 'unreadable', records: [{ id: broken.id, problem: expect.stringContaining('bestaat-niet') }] });
    expect(replies.at(-1)).toMatchObject({ type: 'page', total: 2 });
    const loaded = await loadIndex(name, { wordsLater: true });
    await loaded.words();
    expect(loaded.index.idsOldestFirst({ text: 'geplant' })).toEqual([planted.id]);
  });
});
