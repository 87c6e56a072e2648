import { browser } from 'wxt/browser';
import type { CaptureState } from '../../src/capture/capture-state';
import { requestSystemAccess } from '../../src/browser/host-permissions';
import { t, uiFormat, type MessageKey } from '../../src/i18n';
import type { Message } from '../../src/messages';

type Failed = Extract<CaptureState, { status: 'failed' }>;

const MESSAGES: Record<Failed['reason'], MessageKey> = {
  'no-selection': 'failureNoSelection',
  'not-allowed': 'failureNotAllowed',
  'too-large': 'failureTooLarge',
  'frame-not-allowed': 'failureFrameNotAllowed',
  unreadable: 'failureUnreadable',
};

/** Why the last capture made no draft, in words the user can act on, and the way out where there is one. */
export function CaptureProblem({ state }: { state: Failed }) {
  const frameOrigins = state.reason === 'frame-not-allowed' ? (state.frameOrigins ?? []) : [];
  // One button per origin: the user allows only the system they recognise (least privilege).
  const allowAndRetry = async (origin: string) => {
    // The permission prompt needs this click: ask first, before anything else is awaited.
    if (!(await requestSystemAccess(origin))) return;
    if (state.tabId !== undefined) await browser.runtime.sendMessage({ type: 'capture-again', tabId: state.tabId } satisfies Message);
  };
  return (
    <div role="alert" class="problem" data-reason={state.reason}>
      <p>{t(MESSAGES[state.reason], uiFormat().orList(frameOrigins))}</p>
      {frameOrigins.map((origin) => (
        <button key={origin} type="button" onClick={() => void allowAndRetry(origin)}>
          {t('allowFrameOrigin', origin)}
        </button>
      ))}
    </div>
  );
}
