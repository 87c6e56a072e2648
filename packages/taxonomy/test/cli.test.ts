import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, COMMANDS } from '../src/cli/commands.js';
import { runCli } from '../src/cli/main.js';
import { listTerms, suggestTerms } from '../src/index.js';
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
    expect(ok.stdout).toMatch(/brondocument-2024-08[\s\S]*koers-v5-2024-09[\s\S]*koers-v5-herzien-2026-11 \(latest\)/);
    const bad = await run('pnpm', ['--silent', 'taxonomy', 'export', 'pdf'], { cwd: REPO_ROOT }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr.trim().split('\n')).toEqual(["vertelpunt-taxonomy: export: --format: 'pdf' is not one of skos, qdc, csv"]);
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
    expect(JSON.parse(runCli(['versions', '--json']).stdout)).toHaveLength(3);
    // `list --kind core-value` gives the three 'Kernwaarden AW' (seed 002 §2), not the bijpassende waarden.
    expect(JSON.parse(runCli(['list', '--kind', 'core-value', '--json']).stdout).map((t: { label: { nl: string } }) => t.label.nl)).toEqual(
      ['Lef', 'Pragmatisch', 'Samen'],
    );
  });

  it('refuses an unknown version, kind or option', () => {
    expectBadInput(['list', '--version', 'v6'], /^vertelpunt-taxonomy: list: --version: unknown version 'v6' \(known: /);
    expectBadInput(['list', '--kind', 'values'], /--kind: 'values' is not one of mission-point, core-value, value, theme/);
    expectBadInput(
      ['list', '--colour'],
      /^vertelpunt-taxonomy: list: unknown option '--colour' \(list takes: --version, --kind, --facet, --include-deprecated, --json; /,
    );
    expectBadInput(['list', '--from', 'x'], /list: unknown option '--from'/);
    expectBadInput(['list', '--version'], /^vertelpunt-taxonomy: list: --version needs a value \(--version V\)\n$/);
    expectBadInput(['list', '--json=yes'], /^vertelpunt-taxonomy: list: --json takes no value\n$/);
    expectBadInput(['frobnicate'], /unknown command 'frobnicate'/);
  });
});

describe('export', () => {
  it('writes skos, qdc and csv to stdout', () => {
    expect(JSON.parse(runCli(['export', 'skos']).stdout)['@graph'].length).toBeGreaterThan(listTerms().length);
    expect(runCli(['export', 'qdc', '--version', 'brondocument-2024-08']).stdout).toMatch(
      /^<\?xml[\s\S]*<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/,
    );
    expect(runCli(['export', 'csv']).stdout.split('\n')[0]).toMatch(/^version,id,kind,facet/);
    expectBadInput(['export'], /expected a format \(skos, qdc or csv\), got none/);
  });

  it('csv: the same terms as list, deprecated ones only with --include-deprecated, CRLF line ends', () => {
    const ids = (csv: string) =>
      csv
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((row) => row.split(',')[1]);
    const csv = runCli(['export', 'csv', '--version', 'koers-v5-2024-09']).stdout;
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(ids(csv)).toEqual(
      JSON.parse(runCli(['list', '--version', 'koers-v5-2024-09', '--json']).stdout).map((t: { id: string }) => t.id),
    );
    const all = runCli(['export', 'csv', '--version', 'koers-v5-2024-09', '--include-deprecated']).stdout;
    expect(ids(all)).toEqual(
      JSON.parse(runCli(['list', '--version', 'koers-v5-2024-09', '--include-deprecated', '--json']).stdout).map(
        (t: { id: string }) => t.id,
      ),
    );
    expect(ids(all)).toContain('bd24-missie-1');
    expect(ids(csv)).not.toContain('bd24-missie-1');
  });

  it('--lang names the codes of qdc and is refused where it would be ignored', () => {
    expect(runCli(['export', 'qdc', '--lang', 'en']).stdout).toContain('name="Courage"');
    expect(runCli(['export', 'qdc']).stdout).toContain('name="Lef"');
    expectBadInput(
      ['export', 'csv', '--lang', 'en'],
      /^vertelpunt-taxonomy: export: --lang applies to qdc only \(csv carries nl and en\)\n$/,
    );
    expectBadInput(['export', 'skos', '--lang', 'en'], /export: --lang applies to qdc only/);
    expectBadInput(['export', 'qdc', '--lang', 'de'], /export: --lang: 'de' is not one of nl, en/);
    expectBadInput(['export', 'qdc', '--include-deprecated'], /export: --include-deprecated applies to csv only/);
  });
});

