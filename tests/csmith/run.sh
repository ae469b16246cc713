#!/bin/sh
# Differential testing with csmith: tests/csmith/run.sh N SEED [--profile NAME] [options]
#
# Generates N csmith programs (deterministic for SEED), builds each with gcc -O0 and with
# minicc, runs both under a timeout and compares their checksums; prints
#   N programs: P pass, C compile-fail, W wrong-code, X crash, T timeout
# and keeps every failing program in tests/csmith/out/ (--out DIR) for tests/csmith/reduce.sh.
# minicc is build/driver/minicc, or $MINICC, or --minicc "CMD [options]".
# Profiles, narrowest first: int, pointers, structs, default (csmith's defaults), float, all,
# builtins.
# See tests/csmith/csmith_diff.py --help and docs/testing.md.
set -eu
if [ $# -lt 2 ]; then
    echo "usage: $0 N SEED [--profile int|pointers|structs|default|float|all|builtins] [--minicc CMD]" \
         "[--out DIR] [--timeout S] [-j N] [-v]" >&2
    exit 2
fi
exec python3 "$(dirname "$0")/csmith_diff.py" "$@"
