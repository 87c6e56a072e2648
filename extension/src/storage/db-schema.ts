import type { DBSchema } from 'idb';
import type { IndexSnapshot, StoryRow } from '@vertelpunt/query';
import type { StoredStory } from './stored-story';

/** The query engine's snapshot, as of write generation `generation`: the change log since then brings it up to date. */
export interface CachedSnapshot {
  generation: number;
  snapshot: IndexSnapshot;
}

/** A row as stored: the engine's row and the generation that wrote it. */
export type StoredRow = StoryRow & { generation?: number };

export interface RowTombstone {
  id: string;
  generation: number;
}

/** The extension's IndexedDB, in the extension's own origin (never a page's). */
export interface VertelpuntDb extends DBSchema {
  stories: {
    key: string;
    value: StoredStory;
    indexes: { byCreated: [string, string]; byTerm: string; byWord: string; byOrigin: string };
  };
  drafts: { key: string; value: unknown };
  /**
   * The query engine's row of every story (`rowOf`), written with the story in one transaction
   * (story-write.ts), with the write generation that wrote it last (absent on rows from before
   * version 5): the change log's upserts.
   */
  storyRows: { key: string; value: StoredRow; indexes: { byGeneration: number } };
  /** One per deleted story, with the generation that deleted it: the change log's deletes. */
  rowTombstones: { key: string; value: RowTombstone; indexes: { byGeneration: number } };
  /** 'generation': bumped by every transaction that writes stories; 'snapshot': a CachedSnapshot. */
  engineState: { key: 'generation' | 'snapshot'; value: number | CachedSnapshot };
}
