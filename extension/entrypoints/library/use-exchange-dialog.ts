import { useState } from 'preact/hooks';
import { countStories } from '../../src/storage/stories';

/** Which exchange dialog is open; the export dialog needs the count of all stories before it opens. */
export function useExchangeDialog() {
  const [dialog, setDialog] = useState<'export' | 'import' | undefined>();
  const [allCount, setAllCount] = useState(0);
  const openExport = async () => {
    setAllCount(await countStories());
    setDialog('export');
  };
  return { dialog, allCount, openExport, openImport: () => setDialog('import'), close: () => setDialog(undefined) };
}
