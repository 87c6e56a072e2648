import { useState } from 'preact/hooks';
import { plural, storyCount, t } from '../../src/i18n';
import type { Progress } from '../../src/exchange/exchange-client';
import { exchangePart } from './later-parts';

/** A full backup to a file, in its own worker; the progress shows while it runs, the outcome as a notice. */
export function useBackup(show: (text: string) => void) {
  const [progress, setProgress] = useState<Progress | undefined>();
  const make = async () => {
    setProgress({ done: 0 });
    const { ExchangeWorker, exportToFile } = await exchangePart().catch((error: unknown) => {
      setProgress(undefined);
      throw error;
    });
    const worker = new ExchangeWorker();
    try {
      const outcome = await exportToFile(
        worker,
        { format: 'backup', filter: {}, stem: 'backup' },
        { onProgress: setProgress, failed: (message) => t('exportFailed', message) },
      );
      if (!outcome.ok) return show(outcome.problems.join(' '));
      const done = t('backupDone', storyCount(outcome.reply.count));
      show(
        outcome.reply.unreadable > 0
          ? `${done} ${plural(outcome.reply.unreadable, { one: 'unreadableStoriesOne', other: 'unreadableStories' })}`
          : done,
      );
    } finally {
      worker.terminate();
      setProgress(undefined);
    }
  };
  return { progress, make };
}
