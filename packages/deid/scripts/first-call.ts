// The first detection of a clip in a fresh process (prints figures; not a test), without and with
// the side panel's warm-up before it: each case in its own child process, as a fresh page.
// Run: node --conditions=vertelpunt-source --import tsx packages/deid/scripts/first-call.ts
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

if (process.argv[2] === 'child') {
  const { detect, warmUp } = await import('../src/index.js');
  const notes = ['dev', 'heldout', 'unseen']
    .flatMap((set) => readFileSync(new URL(`../data/${set}.jsonl`, import.meta.url), 'utf8').trim().split('\n'))
    .map((line) => (JSON.parse(line) as { text: string }).text);
  let selection = '';
  for (let i = 0; selection.length < 50_000; i++) selection += notes[i % notes.length] + '\n\n';
  selection = selection.slice(0, 50_000);
  let warm = 0;
  if (process.argv[3] === 'warm') {
    const started = performance.now();
    warmUp();
    warm = performance.now() - started;
  }
  const started = performance.now();
  detect(selection);
  const first = performance.now() - started;
  const again = performance.now();
  detect(selection);
  console.log(JSON.stringify({ warm, first, second: performance.now() - again }));
} else {
  const self = fileURLToPath(import.meta.url);
  for (const mode of ['cold', 'warm']) {
    const runs = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, 'child', mode], { encoding: 'utf8' })) as { warm: number; first: number; second: number });
    const range = (key: 'warm' | 'first' | 'second') => `${Math.min(...runs.map((r) => r[key])).toFixed(0)}–${Math.max(...runs.map((r) => r[key])).toFixed(0)} ms`;
    console.log(`${mode === 'cold' ? 'no warm-up  ' : 'after warm-up'}: first 50 kB detection ${range('first')}, second ${range('second')}${mode === 'warm' ? `; the warm-up itself ${range('warm')}` : ''} (5 fresh processes)`);
  }
}
