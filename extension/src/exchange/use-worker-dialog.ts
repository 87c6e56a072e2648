import { useEffect, useRef } from 'preact/hooks';
import { ExchangeWorker, warmExchangeWorker } from './exchange-client';
import { restoreFocus } from '../ui/restore-focus';

/**
 * A modal dialog that runs exchange work: shown modally when mounted; its worker (one at a time)
 * is ended when the dialog closes or unmounts, so cancelling stops the work at once.
 */
export function useWorkerDialog(onClose: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  const worker = useRef<ExchangeWorker | undefined>(undefined);
  const stop = () => {
    worker.current?.terminate();
    worker.current = undefined;
  };
  useEffect(() => {
    const opener = document.activeElement;
    dialog.current?.showModal();
    // The worker starts while the user chooses: its start was most of a small export's time.
    warmExchangeWorker();
    return () => {
      stop();
      // Removed rather than closed, the dialog would leave the focus at the page's start.
      restoreFocus(opener, () => null);
    };
  }, []);
  return {
    dialog,
    /** A fresh worker for the next request, ending the one before. */
    start: (): ExchangeWorker => {
      stop();
      worker.current = new ExchangeWorker();
      return worker.current;
    },
    current: () => worker.current,
    stop,
    close: () => {
      stop();
      onClose();
    },
  };
}
