#!/usr/bin/env bash
# `npm run clean`: stop a throwaway PostgreSQL left in .tmp/pg, then remove every
# package's dist/ and build/ (tsup output, tsc -b output and .tsbuildinfo) and .tmp/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -f .tmp/pg/data/postmaster.pid ]; then
  pid="$(head -n 1 .tmp/pg/data/postmaster.pid)"
  if [ -n "$pid" ] && grep -qs postgres "/proc/$pid/comm"; then kill -INT "$pid" 2>/dev/null || true; sleep 1; fi
fi
shopt -s nullglob
dirs=()
for d in packages/*/ packages/*/*/ examples/*/; do
  for sub in dist build; do [ -d "$d$sub" ] && dirs+=("$d$sub"); done
done
[ -d .tmp ] && dirs+=(.tmp)
if [ ${#dirs[@]} -gt 0 ]; then rm -rf "${dirs[@]}"; printf 'removed %s\n' "${dirs[@]}"; fi
