import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { aStory } from '@vertelpunt/stories/testing';
import { openVertelpuntDb } from './db';
import { addStory, deleteStories, getStory, queryStories } from './stories';
import { retagStories } from './bulk-tags';
import { streamStories } from './story-stream';
import { toStored } from './stored-story';
import { onUnreadable, unreadableRecords } from './unreadable-records';

describe('a stored record that fails validation (finding 8)', () => {
  it('is skipped and reported by every read path, and the valid stories around it are read', async () => {
    const good = [aStory(), aStory(), aStory()];
    for (const story of good) await addStory(story);
    const broken = { ...toStored(aStory()), tags: { version: 'koers-v5-2024-09', terms: ['bestaat-niet'] } };
    await (await openVertelpuntDb()).put('stories', broken as never);
    const reported: number[] = [];
    const stop = onUnreadable((records) => reported.push(records.length));

    const newestFirst = [...good].reverse().map((s) => s.id);
    expect((await queryStories({})).stories.map((s) => s.id)).toEqual(newestFirst);
    // A page ends where the limit is reached, whatever was skipped on the way.
    const firstPage = await queryStories({}, { limit: 2 });
    expect(firstPage.stories.map((s) => s.id)).toEqual(newestFirst.slice(0, 2));
    expect((await queryStories({}, { after: firstPage.next! })).stories.map((s) => s.id)).toEqual(newestFirst.slice(2));
    // The path for a narrow filter (fetch by id) too.
    expect((await queryStories({ origin: 'https://registratie.example.nl' })).stories).toHaveLength(3);
    const streamed = [];
    for await (const story of streamStories()) streamed.push(story.id);
    expect(streamed).toEqual(good.map((s) => s.id));
    expect(await getStory(broken.id)).toBeUndefined();
    expect(await retagStories([broken.id], { add: ['kernwaarde-lef'] })).toEqual({
      changed: [],
      skipped: [{ id: broken.id, reason: 'unreadable' }],
    });
    expect(await deleteStories([broken.id, good[0]!.id])).toEqual([good[0]]);

    expect(unreadableRecords()).toEqual([{ id: broken.id, problem: expect.stringContaining('tags.terms.0') }]);
    expect(reported).toEqual([1]); // once, however often it was met
    stop();
  });
});
