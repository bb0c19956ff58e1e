#!/usr/bin/env bash
# The full concurrent-writer test (Docs/Reliability.md): four processes
# append BATCHES batches each (default 500; CI runs 50 through
# `swift test`) at once while `rledger balances` reads in a loop; then every
# batch must be there whole, seqs contiguous, `verify` clean, and no read may
# have seen half a batch. Prints the summary line:
#   concurrent writers: 4 × 500 batches in S s, R balance reads during the appends, none saw half a batch
# Usage: Scripts/concurrent-writers.sh [BATCHES]
# With RLEDGER_BINARY=/path/to/rledger (e.g. a release build) the children
# run that executable instead of the debug build: about 2 minutes instead of
# 12 for 4 × 500 on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
batches="${1:-500}"
scratch="${SCRATCH_PATH:-.build}"
log="$(mktemp -t rledger-concurrent.XXXXXX)"

swift build --build-tests --scratch-path "$scratch" >/dev/null
status=0
RLEDGER_BATCHES_PER_WRITER="$batches" \
  swift test --skip-build --scratch-path "$scratch" --filter 'ConcurrentWriterTests' >"$log" 2>&1 || status=$?
grep -a -E '^concurrent writers' "$log" || true
if [ "$status" -ne 0 ]; then
  echo "concurrent-writer test FAILED (status $status); full output in $log" >&2
  grep -a -E '✘|error' "$log" | head -20 >&2
  exit "$status"
fi
rm -f "$log"
