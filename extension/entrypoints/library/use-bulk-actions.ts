import { useState } from 'preact/hooks';
import { LATEST_VERSION } from '@vertelpunt/taxonomy';
import { plural, uiFormat } from '../../src/i18n';
import { editingPart } from './later-parts';

/** Retagging and migrating the selected stories, and the open/closed tag picker of the bulk bar. */
export function useBulkActions(ids: string[], changed: (text: string) => void) {
  const [tags, setTags] = useState<string[]>([]);
  const [retagOpen, setRetagOpen] = useState(false);
  const retag = async (change: { add?: string[]; remove?: string[] }) => {
    const { retagStories } = await editingPart();
    const result = await retagStories(ids, change);
    setTags([]);
    setRetagOpen(false);
    changed(
      plural(result.changed.length, { one: 'storiesRetaggedOne', other: 'storiesRetagged' }, uiFormat().number(result.skipped.length)),
    );
  };
  const migrate = async () => {
    const { migrateStories } = await editingPart();
    const result = await migrateStories(ids, LATEST_VERSION);
    changed(
      plural(result.changed.length, { one: 'storiesMigratedOne', other: 'storiesMigrated' }, uiFormat().number(result.skipped.length)),
    );
  };
  return { tags, setTags, retagOpen, toggleRetag: () => setRetagOpen(!retagOpen), retag, migrate };
}
