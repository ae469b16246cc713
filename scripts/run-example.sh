#!/bin/sh
# scripts/run-example.sh — the main job: builds minicc, then compiles and runs the examples with
# it exactly as a user would (examples/hello.c, examples/qsort.c, examples/mixed/).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${MINICC_BUILD_DIR:-$root/build}
"$root/scripts/build.sh" >/dev/null

minicc=$build/driver/minicc
out=$(mktemp -d "${TMPDIR:-/tmp}/minicc-examples.XXXXXX")
trap 'rm -rf "$out"' EXIT

run() {
  echo "\$ $*"
  "$@"
}

echo "== hello.c: printf through <stdio.h>"
run "$minicc" "$root/examples/hello.c" -o "$out/hello"
run "$out/hello"

echo
echo "== qsort.c: glibc's qsort calling a comparator compiled by minicc"
run "$minicc" -O1 "$root/examples/qsort.c" -o "$out/qsort"
run "$out/qsort"

echo
echo "== mixed/: a minicc object and a gcc object calling each other"
run gcc -O2 -c "$root/examples/mixed/vector_gcc.c" -o "$out/vector_gcc.o"
run "$minicc" -c "$root/examples/mixed/main.c" -o "$out/main.o"
run "$minicc" "$out/main.o" "$out/vector_gcc.o" -o "$out/mixed"
run "$out/mixed"
