// The shared input-decoding step of the CLIs (issue 12, findings 13-14): lines, limits, encodings.
import { expect, it } from 'vitest';
import { decodeText, oneLine, readLines } from '../src/index.js';
const enc = (s: string) => new TextEncoder().encode(s);
const all = async (chunks: Uint8Array[], max?: number) => {
  const out = [];
  for await (const l of readLines(chunks, max)) out.push(l);
  return out;
};
it('splits a byte stream into UTF-8 lines however it is chunked, with offsets; refuses long lines, UTF-16 and invalid UTF-8 naming the line', async () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('ab\r\ncd\néé\nx')]);
  for (const size of [1, 2, 3, 5, 100]) {
    const chunks = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
    const lines = await all(chunks);
    expect(lines.map((l) => l.text)).toEqual(['ab', 'cd', 'éé', 'x']);
    expect(lines.map((l) => l.offset)).toEqual([3, 7, 10, 15]);
    expect(lines.map((l) => l.bytes)).toEqual([2, 2, 4, 1]);
  }
  expect((await all([enc('{}\n')])).map((l) => l.text)).toEqual(['{}']);
  expect(await all([enc('')])).toEqual([]);
  await expect(all([enc('aaaaaaaaaaaa')], 5)).rejects.toThrow(/line 1 is longer/);
  await expect(all([enc('a\nbbbbbbbbbbbbbbbbb\n')], 5)).rejects.toThrow(/line 2 is longer/);
  await expect(all([new Uint8Array([0xff, 0xfe, 0x7b, 0])])).rejects.toThrow(/UTF-16 LE/);
  await expect(all([new Uint8Array([0x7b, 0, 0x7d, 0])])).rejects.toThrow(/looks like UTF-16 LE/);
  await expect(all([enc('ok\n'), new Uint8Array([0x7b, 0xe9, 0x7d, 10])])).rejects.toThrow(/not valid UTF-8 \(byte 0xE9 at byte 2/);
  expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe('{}');
});

it('writes input text as one escaped, length-limited line', () => {
  expect(oneLine('a\u001b[31mb\nc\u0000\u2028')).toBe('a\\x1b[31mb\\nc\\x00\\u2028');
  expect(oneLine('x'.repeat(500), 20)).toBe(`${'x'.repeat(19)}…`);
});
