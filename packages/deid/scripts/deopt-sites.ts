// Where V8 throws away the detectors' optimised code (prints figures; not a test): runs detect + redact on varied
// texts (the data sets, the annotated notes, new and repeated generated selections, their starts and ends) in a child
// node under --trace-deopt-verbose and prints each deopt site with its count and source line, most frequent reason
// first. "out of bounds" is a read past the end of a string (charCodeAt) or an array: from then on V8 compiles that
// read as a call of the builtin or a generic load, so such sites should read through codeAt (scan.ts) or check first.
// Run: node --experimental-transform-types --conditions=vertelpunt-source packages/deid/scripts/deopt-sites.ts [REASON|all] [ROUNDS]
// (REASON: the deopt reasons that contain it, default "out of bounds"; ROUNDS: passes over the texts, default 3.)
// Not through tsx, which puts each module on one line: node's own transform, whose source map gives the lines back.
import './ts-imports-hook.mjs';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SourceMap, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(import.meta.url);
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The child's work: detect + redact on texts of every kind, so that rarely taken branches run too. */
async function drive(rounds: number): Promise<void> {
  const { detect, redact } = await import('../src/index.js');
  const { annotatedNotes } = await import('./annotated-notes.js');
  const { freshTextOfSize, textOfSize } = await import('./generated-notes.js');
  const texts = ['dev', 'heldout', 'unseen', 'unseen2', 'unseen3', 'unseen4'].flatMap((set) =>
    readFileSync(`${packageRoot}data/${set}.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
  texts.push(...annotatedNotes());
  const once = (text: string) => redact(text, detect(text));
  for (let round = 0; round < rounds; round++) {
    texts.forEach(once);
    for (let i = 0; i < 5; i++) once(freshTextOfSize(50 * 1024, 500 + round * 10 + i));
    once(textOfSize(50 * 1024));
    // A text's last characters are where reads run past the end.
    for (const text of texts.slice(0, 300)) {
      once(text.slice(0, 40 + (text.length % 50)));
      once(text.slice(-30));
      once(`${text.trimEnd()}0`);
      once(`${text} A`);
      once(`${text}(`);
    }
  }
}

/** Maps a position in node's transformed module back to the source file's line and column, with the line's text. */
function sourceLines(): (position: string) => { at: string; line: string } {
  const maps = new Map<string, { map: SourceMap; lines: string[] }>();
  return (position) => {
    const parts = /^file:\/\/(.+\.ts):(\d+):(\d+)$/.exec(position);
    if (!parts) return { at: position, line: '' };
    const [, file, line, column] = parts as unknown as [string, string, string, string];
    let known = maps.get(file);
    if (!known) {
      const code = readFileSync(file, 'utf8');
      const transformed = stripTypeScriptTypes(code, { mode: 'transform', sourceMap: true, sourceUrl: file });
      const inline = /sourceMappingURL=data:application\/json;base64,(\S+)/.exec(transformed)![1]!;
      known = { map: new SourceMap(JSON.parse(Buffer.from(inline, 'base64').toString())), lines: code.split('\n') };
      maps.set(file, known);
    }
    const entry = known.map.findEntry(Number(line) - 1, Number(column) - 1);
    const relative = file.slice(packageRoot.length);
    if (!('originalLine' in entry)) return { at: `${relative}:${line}:${column} (transformed)`, line: '' };
    return { at: `${relative}:${entry.originalLine + 1}:${entry.originalColumn + 1}`, line: known.lines[entry.originalLine]!.trim() };
  };
}

const [first, second] = process.argv.slice(2);
if (first === '--drive') {
  await drive(Number(second ?? 3));
} else {
  const reason = first ?? 'out of bounds';
  const child = spawnSync(
    process.execPath,
    [
      '--experimental-transform-types',
      '--no-warnings',
      '--conditions=vertelpunt-source',
      '--trace-deopt-verbose',
      script,
      '--drive',
      second ?? '3',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  const lineOf = sourceLines();
  const sites = new Map<string, { reason: string; fn: string; at: string; line: string; count: number }>();
  let pending: { reason: string; fn: string } | undefined;
  for (const text of child.stdout.split('\n')) {
    const bailout = /\[bailout \(kind: [^,]+, reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction (\S*)/.exec(text);
    if (bailout) {
      pending = reason === 'all' || bailout[1]!.includes(reason) ? { reason: bailout[1]!, fn: bailout[2]! } : undefined;
      continue;
    }
    const where = /;;; deoptimize at <([^>]*)>(?:, inlined at <([^>]*)>)?/.exec(text);
    if (!where || !pending) continue;
    if (!where[1]!.startsWith(`file://${packageRoot}src/`)) continue;
    const { at, line } = lineOf(where[1]!);
    const key = `${pending.reason}|${at}`;
    const known = sites.get(key);
    if (known) known.count++;
    else sites.set(key, { ...pending, at, line, count: 1 });
    pending = undefined;
  }
  const sorted = [...sites.values()].sort((a, b) => a.reason.localeCompare(b.reason) || a.at.localeCompare(b.at, 'en', { numeric: true }));
  for (const site of sorted) console.log(`${site.count} ${site.reason}: ${site.fn} ${site.at}\n    ${site.line.slice(0, 150)}`);
  console.log(`${sorted.length} sites, ${sorted.reduce((sum, site) => sum + site.count, 0)} deopts`);
}
