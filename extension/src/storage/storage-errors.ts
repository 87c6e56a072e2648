import type { Story } from '@vertelpunt/stories';

// Typed failures of the storage layer. Pages map them to a message in the user's language
// (src/ui/storage-problem.ts) and keep the user's edit or draft; none of them changed anything.

/** The story was changed elsewhere (another tab, a bulk retag) after this edit started from it. */
export class StoryChangedError extends Error {
  constructor(readonly current: Story) {
    super(`story ${current.id} was changed elsewhere (now at ${current.updatedAt}); nothing was saved`);
    this.name = 'StoryChangedError';
  }
}

/** The story was deleted elsewhere while this edit was open. */
export class StoryGoneError extends Error {
  constructor(readonly id: string) {
    super(`story ${id} was deleted elsewhere; nothing was saved`);
    this.name = 'StoryGoneError';
  }
}

/** A draft's id is already a story with other content (e.g. left by a save that died halfway); the draft is kept. */
export class DraftAlreadySavedError extends Error {
  constructor(readonly id: string) {
    super(`a different story with the id of draft ${id} is already in the library; the draft was kept`);
    this.name = 'DraftAlreadySavedError';
  }
}

/** The browser refused the write for lack of space (QuotaExceededError). */
export class StorageFullError extends Error {
  constructor(options?: ErrorOptions) {
    super('the browser has no room left for this write; nothing was saved', options);
    this.name = 'StorageFullError';
  }
}

/** A database upgrade step failed: the upgrade was rolled back, the previous version and its data are intact. */
export class MigrationError extends Error {
  constructor(
    readonly toVersion: number,
    options?: ErrorOptions,
  ) {
    super(
      `upgrading the database to version ${toVersion} failed and was rolled back: ${String((options?.cause as Error | undefined)?.message ?? options?.cause)}`,
      options,
    );
    this.name = 'MigrationError';
  }
}

/** The storage layer's own error for a browser error it knows; anything else as it was. */
export function asStorageError(error: unknown): unknown {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' ? new StorageFullError({ cause: error }) : error;
}
