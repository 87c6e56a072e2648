import type { Story } from '@vertelpunt/stories';
import { contentHash } from './canonical.js';

/** What became of one incoming story. */
export type MergeOutcome =
  /** New: its id is not in the library (nor earlier in the input). */
  | 'add'
  /** The same story (same id, same content) is already there: nothing to do. */
  | 'duplicate'
  /** Same id, different content: the library keeps its version until someone decides. */
  | 'conflict';

export interface MergeConflict {
  readonly id: string;
  readonly incoming: Story;
  /** The content hash of the version that stays. */
  readonly keptHash: string;
  readonly incomingHash: string;
}

/** The pure outcome of an import: apply `add` in one transaction, show the rest. */
export interface MergePlan {
  readonly add: Story[];
  readonly duplicates: Story[];
  readonly conflicts: MergeConflict[];
}

/**
 * Decides, story by story, what an import does to a library: the library is known only by id →
 * content hash (see `contentHash`), so 100,000 stories cost a map of short strings, not the
 * stories themselves. An id seen twice in the input counts against the first.
 */
export class StoryMerger {
  private readonly hashes: Map<string, string>;

  /** `existing`: id → content hash of every story the library holds. */
  constructor(existing: Iterable<readonly [string, string]> = []) {
    this.hashes = new Map(existing);
  }

  /** Decides for one story and remembers an added one. */
  offer(story: Story): { outcome: MergeOutcome; hash: string; keptHash?: string } {
    const hash = contentHash(story);
    const kept = this.hashes.get(story.id);
    if (kept === undefined) {
      this.hashes.set(story.id, hash);
      return { outcome: 'add', hash };
    }
    return kept === hash ? { outcome: 'duplicate', hash } : { outcome: 'conflict', hash, keptHash: kept };
  }

  /** Takes an incoming story over the kept one after a conflict (e.g. the newer of the two). */
  replace(story: Story, hash = contentHash(story)): void {
    this.hashes.set(story.id, hash);
  }

  get size(): number {
    return this.hashes.size;
  }
}

/** Plans the import of `incoming` into a library given as id → content hash. Changes nothing. */
export function planMerge(incoming: Iterable<Story>, existing: Iterable<readonly [string, string]> = []): MergePlan {
  const merger = new StoryMerger(existing);
  const plan: MergePlan = { add: [], duplicates: [], conflicts: [] };
  for (const story of incoming) {
    const { outcome, hash, keptHash } = merger.offer(story);
    if (outcome === 'add') plan.add.push(story);
    else if (outcome === 'duplicate') plan.duplicates.push(story);
    else plan.conflicts.push({ id: story.id, incoming: story, keptHash: keptHash!, incomingHash: hash });
  }
  return plan;
}

/** The id → content hash index of a set of stories, for `planMerge` and `StoryMerger`. */
export function libraryIndex(stories: Iterable<Story>): Map<string, string> {
  const index = new Map<string, string>();
  for (const story of stories) index.set(story.id, contentHash(story));
  return index;
}
