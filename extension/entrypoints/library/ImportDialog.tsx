import { useState } from 'preact/hooks';
import type { ImportPlanSummary, Progress } from '../../src/exchange/exchange-client';
import { useWorkerDialog } from '../../src/exchange/use-worker-dialog';
import { storyCount, t, uiFormat } from '../../src/i18n';
import { ProblemList } from '../../src/ui/ProblemList';
import { ProgressLine } from './ProgressLine';

interface Props {
  onClose: () => void;
  /** After stories were added: the library reloads. */
  onImported: (message: string) => void;
}

type Step =
  | { name: 'choose' }
  | { name: 'reading'; progress: Progress }
  | { name: 'refused'; problems: string[] }
  | { name: 'planned'; plan: ImportPlanSummary }
  | { name: 'importing' };

const failed = (message: string) => t('importFailed', message);
const when = (iso: string) => (iso ? uiFormat().dateTime(iso) : '—');

/**
 * Restore a backup or import an export: the file is read and checked in full first, then the
 * user sees what would be added, skipped and what conflicts, and only then are the new stories
 * added, in one transaction. A bad file changes nothing and says exactly what is wrong.
 */
export function ImportDialog({ onClose, onImported }: Props) {
  const { dialog, start, current, close } = useWorkerDialog(onClose);
  const [step, setStep] = useState<Step>({ name: 'choose' });

  const read = async (file: File | undefined) => {
    if (!file) return;
    const worker = start();
    setStep({ name: 'reading', progress: { done: 0 } });
    const outcome = await worker.request(
      { type: 'plan-import', file },
      { onProgress: (progress) => setStep({ name: 'reading', progress }), failed },
    );
    setStep(outcome.ok ? { name: 'planned', plan: outcome.reply.plan } : { name: 'refused', problems: outcome.problems });
  };

  const apply = async () => {
    const worker = current();
    if (!worker) return;
    setStep({ name: 'importing' });
    const outcome = await worker.request({ type: 'apply-import' }, { failed });
    if (outcome.ok) onImported(t('importDone', storyCount(outcome.reply.count)));
    else setStep({ name: 'refused', problems: outcome.problems });
  };

  return (
    <dialog
      ref={dialog}
      class="exchange-dialog"
      aria-labelledby="import-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id="import-title">{t('importTitle')}</h2>
      <p>{t('importWhat')}</p>
      <label>
        {t('importChooseFile')}
        <input
          type="file"
          accept=".json,.ndjson,.jsonl,application/json"
          disabled={step.name === 'reading' || step.name === 'importing'}
          onChange={(e) => void read(e.currentTarget.files?.[0])}
        />
      </label>
      {step.name === 'reading' && <ProgressLine progress={step.progress} label={t('importReading')} />}
      {step.name === 'refused' && (
        <div class="import-refused">
          <p>{t('importRefused')}</p>
          <ProblemList problems={step.problems} />
        </div>
      )}
      {step.name === 'planned' && (
        <section class="import-plan" aria-labelledby="import-plan-title">
          <h3 id="import-plan-title">{t('importPlanTitle', [step.plan.file, when(step.plan.exportedAt)])}</h3>
          <ul>
            <li data-count="add">{t('importAdd', storyCount(step.plan.add))}</li>
            <li data-count="duplicates">{t('importDuplicates', storyCount(step.plan.duplicates))}</li>
            <li data-count="conflicts">{t('importConflicts', storyCount(step.plan.conflicts.length))}</li>
            {step.plan.residual > 0 && (
              <li data-count="residual">
                {t('importResidual', [uiFormat().number(step.plan.residual), storyCount(step.plan.residualStories)])}
              </li>
            )}
            {step.plan.originals > 0 && <li data-count="originals">{t('importOriginals', storyCount(step.plan.originals))}</li>}
          </ul>
          {step.plan.conflicts.length > 0 && (
            <table class="import-conflicts">
              <caption>{t('importConflictsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fieldTitle')}</th>
                  <th scope="col">{t('importKeptChanged')}</th>
                  <th scope="col">{t('importIncomingChanged')}</th>
                </tr>
              </thead>
              <tbody>
                {step.plan.conflicts.map((c) => (
                  <tr key={c.id} data-story-id={c.id}>
                    <th scope="row">{c.title}</th>
                    <td>{when(c.keptUpdatedAt)}</td>
                    <td>{when(c.incomingUpdatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      {step.name === 'importing' && <p role="status">{t('importApplying')}</p>}
      <div class="dialog-actions">
        {step.name === 'planned' && (
          <button type="button" class="primary" disabled={step.plan.add === 0} onClick={() => void apply()}>
            {t('importConfirm', storyCount(step.plan.add))}
          </button>
        )}
        <button type="button" onClick={close}>
          {step.name === 'planned' || step.name === 'reading' ? t('cancel') : t('close')}
        </button>
      </div>
    </dialog>
  );
}
