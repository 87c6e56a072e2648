import type { DBSchema } from 'idb';
import type { StoredStory } from './stored-story';

/** The extension's IndexedDB, in the extension's own origin (never a page's). */
export interface VertelpuntDb extends DBSchema {
  stories: {
    key: string;
    value: StoredStory;
    indexes: { byCreated: [string, string]; byTerm: string; byWord: string; byOrigin: string };
  };
  drafts: { key: string; value: unknown };
}
