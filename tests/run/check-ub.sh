#!/bin/sh
# Proves the execution tests are defined C: runs the lit suite twice with sanitizing compilers
# standing in for both gcc and minicc -- gcc with ASan+UBSan, then clang with UBSan -- so any
# undefined behaviour or memory error in a test makes it fail (-fno-sanitize-recover).
# Usage: tests/run/check-ub.sh [build-dir] [lit args, e.g. a test path filter]
set -eu
build=${1:-build}
[ $# -gt 0 ] && shift
lit="python3 /usr/lib/llvm-14/build/utils/lit/lit.py"
status=0
for cc in "gcc -g -fsanitize=undefined,address -fno-sanitize-recover=all" \
          "clang -g -fsanitize=undefined -fno-sanitize-recover=all"; do
  echo "== cc and minicc = $cc"
  $lit -s "$build/tests/run" --param cc="$cc" --param minicc="$cc" "$@" || status=1
done
exit $status
