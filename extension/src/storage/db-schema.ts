import type { DBSchema } from 'idb';
import type { CoreSnapshot, StoryRow, WordsSnapshot } from '@vertelpunt/query';
import type { StoredStory } from './stored-story';

/** The query engine's snapshot, as of write generation `generation`: the change log since then brings it up to date. */
export interface CachedSnapshot {
  generation: number;
  snapshot: CoreSnapshot;
}

/** The words of the snapshot of generation `generation`, stored apart: a page lists and counts before it has read them. */
export interface CachedWords {
  generation: number;
  words: WordsSnapshot;
}

/** A story's last write since the snapshot: its row was written (read it from 'storyRows'), or it was deleted. */
export interface ChangeLogEntry {
  id: string;
  generation: number;
  deleted: boolean;
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
  /** The engine's change log: per story written or deleted since the cached snapshot, the generation that did it last. */
  changeLog: { key: string; value: ChangeLogEntry; indexes: { byGeneration: number } };
  /** 'generation': bumped by every transaction that writes stories; 'snapshot': a CachedSnapshot; 'snapshotWords': its CachedWords. */
  engineState: { key: 'generation' | 'snapshot' | 'snapshotWords'; value: number | CachedSnapshot | CachedWords };
}
