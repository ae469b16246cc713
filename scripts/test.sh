#!/bin/sh
# scripts/test.sh — the one command that checks everything: installs missing dependencies,
# builds, runs every test layer through CTest (unit, lit golden/diagnostics/driver tests,
# execution tests, ABI tests) two at a time, prints a summary and exits non-zero on any failure.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${MINICC_BUILD_DIR:-$root/build}
log=$build/test-output.log

"$root/scripts/build.sh"

status=0
ctest --test-dir "$build" -j "${MINICC_JOBS:-2}" --output-on-failure --output-log "$log" ||
  status=$?

# The per-layer counts that GoogleTest and lit print (CTest itself counts layers, not tests).
echo
echo "== Summary (full log: $log)"
awk '
  /^ *[0-9]+\/[0-9]+ Test: / { layer = $NF }
  /^\[  PASSED  \] [0-9]+ test/ { printf "  %-6s %s tests passed\n", layer, $4 }
  /^\[  FAILED  \] [0-9]+ test/ { printf "  %-6s %s tests FAILED\n", layer, $4 }
  /^  (Passed|Failed|Unresolved|Timed Out|Unsupported|Expectedly Failed|Unexpectedly Passed) *: *[0-9]+/ {
    line = $0; sub(/^ +/, "", line); printf "  %-6s %s\n", layer, line
  }
  /^[0-9]+% tests passed/ { print "  " $0 }
' "$log"
exit "$status"
