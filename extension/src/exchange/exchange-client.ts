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

/**
 * The page's side of the exchange worker: one worker per export or import, ended when the page
 * is done with it or the user cancels (terminating stops the work at once; an import changes
 * nothing until its single transaction).
 */
export class ExchangeWorker implements Exchange {
  private readonly worker = new Worker(new URL('./exchange.worker.ts', import.meta.url), { type: 'module' });

  /**
   * Sends one request and resolves with its outcome: the reply that request expects, or the
   * problems to show (never a rejection: a crashed worker is a failure like any other).
   */
  request<T extends RequestType>(message: RequestOf<T>, { onProgress, failed }: RequestOptions): Promise<Outcome<ReplyTo<T>>> {
    return new Promise((resolve) => {
      this.worker.onmessage = (event: MessageEvent) => {
        const reply = WorkerReplySchema.safeParse(event.data);
        if (reply.success && reply.data.type === 'progress') onProgress?.(reply.data);
        else resolve(outcomeOf(message.type as T, event.data, failed, sayProblem));
      };
      this.worker.onerror = (event) => resolve({ ok: false, problems: [failed(event.message || 'the exchange worker stopped')] });
      this.worker.postMessage(message);
    });
  }

  terminate(): void {
    this.worker.terminate();
  }
}

export type { ImportPlanSummary };