describe('validate', () => {
  it('passes a file of valid tag sets', () => {
    const path = file(
      'ok.json',
      JSON.stringify([
        { version: 'koers-v5-2024-09', terms: ['ks5-missie-7'] },
        { version: 'brondocument-2024-08', terms: ['bd24-missie-1'] },
      ]),
    );
    expect(runCli(['validate', path])).toEqual({ exitCode: 0, stdout: `${path}: 2 tag sets valid\n`, stderr: '' });
  });

  it('names file, entry and term for each problem', () => {
    const path = file(
      'bad.json',
      JSON.stringify([
        { version: 'koers-v5-2024-09', terms: ['kernwaarde-lef', 'lef'] },
        { version: 'koers-v5-2024-09', terms: ['bd24-missie-2'] },
      ]),
    );
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
    expect(runCli(['validate', utf16]).stderr).toBe(
      `vertelpunt-taxonomy: ${utf16}:1: the file is UTF-16 LE (it starts with a UTF-16 LE byte order mark); expected UTF-8: save it as UTF-8\n`,
    );
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from('[{"version": "caf\u00e9"}]', 'latin1'));
    expectBadInput(['validate', latin1], /latin1\.json: not valid UTF-8 \(byte 0xE9 at byte 18\)/);
    const evil = expectBadInput(
      ['validate', file('evil.json', `[{"version": "koers-v5-2024-09", "terms": ["\\u001b[2J\\nx"]}, \u001b[31m`)],
      /.*/,
    );
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    expect(evil.stderr).not.toMatch(/\x1b/);
    expect(
      evil.stderr
        .trimEnd()
        .split('\n')
        .every((line) => line.startsWith('vertelpunt-taxonomy: ')),
    ).toBe(true);
  });
});

