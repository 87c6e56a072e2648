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
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { id: 'a', spans: [{ start: 4, end: 15, label: 'PHONE' }] },
      { id: 2, spans: [] },
    ]);
  });

  it('runs as a command on standard input and names a bad line', () => {
    const ok = execFileSync('pnpm', ['--silent', 'deid', 'detect'], {
      cwd: ROOT,
      input: '{"id":"x","text":"BSN 123456782"}\n',
      encoding: 'utf8',
    });
    expect(JSON.parse(ok)).toEqual({ id: 'x', spans: [{ start: 4, end: 13, label: 'BSN' }] });
    const bad = spawnSync('pnpm', ['--silent', 'deid', 'detect'], {
      cwd: ROOT,
      input: '{"id":"x","text":"ok"}\n{"id":"y"}\n',
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim()).toBe('deid: stdin:2: text: Invalid input: expected string, received undefined');
  }, 30_000);

  const run = (input: string | Buffer, env: Record<string, string> = {}) =>
    spawnSync('pnpm', ['--silent', 'deid', 'detect'], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, ...env } });

  it('accepts a UTF-8 byte order mark and names UTF-16 (issue 12, finding 14)', () => {
    const ok = run('\uFEFF{"id":"x","text":"BSN 123456782"}\n');
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ id: 'x', spans: [{ start: 4, end: 13, label: 'BSN' }] });
    const utf16 = run(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"x","text":"ok"}\n', 'utf16le')]));
    expect(utf16.status).toBe(2);
    expect(utf16.stderr).toBe(
      'deid: stdin:1: the input is UTF-16 LE (it starts with a UTF-16 LE byte order mark); expected UTF-8: save it as UTF-8\n',
    );
  }, 30_000);

  it('refuses a line above the limit with exit 2 and the line, without a stack trace; escapes what it echoes (issue 12, findings 13-14)', () => {
    const long = run(`{"id":"a","text":"kort"}\n{"id":"b","text":"${'x'.repeat(5000)}"}\n`, { DEID_MAX_LINE_BYTES: '1024' });
    expect(long.status).toBe(2);
    expect(long.stdout).not.toContain('"b"');
    expect(long.stderr).toBe(
      'deid: stdin:2: line 2 is longer than the limit of 1024 bytes (an input without line breaks?): one item per line is expected\n',
    );
    const evil = run('{"id":"a","text":"x"}\n\u001b[2J{"id":\n');
    expect(evil.status).toBe(2);
    expect(evil.stderr).toMatch(/^deid: stdin:2: not valid JSON \(.*\)\n$/);
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    expect(evil.stderr).not.toMatch(/\x1b/);
  }, 90_000); // Two CLI processes, each loading the sources through tsx: 30 s was exceeded under a load of 17.
});

describe('deid eval', () => {
  it('scores a file per label with exact and overlap matching', () => {
    const file = join(dir, 'tiny.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({
        id: '1',
        text: 'Bel 06-41873520 of mw. Jansen.',
        spans: [
          { start: 4, end: 15, label: 'PHONE' },
          { start: 23, end: 29, label: 'PERSON' },
        ],
      })}\n${JSON.stringify({ id: '2', text: 'Geen gegevens.', spans: [] })}\n`,
    );
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

  it('refuses spans that end before they start or run past the text, naming file and line (issue 12, finding 14)', () => {
    const item = (spans: object[]) => JSON.stringify({ id: '1', text: 'Bel 06-41873520.', spans });
    const backwards = join(dir, 'backwards.jsonl');
    writeFileSync(backwards, `${item([])}\n${item([{ start: 15, end: 4, label: 'PHONE' }])}\n`);
    expect(() => evaluate(backwards)).toThrow(`${backwards}:2: spans.0: start 15 is not before end 4`);
    const empty = join(dir, 'empty-span.jsonl');
    writeFileSync(empty, `${item([{ start: 4, end: 4, label: 'PHONE' }])}\n`);
    expect(() => evaluate(empty)).toThrow(`${empty}:1: spans.0: start 4 is not before end 4`);
    const past = join(dir, 'past.jsonl');
    writeFileSync(past, `${item([{ start: 4, end: 99, label: 'PHONE' }])}\n`);
    expect(() => evaluate(past)).toThrow(`${past}:1: spans.0.end: 99 is past the end of the text (16 characters)`);
  });

  it('accepts a file with a UTF-8 byte order mark (issue 12, finding 14)', () => {
    const file = join(dir, 'bom.jsonl');
    writeFileSync(file, `\uFEFF${JSON.stringify({ id: '1', text: 'Bel 06-41873520.', spans: [{ start: 4, end: 15, label: 'PHONE' }] })}\n`);
    expect(evaluate(file)).toMatch(/PHONE\s+1\s+1\.000 1\.000 1\.000/);
  });
});
