#!/usr/bin/env bash
# The full crash test (Docs/Reliability.md): a child process appends
# batches in a loop and is killed with SIGKILL at random moments, KILLS
# times (default 200; CI runs 50 through `swift test`), plus one kill inside
# a write for every four; then MONTH_END_KILLS month-end runs (default 40;
# CI 8) are killed part-way and run again. Prints the summary lines:
#   crash test (seed S): K kills at random moments and W inside a write, T torn tails repaired (…), A batches acknowledged, F batches found: equal
#   month-end crash test (seed S): N runs killed, …; every re-run matched the uninterrupted run byte for byte
# Usage: Scripts/crash-test.sh [KILLS] [MONTH_END_KILLS] [SEED]
# It uses the debug build (the kills inside a write need its fault hook).
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-200}"
month_end_kills="${2:-40}"
seed="${3:-20261101}"
scratch="${SCRATCH_PATH:-.build}"
log="$(mktemp -t rledger-crash-test.XXXXXX)"

swift build --build-tests --scratch-path "$scratch" >/dev/null
status=0
RLEDGER_CRASH_KILLS="$kills" RLEDGER_MONTH_END_KILLS="$month_end_kills" RLEDGER_SEED="$seed" \
  swift test --skip-build --scratch-path "$scratch" --filter 'AppendCrashTests|MonthEndCrashTests' >"$log" 2>&1 || status=$?
grep -a -E '^(month-end )?crash test' "$log" || true
if [ "$status" -ne 0 ]; then
  echo "crash test FAILED (status $status); full output in $log" >&2
  grep -a -E '✘|error' "$log" | head -20 >&2
  exit "$status"
fi
rm -f "$log"
