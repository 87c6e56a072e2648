import { WorkerReplySchema, type ImportPlanSummary, type WorkerReply, type WorkerRequest } from './protocol';

export type Progress = { done: number; total?: number };
type Final = Exclude<WorkerReply, { type: 'progress' }>;

/**
 * The page's side of the exchange worker: one worker per export or import, ended when the page
 * is done with it or the user cancels (terminating stops the work at once; an import changes
 * nothing until its single transaction).
 */
export class ExchangeWorker {
  private readonly worker = new Worker(new URL('./exchange.worker.ts', import.meta.url), { type: 'module' });

  /** Sends one request and resolves with its final reply; progress replies go to `onProgress`. */
  request(message: WorkerRequest, onProgress: (progress: Progress) => void = () => undefined): Promise<Final> {
    return new Promise((resolve, reject) => {
      this.worker.onmessage = (event: MessageEvent) => {
        const reply = WorkerReplySchema.safeParse(event.data);
        if (!reply.success) return reject(new Error(`unexpected message from the exchange worker: ${reply.error.message}`));
        if (reply.data.type === 'progress') onProgress(reply.data);
        else resolve(reply.data);
      };
      this.worker.onerror = (event) => reject(new Error(event.message || 'the exchange worker stopped'));
      this.worker.postMessage(message);
    });
  }

  terminate(): void {
    this.worker.terminate();
  }
}

export type { ImportPlanSummary };
