import { t, uiFormat } from '../i18n';
import { DraftAlreadySavedError, MigrationError, StorageFullError, StoryChangedError, StoryGoneError } from '../storage/storage-errors';

/** What a failed storage call means for the user, in their language (never only a console line). */
export function storageProblem(error: unknown): string {
  if (error instanceof StoryChangedError) return t('storyChangedElsewhere', uiFormat().dateTimeSeconds(error.current.updatedAt));
  if (error instanceof StoryGoneError) return t('storyGoneElsewhere');
  if (error instanceof StorageFullError) return t('storageFull');
  if (error instanceof DraftAlreadySavedError) return t('draftAlreadySaved');
  if (error instanceof MigrationError)
    return t('migrationFailed', [String(error.toVersion), String((error.cause as Error | undefined)?.message ?? error.cause)]);
  return t('saveFailed', String((error as Error | undefined)?.message ?? error));
}
