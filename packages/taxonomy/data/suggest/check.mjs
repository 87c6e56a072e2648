// Validate labelled.jsonl (beside this file) against the koers-v5-2024-09 vocabulary.
/* global process, console */
// Usage: node check.mjs [labelled.jsonl] [vocabulary.yaml]
// No dependencies: the YAML is read line by line (only `- id:`, `kind:`, `facet:`,
// `status:` and the Dutch label are needed). Exit code 1 when any check fails.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const setPath = process.argv[2] ?? join(here, 'labelled.jsonl');
const yamlPath = process.argv[3] ?? join(here, '../../../../taxonomy/koers-v5-2024-09.yaml');

// ---- read the vocabulary -------------------------------------------------
function readVocabulary(path) {
  const lines = readFileSync(path, 'utf8').split('\n');
  const facets = []; // in file order
  const terms = new Map();
  let section = null;
  let cur = null;
  let inLabel = false;
  for (const line of lines) {
    const top = line.match(/^([a-z_]+):/);
    if (top) {
      section = top[1];
      cur = null;
      continue;
    }
    const item = line.match(/^- id:\s*(\S+)/);
    if (item) {
      const id = item[1].replace(/^['"]|['"]$/g, '');
      if (section === 'facets') {
        cur = { id, kind: 'facet' };
        facets.push(cur);
      } else if (section === 'terms') {
        cur = { id, status: undefined };
        terms.set(id, cur);
      } else cur = null;
      inLabel = false;
      continue;
    }
    if (!cur) continue;
    const field = line.match(/^ {2}([a-z_]+):\s*(.*)$/);
    if (field) {
      const [, key, value] = field;
      inLabel = key === 'label';
      if (['kind', 'facet', 'status', 'parent', 'notation'].includes(key)) {
        cur[key] = value.replace(/^['"]|['"]$/g, '');
      }
      continue;
    }
    const nl = line.match(/^ {4}nl:\s*(.*)$/);
    if (nl && inLabel && cur.label === undefined) cur.label = nl[1].replace(/^['"]|['"]$/g, '');
  }
  return { facets, terms };
}

const { facets, terms } = readVocabulary(yamlPath);
const active = new Map([...terms].filter(([, t]) => t.status !== 'deprecated'));

// ---- read the labelled set -----------------------------------------------
const errors = [];
const warnings = [];
const rows = readFileSync(setPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const seenIds = new Set();
const termCount = new Map();
const wrongCount = new Map();
let everydayNotes = 0;

rows.forEach((line, i) => {
  const where = `line ${i + 1}`;
  let o;
  try {
    o = JSON.parse(line);
  } catch (e) {
    errors.push(`${where}: invalid JSON (${e.message})`);
    return;
  }
  const id = o.id ?? where;
  const keys = Object.keys(o).sort().join(',');
  if (keys !== 'id,terms,text,why,wrong') errors.push(`${id}: unexpected keys ${keys}`);
  if (!/^s-\d{3}$/.test(o.id ?? '')) errors.push(`${id}: id must look like s-001`);
  if (seenIds.has(o.id)) errors.push(`${id}: duplicate id`);
  seenIds.add(o.id);

  const words = String(o.text ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean).length;
  if (words < 60 || words > 250) errors.push(`${id}: text has ${words} words (need 60-250)`);
  if (typeof o.why !== 'string' || o.why.trim() === '') errors.push(`${id}: missing why`);

  // crude de-identification checks: no digits that look like BSN/IBAN/phone/postcode
  const t = String(o.text ?? '');
  if (/\b\d{9}\b/.test(t)) errors.push(`${id}: 9-digit number (BSN?) in text`);
  if (/\bNL\d{2}[A-Z]{4}\d{6,}/i.test(t)) errors.push(`${id}: IBAN-like string in text`);
  if (/\b06[- ]?\d{8}\b/.test(t)) errors.push(`${id}: phone number in text`);
  if (/\b\d{4}\s?[A-Z]{2}\b/.test(t)) errors.push(`${id}: postcode-like string in text`);

  for (const [field, min, max] of [
    ['terms', 1, 4],
    ['wrong', 1, 3],
  ]) {
    const list = o[field];
    if (!Array.isArray(list)) {
      errors.push(`${id}: ${field} must be an array`);
      continue;
    }
    if (list.length < min || list.length > max) errors.push(`${id}: ${field} has ${list.length} ids (need ${min}-${max})`);
    if (new Set(list).size !== list.length) errors.push(`${id}: duplicate id in ${field}`);
    for (const termId of list) {
      if (!terms.has(termId)) errors.push(`${id}: ${field} id ${termId} not in vocabulary`);
      else if (!active.has(termId)) errors.push(`${id}: ${field} id ${termId} is deprecated`);
      const counter = field === 'terms' ? termCount : wrongCount;
      counter.set(termId, (counter.get(termId) ?? 0) + 1);
    }
  }
  if (Array.isArray(o.terms) && Array.isArray(o.wrong)) {
    const overlap = o.terms.filter((x) => o.wrong.includes(x));
    if (overlap.length) errors.push(`${id}: terms and wrong overlap: ${overlap.join(', ')}`);
  }
  // everyday-word notes (informational): wrong picks triggered by a common word
  if (/\b(wijkteam|werk\w*|alleen|druk|klacht\w*|samen|veilig\w*|armoede|baas|rol\w*|netwerk\w*)\b/i.test(t)) everydayNotes++;
});

if (rows.length !== 60) errors.push(`expected 60 notes, found ${rows.length}`);
for (const [termId, n] of termCount) if (n > 12) errors.push(`term ${termId} chosen in ${n} notes (max 12)`);

// ---- coverage ------------------------------------------------------------
const byFacet = new Map(facets.map((f) => [f.id, []]));
for (const t of active.values()) {
  if (!byFacet.has(t.facet)) byFacet.set(t.facet, []);
  byFacet.get(t.facet).push(t);
}
const pad = (s, n) => String(s).padEnd(n);
console.log(`vocabulary: ${yamlPath} (${active.size} active terms)`);
console.log(`labelled set: ${setPath} (${rows.length} notes)\n`);
console.log(`${pad('facet / term', 42)}${pad('terms', 7)}${pad('wrong', 7)}label`);
const facetSummary = [];
for (const [facet, list] of byFacet) {
  const covered = list.filter((t) => termCount.get(t.id)).length;
  facetSummary.push([facet, covered, list.length]);
  console.log(`\n[${facet}] ${covered}/${list.length} terms chosen at least once`);
  for (const t of list) {
    const n = termCount.get(t.id) ?? 0;
    console.log(`  ${pad(t.id, 40)}${pad(n, 7)}${pad(wrongCount.get(t.id) ?? 0, 7)}${t.label ?? ''}${n === 0 ? '   <-- not covered' : ''}`);
  }
}

// required coverage: every mission point, the three AW core values, every theme facet
for (const t of active.values()) {
  if (t.kind === 'mission-point' && !termCount.get(t.id)) errors.push(`mission point ${t.id} not covered`);
  if (t.facet === 'kernwaarden' && !termCount.get(t.id)) errors.push(`core value ${t.id} not covered`);
}
for (const f of ['brede-opdracht', 'beweging', 'maatschappelijke-opgaven', 'rollen', 'lessen']) {
  const list = byFacet.get(f) ?? [];
  const covered = list.filter((t) => termCount.get(t.id)).length;
  if (covered === 0) errors.push(`theme facet ${f} has no chosen term`);
  else if (covered < list.length) warnings.push(`theme facet ${f}: ${covered}/${list.length} terms covered`);
}

const totalChosen = [...termCount.values()].reduce((a, b) => a + b, 0);
const totalWrong = [...wrongCount.values()].reduce((a, b) => a + b, 0);
console.log('\nsummary per facet:');
for (const [f, c, n] of facetSummary) console.log(`  ${pad(f, 26)}${c}/${n}`);
console.log(`\nchosen labels: ${totalChosen} (mean ${(totalChosen / rows.length).toFixed(2)} per note); wrong labels: ${totalWrong}`);
console.log(`max per term: ${Math.max(...termCount.values())}; notes with everyday trigger words: ${everydayNotes}/${rows.length}`);
for (const w of warnings) console.log(`warning: ${w}`);
if (errors.length) {
  console.log(`\n${errors.length} error(s):`);
  for (const e of errors) console.log(`  ${e}`);
  process.exit(1);
}
console.log('\nOK: all checks passed');
