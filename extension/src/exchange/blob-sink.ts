import { joinBytes, type Chunk } from '@vertelpunt/exchange';

/** Text and small byte chunks are joined into parts of about this size: a Blob part per story costs more than its bytes. */
const PIECE = 1024 * 1024;
/** Parts become a Blob at about this size, so the worker holds at most this much of the file at once. */
const BLOB_BATCH = 8 * 1024 * 1024;

/**
 * Collects an export's chunks into one Blob in bounded memory. A Blob made of Blobs is not
 * copied again, and the browser may keep a large one on disk, so the file is never in the
 * worker's heap whole.
 */
export class BlobSink {
  private readonly blobs: Blob[] = [];
  private parts: BlobPart[] = [];
  private partsSize = 0;
  private text = '';
  private bytes: Uint8Array[] = [];
  private bytesSize = 0;

  add(chunks: readonly Chunk[]): void {
    for (const chunk of chunks) {
      if (typeof chunk === 'string') {
        if (this.bytesSize > 0) this.flushBytes();
        this.text += chunk;
        if (this.text.length >= PIECE) this.flushText();
      } else {
        if (this.text) this.flushText();
        this.bytes.push(chunk);
        this.bytesSize += chunk.byteLength;
        if (this.bytesSize >= PIECE) this.flushBytes();
      }
    }
  }

  /** The whole file; the sink is empty afterwards. */
  finish(type: string): Blob {
    this.flushText();
    this.flushBytes();
    const blob = new Blob([...this.blobs, ...this.parts], { type });
    this.blobs.length = 0;
    this.parts = [];
    this.partsSize = 0;
    return blob;
  }

  private flushText(): void {
    if (!this.text) return;
    // Counted as UTF-8 at its largest: the batch stays under its size.
    this.push(this.text, this.text.length * 3);
    this.text = '';
  }

  private flushBytes(): void {
    if (this.bytesSize === 0) return;
    this.push((this.bytes.length === 1 ? this.bytes[0]! : joinBytes(this.bytes)) as BlobPart, this.bytesSize);
    this.bytes = [];
    this.bytesSize = 0;
  }

  private push(part: BlobPart, size: number): void {
    this.parts.push(part);
    this.partsSize += size;
    if (this.partsSize < BLOB_BATCH) return;
    this.blobs.push(new Blob(this.parts));
    this.parts = [];
    this.partsSize = 0;
  }
}
