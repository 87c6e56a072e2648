import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { rowOf } from '@vertelpunt/query';
import { aStory } from '@vertelpunt/stories/testing';
import { aDraft } from '../drafts/a-draft';
import { saveDraft, saveDraftAsStory } from '../drafts/drafts';
import { WRITE_NEWS_CHANNEL, type WriteNews } from '../query/write-news';
import { DB_VERSION, openVertelpuntDb } from './db';
import { importStories } from './import-stories';
import { addStory, deleteStories, restoreStories, updateStory } from './stories';
import { migrateStories, retagStories } from './bulk-tags';
import { readStored } from './unreadable-records';

async function generation(): Promise<number> {
  return (await (await openVertelpuntDb()).get('engineState', 'generation')) as number;
}

/** The rows on disk against the rows derived from the stories on disk: equal, or a writer went around story-write.ts. */
async function expectRowsFollowStories(): Promise<void> {
  const db = await openVertelpuntDb();
  const stories = (await db.getAll('stories')).map((record) => readStored(record)!);
  const rows = await db.getAll('storyRows');
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect(rows.sort(byId)).toEqual(stories.map(rowOf).sort(byId));
}

beforeEach(async () => {
  const db = await openVertelpuntDb();
  for (const store of ['stories', 'storyRows', 'changeLog', 'drafts'] as const) await db.clear(store);
});

describe('every story write goes through story-write.ts', () => {
  it('keeps the engine rows equal to the stories and bumps the generation once per transaction, on every write path', async () => {
    const heard: WriteNews[] = [];
    const channel = new BroadcastChannel(WRITE_NEWS_CHANNEL);
    channel.onmessage = (event: MessageEvent<WriteNews>) => heard.push(event.data);
    const [a, b, c] = [aStory({ title: 'Een buurthuis' }), aStory({ title: 'Twee schulden' }), aStory({ title: 'Drie' })];
    const paths: [string, () => Promise<unknown>][] = [
      ['add', () => addStory(a)],
      ['import', () => importStories([b, c])],
      ['update', () => updateStory({ ...a, title: 'Een keukentafel', updatedAt: new Date().toISOString() }, a.updatedAt)],
      ['retag', () => retagStories([a.id, b.id], { add: ['kernwaarde-lef'] })],
      ['migrate', () => migrateStories([c.id], 'koers-v5-herzien-2026-11')],
      ['delete', () => deleteStories([b.id, c.id])],
      ['restore', () => restoreStories([b])],
      [
        'draft to story',
        async () => {
          const draft = aDraft();
          await saveDraft(draft);
          await saveDraftAsStory(aStory({ id: draft.id, title: 'Uit een concept' }), draft.id);
        },
      ],
    ];
    for (const [name, write] of paths) {
      const before = await generation();
      await write();
      await expectRowsFollowStories().catch((error: unknown) => {
        throw new Error(`after ${name}: ${String(error)}`);
      });
      expect(await generation(), name).toBe(before + 1);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    channel.close();
    expect(heard.map((news) => news.generation)).toEqual(heard.map((_, i) => heard[0]!.generation + i));
    expect(heard.some((news) => news.changes?.some((change) => change.kind === 'delete' && change.id === b.id))).toBe(true);
  });

  it('writes nothing, rows and generation included, when the transaction fails', async () => {
    const a = aStory();
    await addStory(a);
    const before = await generation();
    await expect(importStories([aStory(), a])).rejects.toThrow();
    expect(await generation()).toBe(before);
    await expectRowsFollowStories();
  });
});

describe('migration 004', () => {
  it('builds the rows of a version-3 database, for every story that reads as one', async () => {
    const name = `fixture-v3-${Math.random()}`;
    const v3 = await openVertelpuntDb(name, 3);
    const good = aStory({ title: 'Buurtmaaltijd', text: 'In het wijkcentrum' });
    const broken = { ...aStory(), title: 42 };
    await v3.put('stories', { ...good, _terms: [...good.tags.terms], _words: ['buurtmaaltijd'] } as never);
    await v3.put('stories', { ...broken, _terms: [], _words: [] } as never);
    v3.close();

    const v4 = await openVertelpuntDb(name, DB_VERSION);
    expect(await v4.getAll('storyRows')).toEqual([rowOf(good)]);
    expect(await v4.get('engineState', 'generation')).toBe(1);
    expect(await v4.count('stories')).toBe(2);
  });
});

describe('migration 005', () => {
  it('adds the change log to a version-4 database, keeping a current snapshot and dropping a stale one', async () => {
    for (const stale of [false, true]) {
      const name = `fixture-v4-${Math.random()}`;
      const v4 = await openVertelpuntDb(name, 4);
      const story = aStory();
      await v4.put('stories', { ...story, _terms: [...story.tags.terms], _words: ['verhaal'] } as never);
      await v4.put('storyRows', rowOf(story));
      await v4.put('engineState', 7, 'generation');
      await v4.put('engineState', { generation: stale ? 6 : 7, snapshot: {} } as never, 'snapshot');
      v4.close();

      const v5 = await openVertelpuntDb(name, DB_VERSION);
      expect([...v5.objectStoreNames]).toContain('changeLog');
      expect(await v5.get('engineState', 'snapshot'), `stale: ${stale}`).toEqual(stale ? undefined : { generation: 7, snapshot: {} });
      expect(await v5.getAll('changeLog')).toEqual([]);
      expect(await v5.getAll('storyRows')).toEqual([rowOf(story)]);
    }
  });
});
