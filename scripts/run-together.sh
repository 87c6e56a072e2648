#!/usr/bin/env bash
# Runs the named package scripts at the same time and fails if any fails. For checks that each keep
# one core busy (tsc, eslint): on the two cores CI has, side by side they save the shorter one's time.
# Each one's output is printed whole when it ends, so the log reads as if they had run in turn.
set -u
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
pids=()
for name in "$@"; do
  pnpm run --silent "$name" >"$logs/$name.log" 2>&1 &
  pids+=("$!")
done
status=0
for i in "${!pids[@]}"; do
  name=${*:i+1:1}
  if wait "${pids[$i]}"; then
    cat "$logs/$name.log"
  else
    cat "$logs/$name.log"
    echo "run-together: '$name' failed" >&2
    status=1
  fi
done
exit "$status"
