// Writes the release files: each vocabulary version as SKOS (JSON-LD) and as a REFI-QDA codebook,
// into release/, exactly as `pnpm taxonomy export skos|qdc --version V` prints them (the same CLI
// code, run in-process). Run after any change to the vocabulary or its exports:
//   pnpm --filter @vertelpunt/taxonomy release-files
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/main.js';
import { VERSION_IDS } from '../src/index.js';

export const RELEASE_DIR = fileURLToPath(new URL('../release/', import.meta.url));
export const RELEASE_FILES_COMMAND = 'pnpm --filter @vertelpunt/taxonomy release-files';

/** The exports of one version: `[file name, CLI arguments]`. The codebook is in Dutch, the users' language; SKOS carries both. */
const exportsOf = (version: string): [string, string[]][] => [
  [`${version}.skos.jsonld`, ['export', 'skos', '--version', version]],
  [`${version}.qdc`, ['export', 'qdc', '--version', version, '--lang', 'nl']],
];

/** Every release file's name and content, built from the current vocabulary. */
export function buildReleaseFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const version of VERSION_IDS) {
    for (const [name, argv] of exportsOf(version)) {
      const { stdout, stderr, exitCode } = runCli(argv);
      if (exitCode !== 0) throw new Error(`vertelpunt-taxonomy ${argv.join(' ')} failed: ${stderr}`);
      files.set(name, stdout);
    }
  }
  return files;
}

function main(): void {
  const files = buildReleaseFiles();
  mkdirSync(RELEASE_DIR, { recursive: true });
  // A version that no longer exists leaves no file behind.
  for (const name of readdirSync(RELEASE_DIR)) if (!files.has(name) && name !== 'README.md') rmSync(join(RELEASE_DIR, name));
  for (const [name, content] of files) writeFileSync(join(RELEASE_DIR, name), content);
  console.error(`wrote ${files.size} files to ${RELEASE_DIR}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
