import { useState } from 'preact/hooks';
import type { DeidentifiedStory, Story } from '@vertelpunt/stories';
import { t } from '../../src/i18n';
import { addStory, updateStory } from '../../src/storage/stories';

/** The story open in the editor, and saving an edit of it (over the version it started from, or again as new). */
export function useOpenStory(changed: (text: string) => void) {
  const [open, setOpen] = useState<Story | undefined>();
  const close = () => setOpen(undefined);
  const save = async (story: DeidentifiedStory, startedFrom: string) => {
    await updateStory(story, startedFrom);
    setOpen(undefined);
    changed(t('storySavedShort'));
  };
  const saveAgain = async (story: DeidentifiedStory) => {
    await addStory(story);
    setOpen(undefined);
    changed(t('storySavedShort'));
  };
  return { open, setOpen, close, save, saveAgain };
}
