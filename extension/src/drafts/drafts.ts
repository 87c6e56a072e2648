import { StorySchema, type DeidentifiedStory, type Story } from '@vertelpunt/stories';
import { openVertelpuntDb } from '../storage/db';
import { DraftAlreadySavedError } from '../storage/storage-errors';
import { toStored } from '../storage/stored-story';
import { readStored } from '../storage/unreadable-records';
import { inWriteTransaction } from '../storage/write-transaction';
import { STORY_STORES, writeStory } from '../storage/story-write';
import { DraftSchema, type Draft } from './draft';

// Drafts live in the extension's IndexedDB ('drafts' store), parsed on the way in and out.

/**
 * Keeps a draft. `onWritten` is called once the put is accepted in its transaction, before the
 * commit reaches the disk: whatever is read or written to the draft after that runs in a
 * transaction created later, which IndexedDB runs after this one.
 */
export async function saveDraft(draft: Draft, onWritten?: () => void): Promise<void> {
  const record = DraftSchema.parse(draft);
  await inWriteTransaction(['drafts'], async (tx) => {
    await tx.store.put(record);
    onWritten?.();
  });
}

export async function getDraft(id: string): Promise<Draft | undefined> {
  const db = await openVertelpuntDb();
  const record = await db.get('drafts', id);
  if (record === undefined) return undefined;
  const parsed = DraftSchema.safeParse(record);
  return parsed.success ? parsed.data : undefined;
}

/** Every unsaved draft, newest first, so none is ever out of the user's sight. */
export async function listDrafts(): Promise<Draft[]> {
  const db = await openVertelpuntDb();
  const all = (await db.getAll('drafts'))
    .map((r) => DraftSchema.safeParse(r))
    .filter((r) => r.success)
    .map((r) => r.data);
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The newest draft, to reopen after the panel was closed. */
export async function latestDraft(): Promise<Draft | undefined> {
  return (await listDrafts())[0];
}

export async function deleteDraft(id: string): Promise<void> {
  await inWriteTransaction(['drafts'], async (tx) => void (await tx.store.delete(id)));
}

/** The same story, whenever it was saved: content without the save times. */
function sameContent(a: Story, b: Story): boolean {
  const content = ({ createdAt: _c, updatedAt: _u, ...rest }: Story) => JSON.stringify(rest, Object.keys(rest).sort());
  return content(a) === content(b);
}

/**
 * Saves a draft's story and removes the draft in one transaction over both stores: after a crash
 * there is the story or the draft, never both, never neither. A library that already holds a
 * story with the draft's id (left by the two-step save of earlier versions, which could die
 * between its steps) is handled here: the same content only loses the leftover draft (the stored
 * story is returned); other content is a DraftAlreadySavedError and the draft stays.
 */
export async function saveDraftAsStory(story: DeidentifiedStory, draftId: string): Promise<Story> {
  const record = toStored(StorySchema.parse(story));
  return inWriteTransaction([...STORY_STORES, 'drafts'], async (tx) => {
    const stories = tx.objectStore('stories');
    // Asked together (one round trip less); should the story be refused, the abort undoes the delete.
    const draftGone = tx.objectStore('drafts').delete(draftId);
    draftGone.catch(() => undefined); // awaited below; after a refusal the transaction's abort is what counts
    const existing = await stories.get(record.id);
    let saved: Story = story;
    if (existing === undefined) await writeStory(tx, record, 'add');
    else {
      const stored = readStored(existing);
      if (!stored || !sameContent(stored, story)) throw new DraftAlreadySavedError(draftId);
      saved = stored;
    }
    await draftGone;
    return saved;
  });
}
