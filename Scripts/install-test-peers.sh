#!/usr/bin/env bash
# Installs the plain-text accounting tools that Tests/ReportsTests/JournalPeerTests
# compares `rledger export` against, and nothing else:
#   hledger            (Debian package)          hledger -f FILE bal ...
#   beancount          (PyPI; bean-check)        bean-check FILE
#   beanquery          (PyPI; bean-query)        bean-query FILE "SELECT ..."
#   chromium           (Debian package)          renders the HTML reports to PNG (HTMLRenderingTests)
# Beancount 3 moved bean-query out of beancount into beanquery, hence both.
# Idempotent: a tool already on PATH is left as it is. Quiet when all goes
# well; on any failure it says which step failed and exits non-zero.
set -euo pipefail
trap 'echo "install-test-peers: FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v hledger >/dev/null 2>&1; then
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hledger >/dev/null
fi

if ! command -v chromium >/dev/null 2>&1; then
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if ! command -v bean-check >/dev/null 2>&1 || ! command -v bean-query >/dev/null 2>&1; then
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
        "beancount==3.2.3" "beanquery==0.2.0"
    # pyenv only sees new console scripts after a rehash.
    if command -v pyenv >/dev/null 2>&1; then pyenv rehash; fi
fi

for tool in hledger bean-check bean-query chromium; do
    command -v "$tool" >/dev/null 2>&1 || { echo "install-test-peers: $tool is still not on PATH" >&2; exit 1; }
done
hledger --version >/dev/null
bean-check --version >/dev/null
