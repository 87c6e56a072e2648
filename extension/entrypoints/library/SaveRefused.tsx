import type { Story } from '@vertelpunt/stories';
import { t } from '../../src/i18n';
import { StoryChangedError, StoryGoneError } from '../../src/storage/storage-errors';
import { storageProblem } from '../../src/ui/storage-problem';

interface Props {
  error: unknown;
  /** Replace the edit with the version saved elsewhere. */
  onLoadNewer: (newer: Story) => void;
  /** Save the edit over the version saved elsewhere. */
  onOverwrite: (newer: Story) => void;
  /** Save the edit as a story again, after it was deleted elsewhere. */
  onSaveAgain: () => void;
}

/** Why the library refused a save, and what the user can do next; the edit itself stays in the form. */
export function SaveRefused({ error, onLoadNewer, onOverwrite, onSaveAgain }: Props) {
  return (
    <div role="alert" class="problems save-refused">
      <p>{storageProblem(error)}</p>
      {error instanceof StoryChangedError && (
        <p>
          <button type="button" onClick={() => onLoadNewer(error.current)}>
            {t('loadNewerVersion')}
          </button>{' '}
          <button type="button" onClick={() => onOverwrite(error.current)}>
            {t('overwriteAnyway')}
          </button>
        </p>
      )}
      {error instanceof StoryGoneError && (
        <p>
          <button type="button" onClick={onSaveAgain}>
            {t('saveAsNewAgain')}
          </button>
        </p>
      )}
    </div>
  );
}
