#!/usr/bin/env bash
# Builds the release binary and runs the benchmark (Scripts/bench.py):
#   Scripts/bench.sh [--events 100000,1000000,10000000] [--out FILE] [--repeat N]
# Needs ledger-cli and hledger on PATH (Debian: apt-get install ledger hledger);
# it refuses to run without them rather than report half a comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --scratch-path .build-release >&2
exec python3 Scripts/bench.py "$@"
