import type { Story } from '@vertelpunt/stories';
import { z } from 'zod';
import { fromStored } from './stored-story';

/** A stored record that failed validation: skipped by every read, never fatal to a page. */
export interface UnreadableRecord {
  id: string;
  problem: string;
}

// Kept per page (or worker): each page tells its user what it had to skip.
const unreadable = new Map<string, string>();
const listeners = new Set<(records: UnreadableRecord[]) => void>();

/** Why a record is not a story, one line. */
export function describeProblem(error: unknown): string {
  return error instanceof z.ZodError
    ? error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ')
    : String((error as Error)?.message ?? error);
}

/** The story a stored record holds, or undefined (reported once to the listeners) when the record is invalid. */
export function readStored(record: unknown): Story | undefined {
  try {
    return fromStored(record);
  } catch (error) {
    const id = typeof (record as { id?: unknown } | null)?.id === 'string' ? (record as { id: string }).id : '(no id)';
    rememberUnreadable(id, describeProblem(error));
    return undefined;
  }
}

/** Records an invalid record met elsewhere (the query worker) as this page's own: reported once. */
export function rememberUnreadable(id: string, problem: string): void {
  if (unreadable.has(id)) return;
  unreadable.set(id, problem);
  const all = unreadableRecords();
  for (const listener of listeners) listener(all);
}

/** Every invalid record this page has come across so far. */
export function unreadableRecords(): UnreadableRecord[] {
  return [...unreadable].map(([id, problem]) => ({ id, problem }));
}

/** Calls `listener` with all invalid records met so far, whenever another one is met; returns a stop function. */
export function onUnreadable(listener: (records: UnreadableRecord[]) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
