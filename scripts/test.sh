#!/usr/bin/env bash
# scripts/test.sh — the one command that checks everything: installs missing dependencies,
# builds, runs every test layer through CTest (unit, lit golden/diagnostics/driver tests,
# execution tests, ABI tests) two at a time, prints a summary and exits non-zero on any failure.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${MINICC_BUILD_DIR:-$root/build}
log=$build/test-output.log

"$root/scripts/build.sh"

# Full output to the log (each line prefixed by its test's number), progress to the terminal.
echo "== Running the tests (full output: $log)"
status=0
ctest --test-dir "$build" -j "${MINICC_JOBS:-2}" -V >"$log" 2>&1 || status=$?
grep -E '^ *[0-9]+/[0-9]+ Test +#' "$log" || true

# Failing layers: their whole output.
for number in $(sed -nE 's/^ *[0-9]+\/[0-9]+ Test +#([0-9]+): .*(Failed|Timeout|Not Run|Exception).*/\1/p' "$log"); do
  echo
  echo "== Output of failing test #$number"
  grep -E "^$number: " "$log" | cut -d' ' -f2-
done

# The per-layer counts that GoogleTest and lit print (CTest counts layers, not tests).
echo
echo "== Summary"
awk '
  match($0, /^ *Start +[0-9]+: /) {
    split(substr($0, RSTART, RLENGTH), parts, /[ :]+/); n = parts[3]
    name[n] = substr($0, RSTART + RLENGTH)
  }
  match($0, /^[0-9]+: /) {
    n = substr($0, 1, RLENGTH - 2); text = substr($0, RLENGTH + 1)
    if (text ~ /^\[  PASSED  \] [0-9]+ test/) { split(text, w, " "); printf "  %-8s %s passed\n", name[n], w[4] }
    if (text ~ /^\[  FAILED  \] [0-9]+ test/) { split(text, w, " "); printf "  %-8s %s FAILED\n", name[n], w[4] }
    if (text ~ /^  (Passed|Failed|Unresolved|Timed Out|Unsupported|Expectedly Failed|Unexpectedly Passed|Excluded) *: *[0-9]+/) {
      sub(/^ +/, "", text); printf "  %-8s %s\n", name[n], text
    }
  }
  /^[0-9]+% tests passed/ { print "  " $0 }
' "$log"
exit "$status"
