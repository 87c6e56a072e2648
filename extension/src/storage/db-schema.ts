import type { DBSchema } from 'idb';
import type { IndexSnapshot, StoryRow } from '@vertelpunt/query';
import type { StoredStory } from './stored-story';

/** The query engine's snapshot, valid while the write generation is still the one it was built at. */
export interface CachedSnapshot {
  generation: number;
  snapshot: IndexSnapshot;
}

/** The extension's IndexedDB, in the extension's own origin (never a page's). */
export interface VertelpuntDb extends DBSchema {
  stories: {
    key: string;
    value: StoredStory;
    indexes: { byCreated: [string, string]; byTerm: string; byWord: string; byOrigin: string };
  };
  drafts: { key: string; value: unknown };
  /** The query engine's row of every story (`rowOf`), written with the story in one transaction (story-write.ts). */
  storyRows: { key: string; value: StoryRow };
  /** 'generation': bumped by every transaction that writes stories; 'snapshot': a CachedSnapshot. */
  engineState: { key: 'generation' | 'snapshot'; value: number | CachedSnapshot };
}
