import { uiSay } from '../i18n';
import { problemText } from '../problem-text';
import {
  outcomeOf,
  WorkerReplySchema,
  type ImportPlanSummary,
  type Outcome,
  type ReplyTo,
  type RequestOf,
  type RequestType,
} from './protocol';

/** A problem with the input in the interface's language. */
const sayProblem = (problem: Parameters<typeof problemText>[0]) => problemText(problem, uiSay());

export type Progress = { done: number; total?: number };

export interface RequestOptions {
  /** Progress replies, as they come (at most every 100 ms). */
  onProgress?: (progress: Progress) => void;
  /** The line shown for a failure that is not the input's fault, e.g. `(m) => t('exportFailed', m)`. */
  failed: (message: string) => string;
}

/** What a caller needs of the exchange worker: one typed request at a time. */
export interface Exchange {
  request<T extends RequestType>(message: RequestOf<T>, options: RequestOptions): Promise<Outcome<ReplyTo<T>>>;
}

/** A worker kept ready for the next request, ended when it has not been taken for this long. */
const SPARE_FOR_MS = 60_000;
let spare: { worker: Worker; timer: ReturnType<typeof setTimeout> } | undefined;

const startWorker = () => new Worker(new URL('./exchange.worker.ts', import.meta.url), { type: 'module' });

function keepAsSpare(worker: Worker): void {
  if (spare) {
    clearTimeout(spare.timer);
    if (spare.worker !== worker) spare.worker.terminate();
  }
  const timer = setTimeout(() => {
    if (spare?.worker !== worker) return;
    worker.terminate();
    spare = undefined;
  }, SPARE_FOR_MS);
  spare = { worker, timer };
}

/**
 * Starts an exchange worker ahead of need, for the next ExchangeWorker to take: loading and
 * starting the worker (a bundle of about 1 MB) took 0.8–1.3 s of an export on a busy machine,
 * which an export dialog can spend while its user chooses (issue 14). Ended after a minute unused.
 */
export function warmExchangeWorker(): void {
  if (typeof Worker === 'undefined') return;
  keepAsSpare(spare?.worker ?? startWorker());
}

function takeWorker(): Worker {
  if (!spare) return startWorker();
  const { worker, timer } = spare;
  clearTimeout(timer);
  spare = undefined;
  return worker;
}

/**
 * The page's side of the exchange worker: one worker per export or import, ended when the page
 * is done with it or the user cancels (terminating stops the work at once; an import changes
 * nothing until its single transaction). A worker that finished its exports and nothing else is
 * kept for the next export instead (it holds nothing of the one before), for a minute.
 */
export class ExchangeWorker implements Exchange {
  private readonly worker = takeWorker();
  /** A request is under way, or the worker did anything but export, or failed: not for reuse. */
  private busy = false;
  private reusable = true;
  /** Terminated (or handed on as the spare): this object no longer owns the worker. */
  private ended = false;

  /**
   * Sends one request and resolves with its outcome: the reply that request expects, or the
   * problems to show (never a rejection: a crashed worker is a failure like any other).
   */
  request<T extends RequestType>(message: RequestOf<T>, { onProgress, failed }: RequestOptions): Promise<Outcome<ReplyTo<T>>> {
    if (this.ended) return Promise.resolve({ ok: false, problems: [failed('the exchange worker was already ended')] });
    this.busy = true;
    if (message.type !== 'export') this.reusable = false;
    return new Promise((resolve) => {
      const done = (outcome: Outcome<ReplyTo<T>>) => {
        this.busy = false;
        if (!outcome.ok) this.reusable = false;
        resolve(outcome);
      };
      this.worker.onmessage = (event: MessageEvent) => {
        const reply = WorkerReplySchema.safeParse(event.data);
        if (reply.success && reply.data.type === 'progress') onProgress?.(reply.data);
        else done(outcomeOf(message.type as T, event.data, failed, sayProblem));
      };
      this.worker.onerror = (event) => done({ ok: false, problems: [failed(event.message || 'the exchange worker stopped')] });
      this.worker.postMessage(message);
    });
  }

  /** Stops the work at once; an idle worker that only exported is kept for the next export. */
  terminate(): void {
    if (this.ended) return;
    this.ended = true;
    if (!this.busy && this.reusable) keepAsSpare(this.worker);
    else this.worker.terminate();
  }
}

export type { ImportPlanSummary };
