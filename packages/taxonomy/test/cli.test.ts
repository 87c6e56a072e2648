import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { listTerms } from '../src/index.js';
import { REPO_ROOT } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'vertelpunt-cli-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const expectBadInput = (argv: string[], pattern: RegExp) => {
  const result = runCli(argv);
  expect(result).toMatchObject({ exitCode: 2, stdout: '' });
  expect(result.stderr).toMatch(pattern);
  return result;
};

describe('pnpm taxonomy (spawned, as a user runs it)', () => {
  it('prints the versions and exits 0; bad input exits 2 with one line on stderr', async () => {
    const run = promisify(execFile);
    const ok = await run('pnpm', ['--silent', 'taxonomy', 'versions'], { cwd: REPO_ROOT });
    expect(ok.stdout).toMatch(/brondocument-2024-08[\s\S]*koers-v5-2024-09 \(latest\)/);
    const bad = await run('pnpm', ['--silent', 'taxonomy', 'export', 'pdf'], { cwd: REPO_ROOT }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr.trim().split('\n')).toEqual(["vertelpunt-taxonomy: --format: 'pdf' is not one of skos, qdc, csv"]);
  }, 30_000);
});

describe('versions and list', () => {
  it('lists terms by version and kind, as a table or JSON', () => {
    const table = runCli(['list', '--version', 'brondocument-2024-08', '--kind', 'mission-point']);
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toContain('bd24-missie-6');
    expect(table.stdout).not.toContain('kernwaarde-lef');
    const json = JSON.parse(runCli(['list', '--facet', 'kernwaarden', '--json']).stdout);
    expect(json.map((t: { id: string }) => t.id)).toEqual(['kernwaarde-lef', 'kernwaarde-pragmatisch', 'kernwaarde-samen']);
    expect(JSON.parse(runCli(['versions', '--json']).stdout)).toHaveLength(2);
  });

  it('refuses an unknown version, kind or option', () => {
    expectBadInput(['list', '--version', 'v6'], /^vertelpunt-taxonomy: --version: unknown version 'v6' \(known: /);
    expectBadInput(['list', '--kind', 'value'], /--kind: 'value' is not one of mission-point, core-value, theme/);
    expectBadInput(['list', '--colour'], /Unknown option '--colour'/);
    expectBadInput(['frobnicate'], /unknown command 'frobnicate'/);
  });
});

describe('export', () => {
  it('writes skos, qdc and csv to stdout', () => {
    expect(JSON.parse(runCli(['export', 'skos']).stdout)['@graph'].length).toBeGreaterThan(listTerms().length);
    expect(runCli(['export', 'qdc', '--version', 'brondocument-2024-08']).stdout).toMatch(/^<\?xml[\s\S]*<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/);
    expect(runCli(['export', 'csv']).stdout.split('\n')[0]).toMatch(/^version,id,kind,facet/);
    expectBadInput(['export'], /expected a format \(skos, qdc or csv\), got none/);
  });
});

describe('validate', () => {
  it('passes a file of valid tag sets', () => {
    const path = file('ok.json', JSON.stringify([{ version: 'koers-v5-2024-09', terms: ['ks5-missie-7'] }, { version: 'brondocument-2024-08', terms: ['bd24-missie-1'] }]));
    expect(runCli(['validate', path])).toEqual({ exitCode: 0, stdout: `${path}: 2 tag sets valid\n`, stderr: '' });
  });

  it('names file, entry and term for each problem', () => {
    const path = file('bad.json', JSON.stringify([{ version: 'koers-v5-2024-09', terms: ['kernwaarde-lef', 'lef'] }, { version: 'koers-v5-2024-09', terms: ['bd24-missie-2'] }]));
    const { stderr } = expectBadInput(['validate', path], /.*/);
    expect(stderr.trim().split('\n')).toEqual([
      `vertelpunt-taxonomy: ${path}: [0].terms[1]: unknown term id 'lef'`,
      `vertelpunt-taxonomy: ${path}: [1].terms[0]: term 'bd24-missie-2' is deprecated in version 'koers-v5-2024-09'; use 'ks5-missie-2' instead`,
    ]);
  });

  it('explains unreadable and malformed files', () => {
    expectBadInput(['validate', join(dir, 'missing.json')], /missing\.json: cannot read: ENOENT/);
    expectBadInput(['validate', file('broken.json', '[{"version": "koers-v5-2024-09",')], /broken\.json: not valid JSON: /);
    expectBadInput(['validate', file('number.json', '42')], /number\.json: expected a tag set object or an array of tag sets, got number/);
    expectBadInput(['validate', file('shape.json', '{"version": "koers-v5-2024-09"}')], /shape\.json: terms: /);
    expectBadInput(['validate'], /expected one FILE, got none/);
  });

  it('accepts a UTF-8 byte order mark, names UTF-16 and invalid UTF-8, and escapes what it echoes (issue 12, finding 14)', () => {
    const sets = JSON.stringify([{ version: 'koers-v5-2024-09', terms: ['ks5-missie-7'] }]);
    const bom = file('bom.json', `\uFEFF${sets}`);
    expect(runCli(['validate', bom])).toEqual({ exitCode: 0, stdout: `${bom}: 1 tag set valid\n`, stderr: '' });
    const utf16 = join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sets, 'utf16le')]));
    expect(runCli(['validate', utf16]).stderr).toBe(`vertelpunt-taxonomy: ${utf16}:1: the file is UTF-16 LE (it starts with a UTF-16 LE byte order mark); expected UTF-8: save it as UTF-8\n`);
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from('[{"version": "caf\u00e9"}]', 'latin1'));
    expectBadInput(['validate', latin1], /latin1\.json: not valid UTF-8 \(byte 0xE9 at byte 18\)/);
    const evil = expectBadInput(['validate', file('evil.json', `[{"version": "koers-v5-2024-09", "terms": ["\\u001b[2J\\nx"]}, \u001b[31m`)], /.*/);
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    expect(evil.stderr).not.toMatch(/\x1b/);
    expect(evil.stderr.trimEnd().split('\n').every((line) => line.startsWith('vertelpunt-taxonomy: '))).toBe(true);
  });
});

