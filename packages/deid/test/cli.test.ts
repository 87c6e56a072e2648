import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectLines, evaluate } from '../src/cli/main.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'deid-cli-'));

describe('deid detect', () => {
  it('turns {id, text} lines into {id, spans} lines', () => {
    const out = detectLines('{"id":"a","text":"Bel 06-41873520."}\n\n{"id":2,"text":"Niets."}\n');
    expect(out.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 'a', spans: [{ start: 4, end: 15, label: 'PHONE' }] },
      { id: 2, spans: [] },
    ]);
  });

  it('runs as a command on standard input and names a bad line', () => {
    const ok = execFileSync('pnpm', ['--silent', 'deid', 'detect'], { cwd: ROOT, input: '{"id":"x","text":"BSN 123456782"}\n', encoding: 'utf8' });
    expect(JSON.parse(ok)).toEqual({ id: 'x', spans: [{ start: 4, end: 13, label: 'BSN' }] });
    const bad = spawnSync('pnpm', ['--silent', 'deid', 'detect'], { cwd: ROOT, input: '{"id":"x","text":"ok"}\n{"id":"y"}\n', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim()).toBe('deid: stdin:2: text: Invalid input: expected string, received undefined');
  }, 30_000);
});

describe('deid eval', () => {
  it('scores a file per label with exact and overlap matching', () => {
    const file = join(dir, 'tiny.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: '1', text: 'Bel 06-41873520 of mw. Jansen.', spans: [{ start: 4, end: 15, label: 'PHONE' }, { start: 23, end: 29, label: 'PERSON' }] })}\n${JSON.stringify({ id: '2', text: 'Geen gegevens.', spans: [] })}\n`);
    const report = evaluate(file);
    expect(report).toMatch(/PHONE\s+1\s+1\.000 1\.000 1\.000/);
    expect(report).toMatch(/ALL\s+2\s+1\.000 1\.000 1\.000/);
    expect(report).toContain('false positives on the 1 items without personal data: 0');
  });

  it('names the file and line of malformed input', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"id":"1","text":"x","spans":[]}\n{"id":"2","text":"x","spans":[{"start":0,"end":1,"label":"NAAM"}]}\n');
    expect(() => evaluate(file)).toThrow(`${file}:2: spans.0.label: `);
    expect(() => evaluate(join(dir, 'missing.jsonl'))).toThrow(/cannot read \(ENOENT\)/);
  });
});
