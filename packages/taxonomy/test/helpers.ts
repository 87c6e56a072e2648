import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldForMatching } from '../src/fold.js';

export const TAXONOMY_DIR = fileURLToPath(new URL('../../../taxonomy/', import.meta.url));
export const PACKAGE_DIR = fileURLToPath(new URL('../', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const seedCache = new Map<string, string>();
/** A seed text folded for comparison: no whitespace at all, because the seeds break lines inside words and phrases. */
export function foldedSeed(file: string): string {
  let text = seedCache.get(file);
  if (text === undefined) {
    text = squash(readFileSync(`${TAXONOMY_DIR}seeds/${file}`, 'utf8'));
    seedCache.set(file, text);
  }
  return text;
}

export const squash = (text: string) => foldForMatching(text).replace(/\s+/g, '');
