// The first detection of a clip in a fresh process (prints figures; not a test), without and with
// the side panel's warm-up before it: each case in its own child process, as a fresh page.
// Run: node --conditions=vertelpunt-source --import tsx packages/deid/scripts/first-call.ts
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

if (process.argv[2] === 'child') {
  const { detect, warmUp } = await import('../src/index.js');
  const notes = ['dev', 'heldout', 'unseen']
    .flatMap((set) =>
      readFileSync(new URL(`../data/${set}.jsonl`, import.meta.url), 'utf8')
        .trim()
        .split('\n'),
    )
    .map((line) => (JSON.parse(line) as { text: string }).text);
  let selection = '';
  for (let i = 0; selection.length < 50_000; i++) selection += notes[i % notes.length] + '\n\n';
  selection = selection.slice(0, 50_000);
  // CPU time as well as wall time: on a shared machine the wall time also counts other processes' turns.
  const cpu = (work: () => void) => {
    const wall = performance.now();
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
  };
  const warm = process.argv[3] === 'warm' ? cpu(() => void warmUp()) : { wall: 0, cpu: 0 };
  const first = cpu(() => void detect(selection));
  const second = cpu(() => void detect(selection));
  console.log(JSON.stringify({ warm, first, second }));
} else {
  const self = fileURLToPath(import.meta.url);
  for (const mode of ['cold', 'warm']) {
    type Time = { wall: number; cpu: number };
    const runs = Array.from(
      { length: 5 },
      () =>
        JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, 'child', mode], { encoding: 'utf8' })) as {
          warm: Time;
          first: Time;
          second: Time;
        },
    );
    const span = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
    const range = (key: 'warm' | 'first' | 'second') =>
      `${span(runs.map((r) => r[key].wall))} ms (CPU ${span(runs.map((r) => r[key].cpu))} ms)`;
    console.log(
      `${mode === 'cold' ? 'no warm-up  ' : 'after warm-up'}: first 50 kB detection ${range('first')}, second ${range('second')}${mode === 'warm' ? `; the warm-up itself ${range('warm')}` : ''} (5 fresh processes)`,
    );
  }
}
