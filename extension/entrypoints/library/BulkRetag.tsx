import { LATEST_VERSION } from '@vertelpunt/taxonomy';
import { t } from '../../src/i18n';
import { TagPicker } from '../../src/ui/TagPicker';

interface Props {
  tags: string[];
  onChange: (tags: string[]) => void;
  retag: (change: { add?: string[]; remove?: string[] }) => void;
}

/** The bulk bar's terms to add to or remove from every selected story. */
export function BulkRetag({ tags, onChange, retag }: Props) {
  return (
    <div class="bulk-retag">
      <TagPicker idPrefix="bulk-tags" version={LATEST_VERSION} selected={tags} onChange={onChange} />
      <button type="button" disabled={tags.length === 0} onClick={() => retag({ add: tags })}>
        {t('addTags')}
      </button>
      <button type="button" disabled={tags.length === 0} onClick={() => retag({ remove: tags })}>
        {t('removeTags')}
      </button>
    </div>
  );
}