describe('migrate', () => {
  it('moves a file of Brondocument tag sets to Koers v5, keeping other fields', () => {
    const path = file('old.json', JSON.stringify([{ story: 's1', version: 'brondocument-2024-08', terms: ['bd24-missie-2', 'kernwaarde-lef'] }]));
    const result = runCli(['migrate', '--from', 'brondocument-2024-08', '--to', 'koers-v5-2024-09', path]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([{ story: 's1', version: 'koers-v5-2024-09', terms: ['ks5-missie-2', 'kernwaarde-lef'] }]);
  });

  it('refuses tag sets of another version and backward moves, writing nothing', () => {
    const path = file('mixed.json', JSON.stringify([{ version: 'brondocument-2024-08', terms: ['bd24-missie-2'] }, { version: 'koers-v5-2024-09', terms: ['ks5-missie-7'] }]));
    expectBadInput(['migrate', '--from', 'brondocument-2024-08', '--to', 'koers-v5-2024-09', path], /\[1\]\.version: tag set is in version 'koers-v5-2024-09', expected 'brondocument-2024-08'/);
    const newer = file('newer.json', JSON.stringify({ version: 'koers-v5-2024-09', terms: ['ks5-missie-7'] }));
    expectBadInput(['migrate', '--from', 'koers-v5-2024-09', '--to', 'brondocument-2024-08', newer], /no migration from 'koers-v5-2024-09' to 'brondocument-2024-08'/);
    expectBadInput(['migrate', newer], /migrate needs --from VERSION and --to VERSION/);
  });
});
