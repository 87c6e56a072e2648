import { ProjectCompressor, type DeflatedProject, type ProjectDeflater } from '@vertelpunt/exchange';
import { DeflateReplySchema, type DeflatePiece } from './deflate-protocol';

/**
 * Compresses a qdpx's project.qde in a worker of its own, beside the export (in Chromium 12.7 s
 * of a qdpx of 100,000 stories, about half of it deflate). Where a worker cannot start one (no
 * nested workers), it compresses in this thread, with the same bytes.
 */
export function workerDeflater(): ProjectDeflater {
  if (typeof Worker === 'undefined') return inThread();
  const worker = new Worker(new URL('./deflate.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<DeflatedProject>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent) => {
      worker.terminate();
      const reply = DeflateReplySchema.safeParse(event.data);
      if (!reply.success) reject(new Error(`unexpected reply from the deflate worker: ${reply.error.message}`));
      else if (reply.data.type === 'failed') reject(new Error(`project.qde could not be compressed: ${reply.data.message}`));
      else resolve(reply.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`project.qde could not be compressed: ${event.message || 'the deflate worker stopped'}`));
    };
  });
  // Rejected before anyone awaits it (a worker that fails early): handled when result() is called.
  result.catch(() => undefined);
  return {
    push: (xml, final) => worker.postMessage({ type: 'piece', xml, final } satisfies DeflatePiece),
    result: () => result,
  };
}

function inThread(): ProjectDeflater {
  const project = new ProjectCompressor();
  return { push: (xml, final) => project.push(xml, final), result: async () => project.take() };
}
