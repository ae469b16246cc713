#!/bin/sh
# Fuzzes the lexer and parser with libFuzzer under ASan and UBSan.
#   tests/fuzz/run-parser-fuzz.sh BUILD_DIR [SECONDS] [CORPUS_DIR...]
# BUILD_DIR is a configured minicc build (it holds the re2c/Bison outputs). Seeds default to the
# syntax-error tests; crashes are written to the current directory as crash-*.
set -eu
build=$1
seconds=${2:-300}
shift $(( $# < 2 ? $# : 2 ))
root=$(cd "$(dirname "$0")/../.." && pwd)
gen=$build/frontend/generated
ninja -C "$build" minicc_frontend >/dev/null
work=$(mktemp -d)
clang++-14 -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -I"$root" -I"$gen" "$root/tests/fuzz/ParserFuzz.cpp" "$gen/frontend/Lexer.cpp" \
  "$gen/frontend/Parser.cpp" "$root/frontend/ParserSupport.cpp" "$root/frontend/ParserBuild.cpp" \
  "$root/frontend/SyntaxErrors.cpp" "$root/frontend/LiteralParser.cpp" \
  "$root/frontend/Parse.cpp" "$root/frontend/AstPrinter.cpp" "$root/ir/Diagnostics.cpp" \
  -o "$work/parser-fuzz"
mkdir -p "$work/corpus"
cp "$root"/tests/lit/errors/*.c "$work/corpus/"
exec "$work/parser-fuzz" -max_len=12000 -timeout=5 -max_total_time="$seconds" \
  -print_final_stats=1 "$work/corpus" "$@"
