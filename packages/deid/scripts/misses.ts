// Lists what the detector misses, mistypes and finds wrongly in an annotated set, to study classes of errors:
//   node --conditions=vertelpunt-source --import tsx packages/deid/scripts/misses.ts FILE.jsonl
import { readFileSync } from 'node:fs';
import { detect } from '../src/detect.js';

const file = process.argv[2] ?? 'packages/deid/data/dev.jsonl';
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const item = JSON.parse(line) as { id: string; text: string; spans: { start: number; end: number; label: string }[] };
  const found = detect(item.text);
  const show = (s: { start: number; end: number }) =>
    JSON.stringify(
      item.text.slice(Math.max(0, s.start - 25), s.start) +
        '⟦' +
        item.text.slice(s.start, s.end) +
        '⟧' +
        item.text.slice(s.end, s.end + 15),
    );
  for (const g of item.spans) {
    const hits = found.filter((f) => f.start < g.end && g.start < f.end);
    if (hits.length === 0) console.log(`${item.id} MISS ${g.label}: ${show(g)}`);
    else if (!hits.some((f) => f.label === g.label))
      console.log(`${item.id} TYPE ${g.label} as ${hits.map((h) => `${h.label}/${h.source}`).join(',')}: ${show(g)}`);
  }
  for (const f of found)
    if (!item.spans.some((g) => f.start < g.end && g.start < f.end)) console.log(`${item.id} FALSE ${f.label}/${f.source}: ${show(f)}`);
}
