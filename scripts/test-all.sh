#!/usr/bin/env bash
# `npm test`: install, build, start a throwaway PostgreSQL (unless KPSS_PG_URL is set),
# typecheck, run every Vitest project, stop PostgreSQL, and end with one line
#   N passed, N failed, N skipped
# (a failed typecheck counts as one more failure). Exit code non-zero on any failure.
# Extra arguments go to `vitest run` (e.g. `npm test -- packages/core`).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

SUMMARY_FILE="$KPSS_TMP/test-summary.txt"   # written by the reporter: "passed failed skipped"
RESULT_FILE="$KPSS_TMP/test-result.txt"     # the final line, read by .ci/run
rm -f "$SUMMARY_FILE" "$RESULT_FILE"
export KPSS_TEST_SUMMARY_FILE="$SUMMARY_FILE"

finish() { # $1 = exit code; prints the closing line last, after PostgreSQL is stopped
  local rc="$1" passed=0 failed=0 skipped=0
  trap - EXIT INT TERM
  stop_postgres
  if [ -s "$SUMMARY_FILE" ]; then read -r passed failed skipped <"$SUMMARY_FILE"; fi
  if [ "${TYPECHECK_RC:-0}" -ne 0 ]; then failed=$((failed + 1)); fi
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  if [ "$failed" -ne 0 ] && [ "$rc" -eq 0 ]; then rc=1; fi
  local line="$passed passed, $failed failed, $skipped skipped"
  printf '%s\n' "$line" >"$RESULT_FILE"
  printf '\n%s\n' "$line"
  exit "$rc"
}
trap 'finish $?' EXIT
trap 'log "interrupted"; finish 130' INT
trap 'log "terminated"; finish 143' TERM

timed install install_deps || exit 1
timed build build_packages || { log "build failed"; exit 1; }
ensure_chromium
ensure_poppler
timed postgres start_postgres || exit 1

TYPECHECK_RC=0
timed typecheck pnpm run typecheck </dev/null || { TYPECHECK_RC=$?; log "typecheck failed"; }

TEST_RC=0
timed tests pnpm exec vitest run --reporter=default --reporter=./scripts/vitest-summary-reporter.mjs "$@" </dev/null \
  || TEST_RC=$?

if [ "$TEST_RC" -ne 0 ]; then exit "$TEST_RC"; fi
exit "$TYPECHECK_RC"
