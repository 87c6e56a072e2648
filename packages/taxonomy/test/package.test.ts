// The package as a user installs it: built dist/, packed with its `files` list, imported without
// the repo's source condition, its CLI bin run with plain node.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from './helpers.js';

const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8'));

beforeAll(() => {
  execFileSync('pnpm', ['run', 'build'], { cwd: PACKAGE_DIR, stdio: 'pipe' });
}, 60_000);

it('declares ESM, no side effects and an explicit files list', () => {
  expect(manifest).toMatchObject({ type: 'module', sideEffects: false, files: ['dist/', 'README.md'] });
});

/** Every module under src/ (tests excluded), as paths relative to src/ without the extension. */
function sourceModules(dir = join(PACKAGE_DIR, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/').replace(/\.ts$/, ''));
}

describe('npm pack', () => {
  let files: string[];
  let unpacked: string;

  beforeAll(() => {
    const out = mkdtempSync(join(tmpdir(), 'vertelpunt-pack-'));
    execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: PACKAGE_DIR, stdio: 'pipe' });
    const tarball = join(out, `vertelpunt-taxonomy-${manifest.version}.tgz`);
    files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((f) => f.replace(/^package\//, ''))
      .sort();
    unpacked = join(out, 'unpacked');
    mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  }, 30_000);

  it('holds exactly package.json, the README, a LICENSE if there is one, and one .js and .d.ts per source module', () => {
    const license = existsSync(join(PACKAGE_DIR, 'LICENSE')) ? ['LICENSE'] : [];
    const dist = sourceModules().flatMap((m) => [`dist/${m}.js`, `dist/${m}.d.ts`]);
    const maps = files.filter((f) => f.endsWith('.map'));
    expect(files).toEqual([...license, 'README.md', ...dist, ...maps, 'package.json'].sort());
    expect(files.filter((f) => /(^|\/)(test|tests|__tests__)\/|\.test\.|\.spec\./.test(f))).toEqual([]);
  });

  it('has no source map, or source-map comment, that points to a file missing from the package', () => {
    const broken: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.js') || f.endsWith('.d.ts') || f.endsWith('.map'))) {
      const text = readFileSync(join(unpacked, 'package', file), 'utf8');
      const targets = file.endsWith('.map')
        ? (JSON.parse(text) as { sources: string[] }).sources
        : [...text.matchAll(/^\/\/# sourceMappingURL=(\S+)$/gm)].map((m) => m[1]!);
      for (const target of targets) {
        const resolved = posix.normalize(posix.join(posix.dirname(file), target));
        if (!files.includes(resolved)) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the packed bin and exports point at packed files', () => {
    expect(files).toContain(posix.normalize(manifest.bin['vertelpunt-taxonomy']));
    for (const target of [manifest.exports['.'].types, manifest.exports['.'].import]) expect(files).toContain(posix.normalize(target));
    expect(dirname(manifest.exports['.'].import)).toBe('./dist');
  });
});

it('imports from dist/ with plain node and runs its bin', async () => {
  const dist = await import(pathToFileURL(join(PACKAGE_DIR, 'dist/index.js')).href);
  expect(dist.getTerm('kernwaarde-samen').label.nl).toBe('Samen');
  const out = execFileSync(process.execPath, [join(PACKAGE_DIR, manifest.bin['vertelpunt-taxonomy']), 'list', '--facet', 'kernwaarden'], {
    encoding: 'utf8',
  });
  expect(out).toContain('kernwaarde-pragmatisch');
});
