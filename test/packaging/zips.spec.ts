// The store packages `pnpm run zip` makes (wxt zip): Chrome, Firefox, and the sources archive
// Firefox's review asks for, which must build the same extension from a clean unpack.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

const OUTPUT = join(REPO_ROOT, 'extension/.output');
const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'extension/package.json'), 'utf8')) as { version: string };
const zipPath = (kind: 'chrome' | 'firefox' | 'sources') => join(OUTPUT, `vertelpunt-${version}-${kind}.zip`);
const entries = (kind: 'chrome' | 'firefox' | 'sources') => unzipSync(readFileSync(zipPath(kind)));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe.each(['chrome', 'firefox'] as const)('the %s package', (browser) => {
  it('holds the manifest of that browser at its root, with every file the manifest names', () => {
    const files = entries(browser);
    const manifest = JSON.parse(text(files['manifest.json']!));
    expect(manifest.manifest_version).toBe(browser === 'chrome' ? 3 : 2);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.version).toBe(version);
    if (browser === 'firefox') expect(manifest.browser_specific_settings.gecko.id).toBe('vertelpunt@associatiewijkteams.nl');
    // The injected script calls Element.checkVisibility({ visibilityProperty: true }) without a fallback (Chrome 121,
    // Firefox 122): the stores must not offer the extension to older engines.
    if (browser === 'chrome') expect(manifest.minimum_chrome_version).toBe('121');
    else expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('122.0');
    // A store build never carries the test-only host access of the e2e build.
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions.filter((p: string) => p.includes('://'))).toEqual([]);
    const named = [
      ...(browser === 'chrome' ? [manifest.background.service_worker] : manifest.background.scripts),
      manifest.options_ui.page,
      ...(browser === 'chrome' ? [manifest.side_panel.default_path] : [manifest.sidebar_action.default_panel]),
      `_locales/${manifest.default_locale}/messages.json`,
      '_locales/en/messages.json',
      'capture.js',
    ];
    for (const file of named) expect(Object.keys(files), `${file} named by the ${browser} manifest`).toContain(file);
    if (browser === 'chrome') expect(Object.keys(files)).toContain(manifest.storage.managed_schema);
    else expect(Object.keys(files), 'Firefox reads no managed-storage schema').not.toContain('managed-schema.json');
  });

  it('keeps the one script injected into pages within its budget of 5,008 B gzipped (extension/README.md)', () => {
    const capture = entries(browser)['capture.js']!;
    expect(gzipSync(capture, { level: 9 }).length).toBeLessThanOrEqual(5_008);
  });

  it("carries none of the e2e build's test-only seams", () => {
    const code = Object.entries(entries(browser))
      .filter(([name]) => name.endsWith('.js'))
      .map(([, bytes]) => text(bytes))
      .join('\n');
    expect(code).toContain('vertelpunt-save-story');
    for (const seam of ['__vertelpuntCapture', '__vertelpunt-e2e', '__vertelpuntStorage']) expect(code).not.toContain(seam);
  });

  it('is the same build as extension/.output, file for file', () => {
    const dir = join(OUTPUT, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
    const built = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      .sort();
    expect(
      Object.keys(entries(browser))
        .filter((f) => !f.endsWith('/'))
        .sort(),
    ).toEqual(built);
  });
});

describe('the sources archive for Firefox review', () => {
  const files = () => Object.keys(entries('sources')).filter((f) => !f.endsWith('/'));

  it('has what a reviewer needs: build instructions, the workspace, its lockfile, the extension and the packages it imports', () => {
    const list = files();
    for (const needed of [
      'extension/store/SOURCES.md',
      'package.json',
      'pnpm-lock.yaml',
      'pnpm-workspace.yaml',
      'tsconfig.json',
      'extension/package.json',
      'extension/wxt.config.ts',
      'extension/entrypoints/background/index.ts',
      'extension/entrypoints/capture.ts',
    ]) {
      expect(list).toContain(needed);
    }
    const imported = Object.keys(JSON.parse(readFileSync(join(REPO_ROOT, 'extension/package.json'), 'utf8')).dependencies).filter((d) =>
      d.startsWith('@vertelpunt/'),
    );
    for (const name of imported) {
      const folder = `packages/${name.replace('@vertelpunt/', '')}`;
      expect(list, `${name} is imported by the extension`).toContain(`${folder}/package.json`);
      expect(list.some((f) => f.startsWith(`${folder}/src/`))).toBe(true);
    }
  });

  it('leaves out node_modules, build output, tests, evaluation and training data, and anything hidden', () => {
    const unwanted = files().filter(
      (f) =>
        /(^|\/)(node_modules|\.output|\.wxt|\.tools|dist|out)\//.test(f) ||
        /(^|\/)\./.test(f) ||
        /\.(test|spec)\.tsx?$/.test(f) ||
        /^packages\/[^/]+\/(test|data)\//.test(f),
    );
    expect(unwanted).toEqual([]);
    expect(statSync(zipPath('sources')).size).toBeLessThan(5 * 1024 * 1024);
  });

  it('builds, from a clean unpack with the lockfile, the same Firefox extension as the package', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vertelpunt-sources-'));
    try {
      for (const [name, bytes] of Object.entries(entries('sources'))) {
        if (name.endsWith('/')) continue;
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), bytes);
      }
      // As a reviewer's shell would be: vitest sets NODE_ENV=test, which changes what Vite bundles.
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
      // Offline: every package is in the local pnpm store already; a reviewer runs it online.
      execFileSync('pnpm', ['install', '--frozen-lockfile', '--offline', '--reporter=silent'], { cwd: dir, stdio: 'pipe', env });
      execFileSync('pnpm', ['--filter', '@vertelpunt/extension', 'exec', 'wxt', 'build', '-b', 'firefox'], {
        cwd: dir,
        stdio: 'pipe',
        env,
      });
      const rebuilt = join(dir, 'extension/.output/firefox-mv2');
      const fromStore = entries('firefox');
      const rebuiltFiles = readdirSync(rebuilt, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(rebuilt.length + 1))
        .sort();
      expect(rebuiltFiles).toEqual(
        Object.keys(fromStore)
          .filter((f) => !f.endsWith('/'))
          .sort(),
      );
      const differing = rebuiltFiles.filter((f) => !Buffer.from(fromStore[f]!).equals(readFileSync(join(rebuilt, f))));
      expect(differing).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
