import { ProjectCompressor, type DeflatedProject, type ProjectDeflater } from '@vertelpunt/exchange';
import { DeflateReplySchema, type DeflatePiece } from './deflate-protocol';

/** Pieces (64 kB of XML each) sent and not yet compressed, above which the export waits: deflate is slower than the XML is written. */
const MAX_WAITING = 16;

/** A ProjectDeflater the export can wait for between batches, so the XML waiting to be compressed stays bounded. */
export interface WorkerDeflater extends ProjectDeflater {
  drained(): Promise<void>;
}

/**
 * Compresses a qdpx's project.qde in a worker of its own, beside the export: deflate was 3.9 s of
 * the 8.2 s a qdpx of 100,000 stories took to encode (Node, issue 14). Where a worker cannot
 * start one (no nested workers), it compresses in this thread, with the same bytes.
 */
export function workerDeflater(): WorkerDeflater {
  if (typeof Worker === 'undefined') return inThread();
  const worker = new Worker(new URL('./deflate.worker.ts', import.meta.url), { type: 'module' });
  let waiting = 0;
  let wake: (() => void) | undefined;
  const result = new Promise<DeflatedProject>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent) => {
      const reply = DeflateReplySchema.safeParse(event.data);
      if (reply.success && reply.data.type === 'took') {
        waiting -= 1;
        if (waiting <= MAX_WAITING) wake?.();
        return;
      }
      worker.terminate();
      if (!reply.success) reject(new Error(`unexpected reply from the deflate worker: ${reply.error.message}`));
      else if (reply.data.type === 'deflated') resolve(reply.data);
      else if (reply.data.type === 'failed') reject(new Error(`project.qde could not be compressed: ${reply.data.message}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`project.qde could not be compressed: ${event.message || 'the deflate worker stopped'}`));
    };
  });
  // Rejected before anyone awaits it (a worker that fails early): handled when result() is called.
  result.catch(() => undefined);
  return {
    push: (xml, final) => {
      waiting += 1;
      worker.postMessage({ type: 'piece', xml, final } satisfies DeflatePiece);
    },
    drained: () =>
      waiting <= MAX_WAITING
        ? Promise.resolve()
        : Promise.race([new Promise<void>((resolve) => (wake = resolve)), result.then(() => undefined)]),
    result: () => result,
  };
}

function inThread(): WorkerDeflater {
  const project = new ProjectCompressor();
  return { push: (xml, final) => project.push(xml, final), drained: async () => undefined, result: async () => project.take() };
}
