// Loads detect() from a frozen reference copy of this package's src folder, for the scripts that
// compare with it (spans: compare-reference.ts; speed: speed-vs-reference.ts).
// The reference imports ibantools and libphonenumber-js, so this links the package's node_modules
// next to the reference folder when it is missing.
import { existsSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Span } from '../src/labels.js';

export async function loadReference(folder: string | undefined, usage: string): Promise<(text: string) => Span[]> {
  if (!folder) {
    console.error(usage);
    process.exit(2);
  }
  const root = resolve(folder);
  const src = existsSync(join(root, 'src', 'index.ts')) ? join(root, 'src') : root;
  if (!existsSync(join(src, 'index.ts'))) {
    console.error(`no index.ts in ${src}: give the folder the reference src was copied to`);
    process.exit(2);
  }
  const modulesLink = join(src, '..', 'node_modules');
  if (!existsSync(modulesLink)) symlinkSync(join(new URL('..', import.meta.url).pathname, 'node_modules'), modulesLink);
  return ((await import(pathToFileURL(join(src, 'index.ts')).href)) as { detect: (text: string) => Span[] }).detect;
}
