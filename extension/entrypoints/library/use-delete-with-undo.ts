import { plural } from '../../src/i18n';
import { deleteStories, restoreStories } from '../../src/storage/stories';
import { editingPart } from './later-parts';

/**
 * Deleting stories, with an undo in the notice that puts them back (through `restoreStories`,
 * which de-identifies again like every write). `afterDelete` clears what showed the deleted stories.
 */
export function useDeleteWithUndo(changed: (text: string, undo?: () => Promise<void>) => void, afterDelete: () => void) {
  return async (ids: string[]) => {
    const deleted = await deleteStories(ids);
    afterDelete();
    changed(plural(deleted.length, { one: 'storiesDeletedOne', other: 'storiesDeleted' }), async () => {
      const { deidentifyOwn } = await editingPart();
      await restoreStories(deleted.map((story) => deidentifyOwn(story)));
      changed(plural(deleted.length, { one: 'storiesRestoredOne', other: 'storiesRestored' }));
    });
  };
}
