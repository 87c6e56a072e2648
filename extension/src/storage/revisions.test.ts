import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { aStory } from '@vertelpunt/stories/testing';
import { openVertelpuntDb } from './db';
import { StorageFullError, StoryChangedError, StoryGoneError } from './storage-errors';
import { addStory, deleteStories, getStory, updateStory } from './stories';
import { retagStories } from './bulk-tags';
import { inWriteTransaction } from './write-transaction';

beforeEach(async () => {
  await (await openVertelpuntDb()).clear('stories');
});

describe('updateStory: an edit carries the revision it started from (finding 6)', () => {
  it('refuses the later of two edits that started from the same revision, keeping the first and handing back the newer version', async () => {
    const story = aStory({ title: 'Begin' });
    await addStory(story);
    const tabA = { ...story, title: 'Bewerkt in tab A', updatedAt: '2026-11-25T10:00:00.000Z' };
    const tabB = { ...story, title: 'Bewerkt in tab B', updatedAt: '2026-11-25T10:01:00.000Z' };
    const savedA = await updateStory(tabA, story.updatedAt);

    const refused = await updateStory(tabB, story.updatedAt).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoryChangedError);
    expect((refused as StoryChangedError).current).toEqual(savedA);
    expect((await getStory(story.id))?.title).toBe('Bewerkt in tab A');

    // "Overwrite anyway": the same edit, now based on the version it was shown.
    await updateStory(tabB, savedA.updatedAt);
    expect((await getStory(story.id))?.title).toBe('Bewerkt in tab B');
  });

  it('gives two saves within one millisecond different revisions, so the second base is never stale-but-equal', async () => {
    const story = aStory();
    await addStory(story);
    const first = await updateStory({ ...story, title: 'Een' }, story.updatedAt);
    const second = await updateStory({ ...first, title: 'Twee' }, first.updatedAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    await expect(updateStory({ ...first, title: 'Drie' }, first.updatedAt)).rejects.toBeInstanceOf(StoryChangedError);
  });

  it('refuses an edit of a story a bulk retag changed meanwhile', async () => {
    const story = aStory();
    await addStory(story);
    await retagStories([story.id], { add: ['kernwaarde-lef'] }, new Date('2026-11-25T12:00:00Z'));
    await expect(updateStory({ ...story, title: 'Oude basis' }, story.updatedAt)).rejects.toBeInstanceOf(StoryChangedError);
    expect((await getStory(story.id))?.tags.terms).toEqual(['kernwaarde-pragmatisch', 'kernwaarde-lef']);
  });

  it('refuses to save a story deleted elsewhere, and does not bring it back', async () => {
    const story = aStory();
    await addStory(story);
    await deleteStories([story.id]);
    await expect(updateStory({ ...story, title: 'Te laat' }, story.updatedAt)).rejects.toEqual(new StoryGoneError(story.id));
    expect(await getStory(story.id)).toBeUndefined();
  });
});

describe('inWriteTransaction', () => {
  it('turns a QuotaExceededError into a StorageFullError and lands nothing', async () => {
    const story = aStory();
    const failed = await inWriteTransaction(['stories', 'drafts'], async (tx) => {
      await tx.objectStore('stories').add({ ...story, _terms: [], _words: [] });
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(StorageFullError);
    expect((failed as StorageFullError).cause).toMatchObject({ name: 'QuotaExceededError' });
    expect(await getStory(story.id)).toBeUndefined();
  });
});
