import { ProjectCompressor } from '@vertelpunt/exchange';
import { DeflatePieceSchema, type DeflateReply } from './deflate-protocol';

// Compresses one qdpx's project.qde for the exchange worker that started it (worker-deflater.ts).
// Typed by hand, as exchange.worker.ts: the extension is compiled with the DOM library.
const scope = self as unknown as {
  onmessage: (event: MessageEvent) => void;
  postMessage: (message: DeflateReply, transfer?: Transferable[]) => void;
};
const project = new ProjectCompressor();
scope.onmessage = (event) => {
  try {
    const piece = DeflatePieceSchema.parse(event.data);
    project.push(piece.xml, piece.final);
    if (!piece.final) {
      scope.postMessage({ type: 'took' });
      return;
    }
    const taken = project.take();
    // Blocks of ByteBlocks, each on an ArrayBuffer of its own: handed over, not copied.
    const data = taken.data as Uint8Array<ArrayBuffer>[];
    scope.postMessage({ type: 'deflated', data, crc: taken.crc, size: taken.size }, [...new Set(data.map((block) => block.buffer))]);
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
