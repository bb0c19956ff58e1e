#!/usr/bin/env bash
# Regenerates Docs/Commands.md from the commands' own --help texts, so the
# documentation never drifts from what `rledger COMMAND --help` prints.
# Usage: swift build && Scripts/generate-command-docs.sh .build/debug/rledger
set -euo pipefail
rledger=${1:-.build/debug/rledger}
out=Docs/Commands.md
{
  echo "# Commands"
  echo
  echo "Generated from \`rledger help\` and each command's \`--help\` by"
  echo "\`Scripts/generate-command-docs.sh\`; a test checks it is current."
  echo
  echo '```text'
  "$rledger" help
  echo '```'
  for command in $("$rledger" help | awk '/^Commands:/{on=1; next} /^$/{on=0} on{print $1}'); do
    [ "$command" = help ] && continue
    echo
    echo "## \`rledger $command\`"
    echo
    echo '```text'
    "$rledger" "$command" --help
    echo '```'
  done
} > "$out"
echo "wrote $out"
