// docs/api/ is the API reference TypeDoc writes from the types and doc comments of src/index.ts.
// It is committed so it can be read on GitHub and in the repo; this checks it is current.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGE_DIR } from './helpers.js';

const COMMAND = 'pnpm --filter @vertelpunt/taxonomy api-docs';

it('docs/api/ is what TypeDoc generates from the current types', () => {
  const out = mkdtempSync(join(tmpdir(), 'vertelpunt-api-docs-'));
  execFileSync('pnpm', ['exec', 'typedoc', '--out', out, '--logLevel', 'Error'], { cwd: PACKAGE_DIR, stdio: 'pipe' });
  const committedDir = join(PACKAGE_DIR, 'docs/api');
  const names = readdirSync(out).sort();
  expect(readdirSync(committedDir).sort(), `docs/api/ is out of date: run ${COMMAND}`).toEqual(names);
  for (const name of names) {
    const fresh = readFileSync(join(out, name), 'utf8');
    expect(readFileSync(join(committedDir, name), 'utf8') === fresh, `docs/api/${name} is out of date: run ${COMMAND}`).toBe(true);
  }
  // A reference that lost its content would still be "current": it documents the main entry points.
  expect(names).toContain('README.md');
  const reference = readFileSync(join(out, 'README.md'), 'utf8');
  for (const name of ['getTerm', 'validateTagSet', 'migrateTagSet', 'toSkosJsonLd', 'toQdc']) expect(reference).toContain(`### ${name}()`);
}, 90_000);
