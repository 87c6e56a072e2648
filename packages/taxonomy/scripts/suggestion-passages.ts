// The seed passage around each term's cited quote: the paragraph of the seed text that holds it
// (at most `size` words around the quote), for trying seed passages as evidence
// (tune-model.ts --passage). Quotes are matched as the invariant tests do: case, whitespace and
// punctuation aside.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Term } from '../src/model.js';

const SEEDS_DIR = fileURLToPath(new URL('../../../taxonomy/seeds/', import.meta.url));

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Term id → the passage of its seed around its quote (terms whose quote is not found have none). */
export function seedPassages(terms: readonly Term[], size = 80): Map<string, string> {
  const seeds = new Map<string, string[]>();
  const passages = new Map<string, string>();
  for (const term of terms) {
    const { seed, quote } = term.citation;
    if (!seeds.has(seed)) seeds.set(seed, readFileSync(`${SEEDS_DIR}${seed}`, 'utf8').split(/\n\s*\n/));
    const paragraphs = seeds.get(seed)!;
    const wanted = words(quote).join(' ');
    // A quote may run over a paragraph break: try each paragraph, then each pair.
    for (const span of [1, 2]) {
      const found = paragraphs.findIndex((_, i) =>
        words(paragraphs.slice(i, i + span).join(' '))
          .join(' ')
          .includes(wanted),
      );
      if (found < 0) continue;
      const text = words(paragraphs.slice(found, found + span).join(' '));
      const at = text.join(' ').slice(0, text.join(' ').indexOf(wanted)).split(' ').length - 1;
      const start = Math.max(0, Math.min(at - size / 2, text.length - size));
      passages.set(term.id, text.slice(start, start + size).join(' '));
      break;
    }
  }
  return passages;
}
