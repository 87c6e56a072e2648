// Allocation per 50 kB selection (prints figures; not a test): bytes the heap grows by over one
// detect + redact call, with a young generation large enough that no collection runs inside it.
// Run: node --expose-gc --max-semi-space-size=64 --conditions=vertelpunt-source --import tsx packages/deid/scripts/allocation.ts [profile.json]
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { detect, redact } from '../src/index.js';
import { annotatedNotes, repeatedNotes } from './annotated-notes.js';
import { textOfSize } from './generated-notes.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (and --max-semi-space-size=64, so no collection runs inside a call)');

function allocation(what: string, selection: string): void {
  // 100 calls first: with 30, the figure still fell call by call as V8 optimised more of the code.
  for (let run = 0; run < 100; run++) redact(selection, detect(selection));
  const sizes: number[] = [];
  for (let run = 0; run < 20; run++) {
    gc!();
    const before = process.memoryUsage().heapUsed;
    redact(selection, detect(selection));
    sizes.push(process.memoryUsage().heapUsed - before);
  }
  sizes.sort((a, b) => a - b);
  console.log(
    `allocation per 50 kB selection of ${what}: median ${(sizes[10]! / 1024 / 1024).toFixed(2)} MB (min ${(sizes[0]! / 1024 / 1024).toFixed(2)}, 20 calls)`,
  );
}

const generated = textOfSize(50 * 1024);
allocation('generated notes', generated);
allocation('the annotated notes', repeatedNotes(annotatedNotes(), 3 * 1024 * 1024).slice(0, 50 * 1024));

const profilePath = process.argv[2];
if (profilePath) {
  // Where the bytes go: a sampling heap profile that keeps what the young generation collected.
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let run = 0; run < 20; run++) redact(generated, detect(generated));
  const { profile } = await session.post('HeapProfiler.stopSampling');
  writeFileSync(profilePath, JSON.stringify(profile));
  type Node = { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: Node[] };
  const bySite = new Map<string, number>();
  const walk = (node: Node) => {
    const site = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').slice(-2).join('/')}:${node.callFrame.lineNumber + 1}`;
    bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
    node.children.forEach(walk);
  };
  walk(profile.head as Node);
  const total = [...bySite.values()].reduce((a, b) => a + b, 0);
  console.log(`sampled ${(total / 20 / 1024 / 1024).toFixed(2)} MB per call; biggest sites (kB per call):`);
  for (const [site, size] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${(size / 20 / 1024).toFixed(0).padStart(6)}  ${site}`);
}
