import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DeidentifiedStory } from '@vertelpunt/stories';
import { openVertelpuntDb } from '../storage/db';
import { DraftAlreadySavedError } from '../storage/storage-errors';
import { addStory, countStories, getStory } from '../storage/stories';
import { aDraft } from './a-draft';
import { getDraft, listDrafts, saveDraft, saveDraftAsStory } from './drafts';
import { storyFromDraft } from './story-from-draft';

beforeEach(async () => {
  const db = await openVertelpuntDb();
  await db.clear('stories');
  await db.clear('drafts');
});

/** A draft with an id of its own: tests here keep several. */
const aNewDraft = (overrides: Parameters<typeof aDraft>[0] = {}) => aDraft({ id: crypto.randomUUID(), ...overrides });

function storyOf(draft = aNewDraft(), at = new Date('2026-11-02T09:00:00Z')): DeidentifiedStory {
  const result = storyFromDraft(draft, '', at);
  if (!result.ok) throw new Error('test draft is not a story');
  return result.story;
}

describe('saveDraftAsStory: one transaction over both stores (finding 5)', () => {
  it('adds the story and removes the draft together', async () => {
    const draft = aNewDraft();
    await saveDraft(draft);
    await saveDraftAsStory(storyOf(draft), draft.id);
    expect(await getStory(draft.id)).toMatchObject({ id: draft.id, title: draft.title });
    expect(await getDraft(draft.id)).toBeUndefined();
  });

  it('changes neither store when the story cannot be added', async () => {
    const draft = aNewDraft();
    await saveDraft(draft);
    await expect(
      saveDraftAsStory({ ...storyOf(draft), tags: { version: 'koers-v5-2024-09', terms: [] } } as never, draft.id),
    ).rejects.toThrow(/at least one term/);
    expect(await getDraft(draft.id)).toEqual(draft);
    expect(await countStories()).toBe(0);
  });

  it('recovers a save that died between the two steps of the old code: the same story stays, the leftover draft goes', async () => {
    const draft = aNewDraft();
    await saveDraft(draft);
    const firstTry = storyOf(draft, new Date('2026-11-02T09:00:00Z'));
    await addStory(firstTry); // the old save's first transaction; the browser died before the second
    const saved = await saveDraftAsStory(storyOf(draft, new Date('2026-11-02T09:05:00Z')), draft.id);
    expect(saved).toEqual(firstTry);
    expect(await getStory(draft.id)).toEqual(firstTry);
    expect(await getDraft(draft.id)).toBeUndefined();
  });

  it('keeps the draft, and the story already there, when that story has other content', async () => {
    const draft = aNewDraft();
    await saveDraft(draft);
    const firstTry = storyOf(draft);
    await addStory(firstTry);
    const edited = { ...draft, notes: 'Na de crash nog aangevuld.' };
    await saveDraft(edited);
    await expect(saveDraftAsStory(storyOf(edited), draft.id)).rejects.toEqual(new DraftAlreadySavedError(draft.id));
    expect(await getDraft(draft.id)).toEqual(edited);
    expect(await getStory(draft.id)).toEqual(firstTry);
  });
});

describe('listDrafts (finding 7)', () => {
  it('lists every unsaved draft, newest first, and leaves out records that are not drafts', async () => {
    const older = aNewDraft({ createdAt: '2026-11-01T08:00:00.000Z' });
    const newer = aNewDraft({ createdAt: '2026-11-01T09:00:00.000Z' });
    await saveDraft(older);
    await saveDraft(newer);
    await (await openVertelpuntDb()).put('drafts', { id: 'kapot', text: 1 });
    expect((await listDrafts()).map((d) => d.id)).toEqual([newer.id, older.id]);
  });
});

describe('saveDraft: onWritten', () => {
  it('is told once the put is accepted, and a read started then already sees the draft', async () => {
    const draft = aNewDraft();
    let readThen: Promise<unknown> | undefined;
    await saveDraft(draft, () => {
      readThen = getDraft(draft.id);
    });
    expect(readThen).toBeDefined();
    expect(await readThen).toEqual(draft);
  });

  it('is not told when the draft is refused', async () => {
    let told = false;
    await expect(saveDraft({ ...aNewDraft(), text: 7 } as never, () => (told = true))).rejects.toThrow();
    expect(told).toBe(false);
  });
});
