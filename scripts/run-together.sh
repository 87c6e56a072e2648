#!/usr/bin/env bash
# Runs the named package scripts at the same time and fails if any fails. For steps that leave a
# core idle: tsc and eslint each keep one core busy, and the browser tests mostly wait on Chromium
# and timers, so on the two cores CI has, side by side they save the shorter one's time.
# The first one's output is printed as it comes (a long CI step shows its progress); each other's
# is printed whole after it, so the log reads as if they had run in turn.
set -u
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
pids=()
for name in "$@"; do
  if [ ${#pids[@]} -eq 0 ]; then
    pnpm run --silent "$name" &
  else
    pnpm run --silent "$name" >"$logs/$name.log" 2>&1 &
  fi
  pids+=("$!")
done
status=0
for i in "${!pids[@]}"; do
  name=${*:i+1:1}
  wait "${pids[$i]}"
  code=$?
  [ -f "$logs/$name.log" ] && cat "$logs/$name.log"
  if [ "$code" -ne 0 ]; then
    echo "run-together: '$name' failed" >&2
    status=1
  fi
done
exit "$status"
