// What the statistical layer adds on annotated sets: the judges' figures (found / typed / precision,
// false alarms on the items without personal data) of the rules alone and of rules and classifier,
// at the classifier's margin or at the margins given.
//   node --conditions=vertelpunt-source --import tsx packages/deid/scripts/classifier-effect.ts FILE.jsonl... [--margins=2,3,4] [--show]
// --show lists each span the classifier adds, right or wrong, for studied sets only: it refuses the
// judge halves of unseen3 and unseen4 (items 031–060), whose texts are never read.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { detectByRules } from '../src/detect.js';
import { findBesideSpans, withBesideSpans } from '../src/detectors/beside-spans.js';
import type { Span } from '../src/labels.js';
import { scan } from '../src/scan.js';
import { STRUCTURED } from '../src/score.js';
import { MARGIN, withClassifierSpans } from '../src/statistical/find-by-classifier.js';

interface Item {
  id: string;
  text: string;
  spans: { start: number; end: number; label: string }[];
}
const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const margins = (
  args
    .find((a) => a.startsWith('--margins='))
    ?.slice(10)
    .split(',')
    .map(Number) ?? [MARGIN]
).filter((m) => !Number.isNaN(m));
const show = args.includes('--show');

const isJudgeHalf = (id: string) => /^u[34]-0(3[1-9]|[45]\d|60)$/.test(id);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
function figures(items: readonly Item[], detections: readonly Span[][]) {
  let spans = 0,
    found = 0,
    typed = 0,
    all = 0,
    right = 0,
    alarms = 0,
    structured = 0,
    structuredFound = 0;
  items.forEach((item, i) => {
    const d = detections[i]!;
    for (const g of item.spans) {
      spans++;
      const hits = d.filter((f) => overlaps(f, g));
      if (hits.length) found++;
      if (hits.some((f) => f.label === g.label)) typed++;
      if (STRUCTURED.includes(g.label as Span['label'])) {
        structured++;
        if (hits.length) structuredFound++;
      }
    }
    for (const f of d) {
      all++;
      if (item.spans.some((g) => overlaps(f, g))) right++;
      else if (item.spans.length === 0) alarms++;
    }
  });
  const r = (a: number, b: number) => (b ? a / b : 1).toFixed(3);
  return `${r(found, spans)} / ${r(typed, spans)} / ${r(right, all)} / ${structuredFound} of ${structured}; false alarms without personal data ${alarms}; detections ${all}`;
}

for (const file of files) {
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  const scans = items.map((item) => scan(item.text));
  const rules = items.map((item, i) => detectByRules(item.text, scans[i]!));
  console.log(`${basename(file)} (${items.length} items)\n  rules alone      ${figures(items, rules)}`);
  for (const margin of margins) {
    const both = items.map((item, i) => {
      const all = withClassifierSpans(scans[i]!, rules[i]!, margin);
      return all === rules[i] ? all : withBesideSpans(all, findBesideSpans(item.text, all));
    });
    // What the classifier added or extended.
    const added = items.map((_, i) =>
      both[i]!.filter((f) => !rules[i]!.some((r) => r.start === f.start && r.end === f.end && r.label === f.label)),
    );
    console.log(`  + classifier ${String(margin).padStart(3)} ${figures(items, both)}; added or changed ${added.flat().length}`);
    if (!show) continue;
    items.forEach((item, i) => {
      if (isJudgeHalf(item.id)) throw new Error(`${item.id} is in a judge half: its texts are never shown`);
      for (const a of added[i]!) {
        const gold = item.spans.find((g) => overlaps(a, g));
        const context =
          item.text.slice(Math.max(0, a.start - 30), a.start) +
          '⟦' +
          item.text.slice(a.start, a.end) +
          '⟧' +
          item.text.slice(a.end, a.end + 20);
        console.log(
          `    ${item.id} ${a.label} ${gold ? (gold.label === a.label ? 'right' : `as ${gold.label}`) : 'FALSE'} ${JSON.stringify(context)}`,
        );
      }
    });
  }
}
