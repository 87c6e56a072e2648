// The package as a user installs it: built dist/, packed with its `files` list, imported without
// the repo's source condition, its CLI bin run with plain node.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { PACKAGE_DIR } from './helpers.js';

const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8'));

beforeAll(() => {
  execFileSync('pnpm', ['run', 'build'], { cwd: PACKAGE_DIR, stdio: 'pipe' });
}, 60_000);

it('declares ESM, no side effects and an explicit files list', () => {
  expect(manifest).toMatchObject({ type: 'module', sideEffects: false, files: ['dist/', 'README.md'] });
});

it('packs only dist/, the README and package.json, with .d.ts beside every module', () => {
  const out = mkdtempSync(join(tmpdir(), 'vertelpunt-pack-'));
  execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: PACKAGE_DIR, stdio: 'pipe' });
  const listing = execFileSync('tar', ['-tzf', join(out, `vertelpunt-taxonomy-${manifest.version}.tgz`)], { encoding: 'utf8' }).trim().split('\n');
  const files = listing.map((f) => f.replace(/^package\//, ''));
  expect(files.filter((f) => !f.startsWith('dist/')).sort()).toEqual(['README.md', 'package.json']);
  for (const js of files.filter((f) => f.endsWith('.js'))) expect(files).toContain(js.replace(/\.js$/, '.d.ts'));
}, 30_000);

it('imports from dist/ with plain node and runs its bin', async () => {
  const dist = await import(pathToFileURL(join(PACKAGE_DIR, 'dist/index.js')).href);
  expect(dist.getTerm('kernwaarde-samen').label.nl).toBe('Samen');
  const out = execFileSync(process.execPath, [join(PACKAGE_DIR, manifest.bin['vertelpunt-taxonomy']), 'list', '--facet', 'kernwaarden'], { encoding: 'utf8' });
  expect(out).toContain('kernwaarde-pragmatisch');
});
