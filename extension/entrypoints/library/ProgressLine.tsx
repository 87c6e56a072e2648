import { t, uiFormat } from '../../src/i18n';
import type { Progress } from '../../src/exchange/exchange-client';

/** A progress bar with its numbers, announced politely to screen readers. */
export function ProgressLine({ progress, label }: { progress: Progress; label: string }) {
  const { done, total } = progress;
  return (
    <div class="progress-line" role="status" aria-live="polite">
      <label>
        {label}
        <progress max={total ?? undefined} value={total === undefined ? undefined : done} />
      </label>
      <span>
        {total === undefined
          ? t('progressRead', uiFormat().number(done))
          : t('progressOf', [uiFormat().number(done), uiFormat().number(total)])}
      </span>
    </div>
  );
}
