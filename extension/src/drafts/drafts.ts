import { openVertelpuntDb } from '../storage/db';
import { DraftSchema, type Draft } from './draft';

// Drafts live in the extension's IndexedDB ('drafts' store), parsed on the way in and out.

export async function saveDraft(draft: Draft): Promise<void> {
  const db = await openVertelpuntDb();
  const tx = db.transaction('drafts', 'readwrite', { durability: 'strict' });
  await tx.store.put(DraftSchema.parse(draft));
  await tx.done;
}

export async function getDraft(id: string): Promise<Draft | undefined> {
  const db = await openVertelpuntDb();
  const record = await db.get('drafts', id);
  if (record === undefined) return undefined;
  const parsed = DraftSchema.safeParse(record);
  return parsed.success ? parsed.data : undefined;
}

/** The newest draft, to reopen after the panel was closed. */
export async function latestDraft(): Promise<Draft | undefined> {
  const db = await openVertelpuntDb();
  const all = (await db.getAll('drafts')).map((r) => DraftSchema.safeParse(r)).filter((r) => r.success).map((r) => r.data);
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

export async function deleteDraft(id: string): Promise<void> {
  const db = await openVertelpuntDb();
  const tx = db.transaction('drafts', 'readwrite', { durability: 'strict' });
  await tx.store.delete(id);
  await tx.done;
}
