#!/usr/bin/env bash
# tests/cjson/run.sh: builds cJSON (a real C library with a Unity test suite, outside the
# repository) through its own CMake build twice — with gcc -O0 and with minicc — runs its CTest
# suite with both, and compares the output of its cJSON_test demo program.
# Exit status: 0 when minicc's build passes everything gcc's build passes, 1 when not, 2 on a
# setup error, 77 (CTest's skip) with --if-present when there is no cJSON source.
#
# Usage: tests/cjson/run.sh [--if-present] [--keep] [CJSON_SOURCE_DIR]
#   CJSON_SOURCE_DIR  a cJSON checkout (cJSON.c, CMakeLists.txt, tests/). Default:
#                     $MINICC_CJSON_SRC, then /work/ext/cjson.
# Environment: MINICC (default <repo>/build/driver/minicc).
#
# Unity (cJSON's test framework) makes setUp/tearDown weak with __attribute__((weak)) only
# under __GNUC__, which minicc does not define; both builds get -DUNITY_WEAK_PRAGMA, Unity's
# portable `#pragma weak` path.
set -u
script_dir=$(cd "$(dirname "$0")" && pwd)
repo_dir=$(cd "$script_dir/../.." && pwd)
minicc=${MINICC:-$repo_dir/build/driver/minicc}
if_present=0 keep=0 src=""
for arg in "$@"; do
  case "$arg" in
  --if-present) if_present=1 ;;
  --keep) keep=1 ;;
  -*) echo "usage: $0 [--if-present] [--keep] [CJSON_SOURCE_DIR]" >&2; exit 2 ;;
  *) src=$arg ;;
  esac
done
src=${src:-${MINICC_CJSON_SRC:-/work/ext/cjson}}
if [ ! -f "$src/cJSON.c" ] || [ ! -f "$src/CMakeLists.txt" ]; then
  if [ $if_present = 1 ]; then echo "skipped: no cJSON source at $src"; exit 77; fi
  echo "error: no cJSON source at $src" >&2
  exit 2
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/minicc-cjson.XXXXXX")
status=0
for build in gcc minicc; do
  cc=gcc
  [ $build = minicc ] && cc=$minicc
  if ! CC=$cc CFLAGS="-O0 -DUNITY_WEAK_PRAGMA" cmake -S "$src" -B "$work/$build" -G Ninja \
      -DENABLE_CJSON_TEST=On -DENABLE_CJSON_UTILS=On -DENABLE_CUSTOM_COMPILER_FLAGS=Off \
      >"$work/$build.configure.log" 2>&1; then
    echo "$build: configure failed (see $work/$build.configure.log)"; status=1; keep=1; continue
  fi
  start=$(date +%s.%N)
  if ! ninja -C "$work/$build" >"$work/$build.build.log" 2>&1; then
    echo "$build: build failed (see $work/$build.build.log)"; status=1; keep=1; continue
  fi
  seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  (cd "$work/$build" && ctest >"$work/$build.ctest.log" 2>&1)
  summary=$(grep -E "tests passed" "$work/$build.ctest.log")
  echo "$build: built in ${seconds}s; ctest: $summary"
  "$work/$build/cJSON_test" >"$work/$build.demo.out" 2>&1
done
if ! grep -q "100% tests passed" "$work/minicc.ctest.log" 2>/dev/null; then
  grep -q "100% tests passed" "$work/gcc.ctest.log" 2>/dev/null && status=1
fi
if ! cmp -s "$work/gcc.demo.out" "$work/minicc.demo.out"; then
  echo "cJSON_test prints something else when built by minicc"; status=1
fi
[ $status = 0 ] && echo "OK: minicc's cJSON passes its suite like gcc's"
if [ $keep = 1 ] || [ $status != 0 ]; then echo "kept: $work"; else rm -rf "$work"; fi
exit $status