describe('migrate', () => {
  it('moves a file of Brondocument tag sets to Koers v5, keeping other fields', () => {
    const path = file(
      'old.json',
      JSON.stringify([{ story: 's1', version: 'brondocument-2024-08', terms: ['bd24-missie-2', 'kernwaarde-lef'] }]),
    );
    const result = runCli(['migrate', '--from', 'brondocument-2024-08', '--to', 'koers-v5-2024-09', path]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([{ story: 's1', version: 'koers-v5-2024-09', terms: ['ks5-missie-2', 'kernwaarde-lef'] }]);
  });

  it('refuses tag sets of another version and backward moves, writing nothing', () => {
    const path = file(
      'mixed.json',
      JSON.stringify([
        { version: 'brondocument-2024-08', terms: ['bd24-missie-2'] },
        { version: 'koers-v5-2024-09', terms: ['ks5-missie-7'] },
      ]),
    );
    expectBadInput(
      ['migrate', '--from', 'brondocument-2024-08', '--to', 'koers-v5-2024-09', path],
      /\[1\]\.version: tag set is in version 'koers-v5-2024-09', expected 'brondocument-2024-08'/,
    );
    const newer = file('newer.json', JSON.stringify({ version: 'koers-v5-2024-09', terms: ['ks5-missie-7'] }));
    expectBadInput(
      ['migrate', '--from', 'koers-v5-2024-09', '--to', 'brondocument-2024-08', newer],
      /no migration from 'koers-v5-2024-09' to 'brondocument-2024-08'/,
    );
    expectBadInput(['migrate', newer], /^vertelpunt-taxonomy: migrate: --from is required/);
    expectBadInput(['migrate', '--from', 'brondocument-2024-08', newer], /^vertelpunt-taxonomy: migrate: --to is required/);
  });

  it('moves koers v5 tag sets to the revised koers and reports the one term that changed (as the README shows)', () => {
    const path = file(
      'v5.json',
      JSON.stringify(
        [1, 2, 3].map((n) => ({ story: `s${n}`, version: 'koers-v5-2024-09', terms: ['waarde-fatsoen', 'kernwaarde-samen'] })),
      ),
    );
    const result = runCli(['migrate', '--from', 'koers-v5-2024-09', '--to', 'koers-v5-herzien-2026-11', path]);
    expect(JSON.parse(result.stdout)[0]).toEqual({
      story: 's1',
      version: 'koers-v5-herzien-2026-11',
      terms: ['waarde-medemenselijkheid', 'kernwaarde-samen'],
    });
    expect(result.stderr).toContain('vertelpunt-taxonomy: migrate: waarde-fatsoen → waarde-medemenselijkheid (3 tag sets)\n');
  });

  it('names the option, not "(top level)", when the option is what is wrong', () => {
    const newer = file('newer-single.json', JSON.stringify({ version: 'koers-v5-2024-09', terms: ['ks5-missie-7'] }));
    const backward = expectBadInput(
      ['migrate', '--from', 'koers-v5-2024-09', '--to', 'brondocument-2024-08', newer],
      /^vertelpunt-taxonomy: migrate: --to: no migration from 'koers-v5-2024-09' to 'brondocument-2024-08'/,
    );
    expect(backward.stderr).not.toContain('(top level)');
    expectBadInput(
      ['migrate', '--from', 'brondocument-2024-08', '--to', 'koers-v5-2024-09', newer],
      /: version: tag set is in version 'koers-v5-2024-09', expected 'brondocument-2024-08' \(--from\)$/m,
    );
    expectBadInput(
      ['validate', '--version', 'brondocument-2024-08', newer],
      /: version: tag set is in version 'koers-v5-2024-09', expected 'brondocument-2024-08' \(--version\)$/m,
    );
  });

  it('reports on stderr what it changed: tag sets moved, each replacement and how often', () => {
    const path = file(
      'report.json',
      JSON.stringify([
        { version: 'brondocument-2024-08', terms: ['bd24-missie-2', 'kernwaarde-lef'] },
        { version: 'brondocument-2024-08', terms: ['bd24-missie-2', 'bd24-missie-6'] },
        { version: 'brondocument-2024-08', terms: ['kernwaarde-samen'] },
      ]),
    );
    const result = runCli(['migrate', '--from', 'brondocument-2024-08', '--to', 'koers-v5-2024-09', path]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      'vertelpunt-taxonomy: migrate: 3 tag sets from brondocument-2024-08 to koers-v5-2024-09; terms replaced in 2 of them',
      'vertelpunt-taxonomy: migrate: bd24-missie-2 → ks5-missie-2 (2 tag sets)',
      'vertelpunt-taxonomy: migrate: bd24-missie-6 → ks5-missie-6 (1 tag set)',
    ]);
    const unchanged = runCli([
      'migrate',
      '--from',
      'koers-v5-2024-09',
      '--to',
      'koers-v5-2024-09',
      file('same.json', JSON.stringify({ version: 'koers-v5-2024-09', terms: ['kernwaarde-lef'] })),
    ]);
    expect(unchanged.stderr).toBe('vertelpunt-taxonomy: migrate: 1 tag set from koers-v5-2024-09 to koers-v5-2024-09; no term changed\n');
  });
});

