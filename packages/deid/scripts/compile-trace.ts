// What V8's compilers do on new selections once the detectors are warm (prints figures; not a test): runs detect +
// redact on WARM new generated 50 kB selections, then on CALLS more, in a child node under --trace-opt --trace-deopt --trace-osr,
// and counts from the first measured call on the compilations (by tier) and deopts (by reason and bytecode offset) of
// each function, with their totals. A new text takes paths no text took before: a deopt throws a function's optimised
// code away and a later compile pays for it again, so the totals (not one function's) say whether a change helped.
// Run: node --conditions=vertelpunt-source --import tsx packages/deid/scripts/compile-trace.ts [CALLS] [WARM] [--concurrent] [--raw FILE]
// By default node runs as instructions.ts runs it (single-threaded, predictable, fixed seeds): the same trace each run,
// so before and after compare exactly. --concurrent traces node as it normally runs, with compiles landing on a
// background thread at moments that vary, so the counts move from run to run: take several.
// --bytecode NAME prints the bytecode of the functions named NAME instead, as this run compiles them (the same module
// format, so the same offsets as the trace's: a copy imported from a script outside the package is compiled as CommonJS
// and its offsets differ).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MEASURED = '=== measured calls start ===';

async function drive(warm: number, calls: number): Promise<void> {
  const { detect, redact } = await import('../src/index.js');
  const { freshTextOfSize } = await import('./generated-notes.js');
  const texts = Array.from({ length: warm + calls }, (_, i) => freshTextOfSize(50 * 1024, 1 + i));
  let spans = 0;
  texts.forEach((text, i) => {
    if (i === warm) console.log(MEASURED);
    const found = detect(text);
    spans += found.length;
    redact(text, found);
  });
  console.log(`=== ${spans} ===`);
}

interface Counts {
  compiles: Map<string, number>;
  deopts: Map<string, number>;
  osr: Map<string, number>;
  /** Milliseconds of each compile (its three phases as V8 prints them), by the same keys as `compiles`. */
  compileMs: Map<string, number>;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function countsOf(trace: string): Counts {
  const counts: Counts = { compiles: new Map(), deopts: new Map(), osr: new Map(), compileMs: new Map() };
  const lines = trace.split('\n');
  const from = lines.indexOf(MEASURED);
  for (const line of lines.slice(from + 1)) {
    const compiled =
      /^\[completed compiling \S+ <JSFunction ([^ >]*) ?\(sfi[^>]*> \(target (\w+)\)( OSR)? - took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(
        line,
      );
    if (compiled) {
      const key = `${compiled[2]}${compiled[3] ?? ''} ${compiled[1] || '(anonymous)'}`;
      bump(counts.compiles, key);
      const ms = Number(compiled[4]) + Number(compiled[5]) + Number(compiled[6]);
      counts.compileMs.set(key, (counts.compileMs.get(key) ?? 0) + ms);
    }
    const bailout =
      /^\[bailout \(kind: ([^,]+), reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction ([^ >]*) ?\(sfi[^>]*>, [^,]*, opt id \d+, bytecode offset (-?\d+)/.exec(
        line,
      );
    if (bailout) bump(counts.deopts, `${bailout[3] || '(anonymous)'} @${bailout[4]} ${bailout[1]}: ${bailout[2]}`);
    const osr = /^\[OSR - ([^.]+)\. function: ([^,\]]*)(?:, osr offset: (\d+))?/.exec(line);
    if (osr) bump(counts.osr, `${osr[2] || '(anonymous)'} @${osr[3] ?? '?'} ${osr[1]}`);
  }
  return counts;
}

function print(title: string, map: Map<string, number>, ms?: Map<string, number>): void {
  const sorted = [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = ms ? `, ${[...ms.values()].reduce((sum, t) => sum + t, 0).toFixed(1)} ms` : '';
  console.log(`${title}: ${sorted.reduce((sum, [, n]) => sum + n, 0)} in ${sorted.length} kinds${total}`);
  for (const [key, n] of sorted) console.log(`  ${n} ${key}${ms ? ` (${ms.get(key)!.toFixed(1)} ms)` : ''}`);
}

const args = process.argv.slice(2);
if (args[0] === '--drive') {
  await drive(Number(args[1]), Number(args[2]));
} else {
  const rawAt = args.indexOf('--raw');
  const raw = rawAt >= 0 ? args.splice(rawAt, 2)[1] : undefined;
  const bytecodeAt = args.indexOf('--bytecode');
  const bytecode = bytecodeAt >= 0 ? args.splice(bytecodeAt, 2)[1] : undefined;
  const concurrentAt = args.indexOf('--concurrent');
  if (concurrentAt >= 0) args.splice(concurrentAt, 1);
  const predictable =
    concurrentAt >= 0 ? [] : ['--single-threaded', '--predictable', '--predictable-gc-schedule', '--hash-seed=1', '--random-seed=1'];
  const calls = Number(args[0] ?? 40);
  const warm = Number(args[1] ?? 20);
  const flags = bytecode ? ['--print-bytecode', `--print-bytecode-filter=${bytecode}`] : ['--trace-opt', '--trace-deopt', '--trace-osr'];
  // V8 prints its traces through C's stdout, which node does not flush at exit when it is a pipe: a file keeps every line.
  const outFile = join(mkdtempSync(join(tmpdir(), 'compile-trace-')), 'trace.txt');
  const out = openSync(outFile, 'w');
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      ...predictable,
      ...flags,
      fileURLToPath(import.meta.url),
      '--drive',
      bytecode ? '0' : String(warm),
      bytecode ? '1' : String(calls),
    ],
    { encoding: 'utf8', stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 30 },
  );
  closeSync(out);
  const trace = readFileSync(outFile, 'utf8');
  rmSync(outFile);
  if (child.status !== 0) {
    console.error(child.stderr.slice(-4000));
    process.exit(1);
  }
  if (raw) writeFileSync(raw, trace);
  if (bytecode) {
    console.log(trace);
    process.exit(0);
  }
  const counts = countsOf(trace);
  console.log(`${calls} new selections after ${warm}${concurrentAt >= 0 ? ', concurrent compiles' : ', single-threaded and predictable'}`);
  print('compilations', counts.compiles, counts.compileMs);
  print('deopts', counts.deopts);
  print('on-stack replacement events', counts.osr);
}
