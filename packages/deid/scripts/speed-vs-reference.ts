// Speed of detect() against a frozen reference copy of src, in the same process and in turns
// (reference then this code, this code then reference, …), so the load of a shared machine falls on both alike: the
// ratio is the figure to trust, the MB/s only say the load. Prints figures; not a test.
// Freeze:  cp -r packages/deid/src /tmp/deid-ref
// Run:     node --conditions=vertelpunt-source --import tsx packages/deid/scripts/speed-vs-reference.ts /tmp/deid-ref [ROUNDS] [ONLY]
// (ONLY: run just the inputs whose name contains it, such as "new")
import { detect } from '../src/index.js';
import { annotatedNotes, repeatedNotes } from './annotated-notes.js';
import { freshTextOfSize, textOfSize } from './generated-notes.js';
import { loadReference } from './reference.js';

const [referenceArg, roundsArg, only] = process.argv.slice(2);
const reference = await loadReference(referenceArg, 'usage: speed-vs-reference.ts REFERENCE_FOLDER [ROUNDS] [ONLY]');
const rounds = Number(roundsArg ?? 8);

const annotated = annotatedNotes();
const notes = repeatedNotes(annotated, 1024 * 1024);
/** The texts of one turn: the same each turn, or (a function of the turn) new ones. */
type Texts = string | readonly string[] | ((turn: number) => readonly string[]);
/** Ten new 50 kB selections per turn, as bench.ts's "a new selection each run": each side sees each for the first time (its own memos). */
const FRESH_PER_TURN = 10;
const freshSelections = Array.from({ length: (rounds + 1) * FRESH_PER_TURN }, (_, i) => freshTextOfSize(50 * 1024, 1000 + i));
const texts: Record<string, Texts> = {
  'the annotated notes (1 MB)': notes,
  'the annotated notes one by one': annotated,
  'a 50 kB selection of them, 10 times': Array<string>(10).fill(notes.slice(0, 50 * 1024)),
  // The texts of bench.ts's goals: a name, address, postcode, date and phone number in every 370 characters.
  'a 50 kB selection of generated notes, 10 times': Array<string>(10).fill(textOfSize(50 * 1024)),
  // Turn 0 warms up; turn r times selections r*10 … r*10+9, the same for both sides.
  '10 new 50 kB selections of generated notes (people, streets, places from the lists)': (turn: number) =>
    freshSelections.slice(turn * FRESH_PER_TURN, (turn + 1) * FRESH_PER_TURN),
};

/** Wall and CPU milliseconds of one run (CPU: user + system of this process, less swayed by other processes). */
function timed(run: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

for (const [what, text] of Object.entries(texts)) {
  if (only !== undefined && !what.includes(only)) continue;
  const once = (find: typeof detect, turn: number) => () => {
    if (typeof text === 'string') find(text);
    else for (const note of typeof text === 'function' ? text(turn) : text) find(note);
  };
  // Warm up both (the JIT, the lists' lookups), then alternate.
  once(reference, 0)();
  once(detect, 0)();
  const wallRatios: number[] = [];
  const cpuRatios: number[] = [];
  const newWall: number[] = [];
  // The fastest turn of each, by CPU: the turn that other processes disturbed least, the steadiest figure under load.
  let fastestReference = Infinity;
  let fastestNew = Infinity;
  for (let round = 0; round < rounds; round++) {
    // In turns that swap who goes first (ABBA), so that the garbage one leaves to the other, and a
    // drift in the load, fall on both alike.
    const referenceFirst = round % 2 === 0;
    const first = timed(once(referenceFirst ? reference : detect, round + 1));
    const second = timed(once(referenceFirst ? detect : reference, round + 1));
    const [before, after] = referenceFirst ? [first, second] : [second, first];
    wallRatios.push(before.wall / after.wall);
    cpuRatios.push(before.cpu / after.cpu);
    newWall.push(after.wall);
    fastestReference = Math.min(fastestReference, before.cpu);
    fastestNew = Math.min(fastestNew, after.cpu);
  }
  const turnTexts = typeof text === 'function' ? text(1) : text;
  const bytes = typeof turnTexts === 'string' ? turnTexts.length : turnTexts.reduce((sum, note) => sum + note.length, 0);
  console.log(
    `${what}: reference / new = ${median(cpuRatios).toFixed(2)} by CPU time (${Math.min(...cpuRatios).toFixed(2)}-${Math.max(...cpuRatios).toFixed(2)}), ` +
      `${median(wallRatios).toFixed(2)} by wall time; fastest turns ${fastestReference.toFixed(1)} / ${fastestNew.toFixed(1)} ms CPU = ${(fastestReference / fastestNew).toFixed(2)}; ` +
      `new ${(bytes / 1024 / 1024 / (median(newWall) / 1000)).toFixed(2)} MB/s (median of ${rounds} turns)`,
  );
}
