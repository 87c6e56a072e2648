// Prints the stylesheets each page of the built extension loads: bytes as shipped and gzipped.
// Run after `pnpm run build`: node --conditions=vertelpunt-source --import tsx test/bench/css-per-page.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../support/paths.js';

const pages = readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.html'));
console.log('page\tCSS files\tbytes\tgzipped');
for (const page of pages) {
  const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
  const hrefs = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const css = Buffer.concat(hrefs.map((href) => readFileSync(join(EXTENSION_DIR, href.replace(/^\//, '')))));
  console.log(`${page}\t${hrefs.length}\t${css.length}\t${gzipSync(css).length}`);
}
