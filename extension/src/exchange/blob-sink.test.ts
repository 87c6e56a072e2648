import { describe, expect, it } from 'vitest';
import { BlobSink } from './blob-sink';

const bytes = (blob: Blob) => blob.arrayBuffer().then((b) => Buffer.from(b));

describe('BlobSink', () => {
  it('gives the chunks back as one file, text as UTF-8 and bytes as they are, in order', async () => {
    const sink = new BlobSink();
    sink.add(['\uFEFFstory_id;titel\r\n', 'één;', 'twee']);
    sink.add([new Uint8Array([0, 255, 1])]);
    sink.add(['drie', new Uint8Array([7])]);
    const blob = sink.finish('text/csv; charset=utf-8');
    expect(blob.type).toBe('text/csv; charset=utf-8');
    expect(await bytes(blob)).toEqual(
      Buffer.concat([Buffer.from('\uFEFFstory_id;titel\r\néén;twee'), Buffer.from([0, 255, 1]), Buffer.from('drie'), Buffer.from([7])]),
    );
  });

  it('keeps the bytes of a file larger than its batches, across text and byte pieces', async () => {
    const sink = new BlobSink();
    const expected: Buffer[] = [];
    // ~20 MB of mixed chunks: crosses the 1 MB piece and 8 MB Blob limits several times.
    for (let i = 0; i < 2000; i++) {
      const text = `regel ${i} ${'é'.repeat(i % 500)}\n`.repeat(10);
      const data = new Uint8Array(4096 + (i % 7)).fill(i % 256);
      sink.add([text, data]);
      expected.push(Buffer.from(text), Buffer.from(data));
    }
    expect((await bytes(sink.finish('application/octet-stream'))).equals(Buffer.concat(expected))).toBe(true);
  });

  it('gives an empty file when nothing was added', async () => {
    expect((await new BlobSink().finish('application/json')).size).toBe(0);
  });
});
