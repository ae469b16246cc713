#!/bin/sh
# expect-exit.sh STATUS COMMAND [ARG...] — runs COMMAND (its output passes through) and succeeds
# only if it exits with exactly STATUS. lit's `not` accepts any failure; tests of minicc's exit
# codes (1 user error, 4 internal error) need the exact value. Used as %expect-exit in lit.
expected=$1
shift
"$@"
status=$?
if [ "$status" -ne "$expected" ]; then
  echo "expect-exit: '$1' exited with status $status, expected $expected" >&2
  exit 1
fi
exit 0
