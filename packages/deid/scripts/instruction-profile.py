#!/usr/bin/env python3
"""Instructions per call by function: V8's compiled code and patterns, its builtins, the collector and the compiler.

Prints figures; not a test. instructions.ts gives one number per call; this says where it goes. It reads two
callgrind runs of the same bundle, one with more calls than the other, and prints the difference per call, by
function: JIT code and patterns through node's perf map (--perf-basic-prof), everything else by callgrind's symbols.

Make the runs from the bundle instructions.ts leaves (/tmp/deid-instructions/<hash>/bundle-0/bundle.mjs after a run
of it; its arguments: input, warm-up calls, calls, 1 to make those calls or 0 not to):

  valgrind --tool=callgrind --dump-instr=yes --compress-pos=no --compress-strings=no --callgrind-out-file=run.out \
    node --perf-basic-prof --single-threaded --predictable --predictable-gc-schedule --hash-seed=1 --random-seed=1 \
    BUNDLE new 12 12 1
  (then the same with --callgrind-out-file=base.out and "new 12 12 0"; node writes /tmp/perf-PID.map for each run)

Run: python3 packages/deid/scripts/instruction-profile.py run.out run.map base.out base.map CALLS [TOP] [--callers A,B]
(--callers: for those symbols, which functions call them, with the instructions of those calls.)
"""

import bisect
import collections
import re
import sys


def symbol_finder(perf_map):
    """The function of each address of compiled code, from node's perf map ("start size name" per line)."""
    ranges = []
    for line in open(perf_map, encoding="latin-1"):
        parts = line.rstrip("\n").split(" ", 2)
        if len(parts) == 3:
            ranges.append((int(parts[0], 16), int(parts[1], 16), re.sub(r"file://\S+", "", parts[2])))
    ranges.sort()
    starts = [r[0] for r in ranges]

    def find(address):
        i = bisect.bisect_right(starts, address) - 1
        # Code moved or replaced leaves several entries near an address: the nearest that covers it.
        for j in range(i, max(-1, i - 50), -1):
            start, size, name = ranges[j]
            if start <= address < start + size:
                return name
        return "?jit"

    return find


def costs(callgrind_out, perf_map, callers_of):
    """Instructions by function, and by caller for the symbols in `callers_of`."""
    find = symbol_finder(perf_map)
    own = collections.Counter()
    calls = collections.defaultdict(collections.Counter)
    function = callee = None
    after_calls = False
    for line in open(callgrind_out, encoding="latin-1"):
        if line.startswith("fn="):
            function = line[3:].strip()
        elif line.startswith("cfn="):
            callee = line[4:].strip()
        elif line.startswith("calls="):
            after_calls = True
        elif line.startswith("0x"):
            parts = line.split()
            address, count = int(parts[0], 16), int(parts[-1])
            # Callgrind names code without a symbol by its address: that is JIT code or a pattern.
            name = "C " + function if function and not function.startswith("0x") else "JS " + find(address)
            if after_calls:
                if callee in callers_of:
                    calls[callee][name] += count
            else:
                own[name] += count
            after_calls = False
    return own, calls


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    callers_of = set()
    if "--callers" in argv:
        callers_of = set(argv[argv.index("--callers") + 1].split(","))
        args.remove(argv[argv.index("--callers") + 1])
    if len(args) < 5:
        print(__doc__)
        return 2
    run_out, run_map, base_out, base_map, n = args[:5]
    top = int(args[5]) if len(args) > 5 else 60
    per_call = int(n)
    run, run_calls = costs(run_out, run_map, callers_of)
    base, base_calls = costs(base_out, base_map, callers_of)
    difference = collections.Counter({name: run[name] - base.get(name, 0) for name in run})
    total = sum(difference.values())
    print(f"{total / per_call / 1e6:.1f} M instructions per call")
    for name, count in difference.most_common(top):
        print(f"{count / total * 100:6.2f} % {count / per_call / 1e6:7.2f} M  {name[:150]}")
    for callee in sorted(callers_of):
        by_caller = collections.Counter(
            {name: run_calls[callee][name] - base_calls[callee].get(name, 0) for name in run_calls[callee]}
        )
        print(f"\ncallers of {callee}: {sum(by_caller.values()) / per_call / 1e6:.2f} M per call")
        for name, count in by_caller.most_common(15):
            print(f"  {count / per_call / 1e6:7.2f} M  {name[:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
