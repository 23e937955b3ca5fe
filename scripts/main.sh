#!/usr/bin/env bash
# `npm run main`: install everything, build the packages, run the main example
# (@kpss/example-main in examples/). Extra arguments go to the example's start script.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

EXAMPLE="@kpss/example-main"
timed install install_deps
timed build build_packages

if ! grep -qs "\"name\": *\"$EXAMPLE\"" examples/*/package.json; then
  die "the main example $EXAMPLE is missing: expected examples/main/package.json with \"name\": \"$EXAMPLE\" and a \"start\" script"
fi
timed example pnpm --filter "$EXAMPLE" start "$@"