describe('help', () => {
  it.each(COMMAND_NAMES.map((c) => [c]))('%s: --help, -h and `help COMMAND` print the same help, naming every option', (command) => {
    const help = runCli(['help', command]);
    expect(help).toMatchObject({ exitCode: 0, stderr: '' });
    expect(help.stdout).toMatch(new RegExp(`^usage: vertelpunt-taxonomy ${command}`));
    expect(runCli([command, '--help'])).toEqual(help);
    expect(runCli([command, '-h'])).toEqual(help);
    for (const option of Object.keys(COMMANDS[command].options)) expect(help.stdout).toContain(`--${option}`);
  });

  it('every option a help text names is one the parser accepts for that command', () => {
    for (const command of COMMAND_NAMES) {
      for (const option of Object.keys(COMMANDS[command].options)) {
        const { stderr } = runCli([command, `--${option}`], { readStdin: () => '' });
        expect(stderr, `${command} --${option}`).not.toMatch(/unknown option/);
      }
    }
  });

  it('lists every command in the overview, for no command, help, --help and -h alike', () => {
    const overview = runCli([]).stdout;
    for (const command of COMMAND_NAMES) expect(overview).toContain(`\n  ${command}`);
    expect(runCli(['help']).stdout).toBe(overview);
    expect(runCli(['--help']).stdout).toBe(overview);
    expect(runCli(['-h']).stdout).toBe(overview);
    expectBadInput(['help', 'frobnicate'], /help: unknown command 'frobnicate'/);
  });
});

describe('suggest', () => {
  const run = (args: string[], input: string) =>
    spawnSync('pnpm', ['--silent', 'taxonomy', 'suggest', ...args], { cwd: REPO_ROOT, input, encoding: 'utf8' });
  const texts = [
    { id: 'n1', text: 'Mevrouw voelt zich eenzaam sinds haar man overleed en heeft schulden bij de woningcorporatie.' },
    { id: 'n2', text: 'Geen enkel woord uit de woordenlijst: qwerty.' },
  ];

  it('answers each JSON line with the ids suggestTerms() ranks for its text (spawned)', () => {
    const result = run(['--limit', '3'], `${texts.map((t) => JSON.stringify(t)).join('\n')}\n\n`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual(texts.map(({ id, text }) => ({ id, terms: suggestTerms(text, { limit: 3 }).map((s) => s.term.id) })));
    expect(lines[0].terms.length).toBeGreaterThan(0);
    expect(lines[1].terms).toEqual([]);
  }, 30_000);

  it('refuses bad lines one line per problem, exit 2, nothing on stdout (spawned)', () => {
    const input = ['{"id":"a","text":"eenzaam"}', 'nope', '{"id":"b"}', '{"id":"a","text":"x"}', '[1]', '{"id":"","text":"x"}'].join('\n');
    const result = run([], input);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^vertelpunt-taxonomy: stdin line 2: not valid JSON: /),
      'vertelpunt-taxonomy: stdin line 3: text: a string is required',
      "vertelpunt-taxonomy: stdin line 4: id 'a' is already used on line 1",
      'vertelpunt-taxonomy: stdin line 5: expected an object {"id","text"}, got an array',
      'vertelpunt-taxonomy: stdin line 6: id: must not be empty',
    ]);
  }, 30_000);

  it('checks --limit and --version', () => {
    const stdin = () => '{"id":"a","text":"Mevrouw voelt zich eenzaam sinds haar man overleed; ze heeft niemand meer om mee te praten."}';
    expectBadInput(['suggest', '--limit', '0'], /suggest: --limit: '0' is not a whole number from 1 to 50/);
    expectBadInput(['suggest', '--limit', '2.5'], /suggest: --limit: '2.5' is not/);
    expectBadInput(['suggest', '--version', 'v9'], /suggest: --version: unknown version 'v9'/);
    expect(JSON.parse(runCli(['suggest', '--limit', '1'], { readStdin: stdin }).stdout).terms).toHaveLength(1);
  });
});
