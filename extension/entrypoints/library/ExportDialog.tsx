import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormatName } from '@vertelpunt/exchange';
import type { Progress } from '../../src/exchange/exchange-client';
import { exportToFile } from '../../src/exchange/export-to-file';
import { useWorkerDialog } from '../../src/exchange/use-worker-dialog';
import { formatLabel, plural, storyCount, t } from '../../src/i18n';
import type { StoryFilter } from '../../src/storage/story-filter';
import { ProblemList } from '../../src/ui/ProblemList';
import { useEffectiveSettings } from '../../src/settings/use-effective-settings';
import { ProgressLine } from './ProgressLine';

/** What an analyst exports; a backup has its own button. */
const FORMATS = (Object.keys(EXPORT_FORMATS) as ExportFormatName[]).filter((f) => f !== 'backup');

interface Props {
  filter: StoryFilter;
  filtered: boolean;
  /** Stories the filter selects, and in the whole library. */
  matching: number;
  all: number;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Choose the set and the format, then export in the worker with progress; the page stays usable. */
export function ExportDialog({ filter, filtered, matching, all, onClose, onDone }: Props) {
  const { dialog, start, stop, close: cancel } = useWorkerDialog(onClose);
  const [chosenFormat, setFormat] = useState<ExportFormatName>('csv-long');
  // Only the formats the organisation allows (none until the settings are read).
  const allowed: readonly ExportFormatName[] = useEffectiveSettings()?.exportFormats ?? [];
  const formats = FORMATS.filter((f) => allowed.includes(f));
  const format = formats.find((f) => f === chosenFormat) ?? formats[0];
  const [excelNl, setExcelNl] = useState(true);
  const [onlyFiltered, setOnlyFiltered] = useState(filtered);
  const [progress, setProgress] = useState<Progress | undefined>();
  const [problems, setProblems] = useState<string[]>([]);

  const run = async () => {
    if (!format) return setProblems([t('exportFormatNotAllowed')]);
    setProblems([]);
    setProgress({ done: 0 });
    const outcome = await exportToFile(
      start(),
      {
        format,
        filter: onlyFiltered ? filter : {},
        excelNl: format.startsWith('csv') && excelNl,
        stem: onlyFiltered ? 'selectie' : 'verhalen',
      },
      { onProgress: setProgress, failed: (message) => t('exportFailed', message) },
    );
    stop();
    setProgress(undefined);
    if (!outcome.ok) return setProblems(outcome.problems);
    const done = t('exportDone', [storyCount(outcome.reply.count), formatLabel(format)]);
    onDone(
      outcome.reply.unreadable > 0
        ? `${done} ${plural(outcome.reply.unreadable, { one: 'unreadableStoriesOne', other: 'unreadableStories' })}`
        : done,
    );
  };

  return (
    <dialog
      ref={dialog}
      class="exchange-dialog"
      aria-labelledby="export-title"
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
    >
      <h2 id="export-title">{t('exportTitle')}</h2>
      <fieldset disabled={progress !== undefined}>
        <legend>{t('exportWhich')}</legend>
        <label>
          <input type="radio" name="export-scope" checked={onlyFiltered} disabled={!filtered} onChange={() => setOnlyFiltered(true)} />
          {t('exportFiltered', storyCount(matching))}
        </label>
        <label>
          <input type="radio" name="export-scope" checked={!onlyFiltered} onChange={() => setOnlyFiltered(false)} />
          {t('exportAll', storyCount(all))}
        </label>
      </fieldset>
      <fieldset disabled={progress !== undefined}>
        <legend>{t('exportFormat')}</legend>
        <label for="export-format" class="visually-hidden">
          {t('exportFormat')}
        </label>
        <select id="export-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormatName)}>
          {formats.map((f) => (
            <option key={f} value={f}>
              {formatLabel(f)} (.{EXPORT_FORMATS[f].extension})
            </option>
          ))}
        </select>
        {format?.startsWith('csv') && (
          <label>
            <input type="checkbox" checked={excelNl} onChange={(e) => setExcelNl(e.currentTarget.checked)} />
            {t('exportExcelNl')}
          </label>
        )}
        <p class="hint">{t('exportPrivacyHint')}</p>
      </fieldset>
      {progress && <ProgressLine progress={progress} label={t('exportProgress')} />}
      <ProblemList problems={problems} />
      <div class="dialog-actions">
        <button type="button" class="primary" disabled={progress !== undefined || !format} onClick={() => void run()}>
          {t('exportStart')}
        </button>
        <button type="button" onClick={cancel}>
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
