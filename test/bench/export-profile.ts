// Profiling aid (prints where the exchange worker's time goes; not a test): runs one export in the
// built exchange worker of a library page holding STORIES stories, with the V8 CPU profiler of that
// worker on from its first line, and prints the functions with the most self time and a total per
// stage (IndexedDB reads and structured clone, zod parsing, the writer, Blob building, the rest).
// Function names are readable in a build without minifying (`build: { minify: false }` in the vite
// part of extension/wxt.config.ts, not committed).
// Run: pnpm run build && EXPORT_PROFILE=dir FORMAT=csv-long node --conditions=vertelpunt-source --import tsx test/bench/export-profile.ts
// (EXPORT_PROFILE as in export-100k.ts: a profile seeded there before is reused; the CPU profile is
// written to out/bench/export-<format>.cpuprofile for Chromium's DevTools.)
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { extensionIdOf, extensionServiceWorker, launchWithExtension } from '../support/launch-extension.js';
import { E2E_EXTENSION_DIR } from '../support/paths.js';
import { seedLibrary } from './seed-library.js';

const TOTAL = Number(process.env.STORIES ?? 100_000);
const FORMAT = process.env.FORMAT ?? 'csv-long';
/** Stop profiling after this many seconds (the export goes on unobserved): for the slow formats. */
const MAX_SECONDS = Number(process.env.MAX_SECONDS ?? 0);
const PROFILE = process.env.EXPORT_PROFILE ?? '';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which stage a function belongs to, by where it lives (first match wins). */
const STAGES: [string, RegExp][] = [
  ['zod parsing', /zod|stored-story|story\.ts|tag-set|readStored/],
  ['writer (packages/exchange and its libraries)', /exchange\/src|papaparse|fflate|fast-xml|fxb|hyparquet|parquet|uuid|sha1|v35|taxonomy/],
  // Not /Blob/: that matches exportToBlob, the caller of everything.
  ['Blob building', /blob-sink|BlobSink|flushText|flushBytes/],
];

const workerFile = readdirSync(join(E2E_EXTENSION_DIR, 'assets')).find((f) => f.startsWith('exchange.worker'));
if (!workerFile) throw new Error(`no exchange worker in ${E2E_EXTENSION_DIR}/assets: build first`);

const context = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR, userDataDir: PROFILE });
try {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionIdOf(await extensionServiceWorker(context))}/library.html`);
  await page.waitForFunction(() => '__vertelpuntStorage' in globalThis);
  const stored = (await page.evaluate(`globalThis.__vertelpuntStorage.countStories()`)) as number;
  if (stored !== TOTAL) await seedLibrary(page, TOTAL);
  const cdp = await context.newCDPSession(page);
  let id = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  let worker: string | undefined;
  const toWorker = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const n = ++id;
      waiting.set(n, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId: worker!, message: JSON.stringify({ id: n, method, params }) });
    });
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (message.error) console.error('worker CDP error', message.id, JSON.stringify(message.error));
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  const attached = new Promise<void>((resolve) =>
    cdp.on('Target.attachedToTarget', (event) => {
      // The library page has workers of its own (the query engine): only the exchange worker counts.
      if (event.targetInfo.type !== 'worker' || !event.targetInfo.url.includes('exchange')) return;
      worker = event.sessionId;
      resolve();
    }),
  );
  // The worker waits for the debugger before its first line, so the profile covers all of it.
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  const done = page.evaluate(
    `new Promise((resolve) => {
      const worker = new Worker('/assets/${workerFile}', { type: 'module' });
      const start = performance.now();
      let next = 0;
      const progress = [];
      worker.onmessage = (event) => {
        const ms = performance.now() - start;
        if (event.data.type === 'progress') {
          if (ms >= next) { progress.push([Math.round(ms), event.data.done]); next = ms + 5000; }
          if (ms < ${MAX_SECONDS * 1000} || ${MAX_SECONDS} === 0) return;
        }
        resolve({ ms, type: event.data.type, count: event.data.count ?? event.data.done, progress });
      };
      worker.postMessage({ type: 'export', format: '${FORMAT}', filter: {}, exportedAt: new Date().toISOString(), excelNl: true });
    })`,
  ) as Promise<{ ms: number; type: string; count: number; progress: [number, number][] }>;
  await attached;
  await toWorker('Profiler.enable');
  await toWorker('Profiler.setSamplingInterval', { interval: 500 });
  await toWorker('Profiler.start');
  await toWorker('Runtime.runIfWaitingForDebugger');
  const result = await done;
  console.log('worker replied', JSON.stringify(result));
  const { profile } = (await toWorker('Profiler.stop')) as { profile: CpuProfile };
  mkdirSync('out/bench', { recursive: true });
  writeFileSync(`out/bench/export-${FORMAT}.cpuprofile`, JSON.stringify(profile));

  const selfMs = new Map<number, number>();
  profile.samples.forEach((node, i) => selfMs.set(node, (selfMs.get(node) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFunction = new Map<string, number>();
  const byStage = new Map<string, number>();
  const parents = new Map<number, ProfileNode>();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
  // A native function (structured clone, Blob, regexp) is charged to the nearest stage up its stack.
  const stageOf = (node: ProfileNode): string => {
    for (let at: ProfileNode | undefined = node; at; at = parents.get(at.id)) {
      const where = `${at.callFrame.functionName} ${at.callFrame.url}`;
      const stage = STAGES.find(([, pattern]) => pattern.test(where));
      if (stage) return stage[0];
      if (
        at.callFrame.functionName === '(idle)' ||
        at.callFrame.functionName === '(program)' ||
        at.callFrame.functionName === '(garbage collector)'
      )
        return at.callFrame.functionName;
    }
    return 'the rest (IndexedDB results, the loop, the runtime)';
  };
  for (const [nodeId, ms] of selfMs) {
    const node = nodes.get(nodeId)!;
    const name = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    const stage = stageOf(node);
    byStage.set(stage, (byStage.get(stage) ?? 0) + ms);
  }
  console.log(
    `Exchange worker profile: ${FORMAT}, ${result.count} stories, ${(result.ms / 1000).toFixed(1)} s (load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
  for (const [stage, ms] of [...byStage].sort((a, b) => b[1] - a[1]))
    console.log(`  ${stage.padEnd(48)} ${(ms / 1000).toFixed(2).padStart(7)} s`);
  console.log('  most self time:');
  for (const [name, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`    ${(ms / 1000).toFixed(2).padStart(7)} s  ${name}`);
} finally {
  await context.close();
}
