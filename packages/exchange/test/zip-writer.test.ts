// The zip writer behind .qdpx: bounded memory, and more than 65,535 files (fflate's Zip wrote the
// count modulo 65,536, so a million-story project had a broken directory).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { ZipWriter } from '../src/zip-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'zip-'));

it('writes a zip of 70,000 files with ZIP64 end records that unzip and fflate read in full', () => {
  const zip = new ZipWriter(new Date('2000-01-01T00:00:00Z'));
  const chunks: Uint8Array[] = [];
  const empty = new Uint8Array(0);
  for (let i = 0; i < 70_000; i++) chunks.push(...zip.add(`sources/${i}.txt`, [empty], { compression: 0, crc: 0, size: 0 }));
  const text = strToU8('één 😀');
  chunks.push(...zip.add('laatste.txt', [text], { compression: 0, crc: crc(text), size: text.length }), ...zip.end());
  const file = join(dir, 'many.zip');
  writeFileSync(file, Buffer.concat(chunks));
  expect(execFileSync('unzip', ['-tqq', file], { encoding: 'utf8' })).toBe('');
  expect(execFileSync('unzip', ['-l', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trimEnd()).toMatch(/70001 files$/);
  const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
  expect(Object.keys(files)).toHaveLength(70_001);
  expect(new TextDecoder().decode(files['laatste.txt'])).toBe('één 😀');
}, 60_000);

function crc(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}
