#!/usr/bin/env bash
# tests/lua/run.sh: builds the Lua interpreter twice from a Lua source checkout — with the
# reference compiler (gcc -O0) and with minicc — through Lua's own makefile, runs the same test
# scripts from its suite (testes/) with both, and reports per script whether each build passed
# and whether they agree. Exit status: 0 when minicc's build passes every script gcc's build
# passes, 1 when it does not, 2 on a usage or build-setup error, 77 ("skipped", CTest's
# SKIP_RETURN_CODE) with --if-present when no Lua source is available.
#
# Usage: tests/lua/run.sh [options] [LUA_SOURCE_DIR]
#   LUA_SOURCE_DIR  a Lua 5.4 development checkout (the makefile and l*.c at its top, the
#                   suite in testes/). Default: $MINICC_LUA_SRC, then /work/ext/lua.
#   --if-present    exit 77 with "skipped" instead of failing when there is no source (CTest)
#   --internal      build with Lua's internal test library (ltests.h: the T table, which
#                   enables api.lua and code.lua's opcode checks, plus lua_assert everywhere)
#   --soft          set _soft (skip the long and memory-hungry parts, as the suite documents)
#   --port          set _port (skip the non-portable parts)
#   --all           also run testes/all.lua (the whole suite in one process; ~2 min per build)
#   --tests "a.lua b.lua"   run only these files of testes/
#   --minicc-flags "..."    minicc's optimisation flags (default -O0)
#   --ref-flags "..."       the reference build's optimisation flags (default -O0)
#   --cflags "..."  more flags for both builds, e.g. Lua's own test switches
#                   "-DHARDSTACKTESTS -DLUAI_ASSERT" (see the comments in its makefile)
#   --jobs N        make -j (default 2)
#   --timeout S     seconds per script and attempt (default 600)
#   --retries N     rerun a failing (not timed-out) script up to N more times (default 2):
#                   main.lua's Ctrl-C tests race between a background interpreter and the
#                   shell's `echo $!`; a script that passed only on a rerun is reported "flaky"
#   --workdir DIR   scratch directory (default: a new one under $TMPDIR); kept with --keep
#                   or when something failed
#   --keep          keep the scratch directory
# Environment: MINICC (the compiler under test, default <repo>/build/driver/minicc),
# REF_CC (default gcc), MINICC_LUA_SRC (the default source directory).
#
# Lua's sources are copied into the scratch directory and never modified in place.
set -u

script_dir=$(cd "$(dirname "$0")" && pwd)
repo_dir=$(cd "$script_dir/../.." && pwd)
minicc=${MINICC:-$repo_dir/build/driver/minicc}
ref_cc=${REF_CC:-gcc}
if_present=0 internal=0 soft=0 port=0 with_all=0 keep=0
tests="" minicc_flags="-O0" ref_flags="-O0" extra_cflags="" jobs=2 timeout_s=600 retries=2 workdir="" src=""

usage() { sed -n '2,/^# Lua.s sources/p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

while [ $# -gt 0 ]; do
  case $1 in
    --if-present) if_present=1 ;;
    --internal) internal=1 ;;
    --soft) soft=1 ;;
    --port) port=1 ;;
    --all) with_all=1 ;;
    --keep) keep=1 ;;
    --tests) tests=$2; shift ;;
    --minicc-flags) minicc_flags=$2; shift ;;
    --ref-flags) ref_flags=$2; shift ;;
    --cflags) extra_cflags=$2; shift ;;
    --jobs) jobs=$2; shift ;;
    --timeout) timeout_s=$2; shift ;;
    --retries) retries=$2; shift ;;
    --workdir) workdir=$2; shift ;;
    -h|--help) usage ;;
    -*) echo "run.sh: unknown option '$1'" >&2; usage ;;
    *) src=$1 ;;
  esac
  shift
done

# --- the source ------------------------------------------------------------------------------
if [ -z "$src" ]; then
  if [ -n "${MINICC_LUA_SRC:-}" ]; then src=$MINICC_LUA_SRC
  elif [ -d /work/ext/lua ]; then src=/work/ext/lua
  fi
fi
if [ -z "$src" ] || [ ! -f "$src/lapi.c" ] || [ ! -f "$src/makefile" ] || [ ! -d "$src/testes" ]; then
  reason="no Lua source checkout (makefile, lapi.c, testes/) at '${src:-<unset>}'; set MINICC_LUA_SRC or pass LUA_SOURCE_DIR"
  if [ $if_present = 1 ]; then echo "lua: skipped ($reason)"; exit 77; fi
  echo "run.sh: $reason" >&2
  exit 2
fi
src=$(cd "$src" && pwd)
if [ ! -x "$minicc" ]; then echo "run.sh: minicc not found at '$minicc' (set MINICC)" >&2; exit 2; fi
command -v "$ref_cc" >/dev/null || { echo "run.sh: reference compiler '$ref_cc' not found" >&2; exit 2; }

# The scripts, in all.lua's order (heavy.lua, tracegc.lua and bwcoercion.lua are not tests of
# their own: all.lua does not run them).
default_tests="main.lua gc.lua db.lua calls.lua strings.lua literals.lua tpack.lua attrib.lua
  gengc.lua locals.lua constructs.lua code.lua big.lua cstack.lua nextvar.lua pm.lua utf8.lua
  api.lua events.lua vararg.lua closure.lua coroutine.lua goto.lua errors.lua math.lua sort.lua
  bitwise.lua verybig.lua files.lua"
tests=${tests:-$default_tests}
[ $with_all = 1 ] && tests="$tests all.lua"

if [ -z "$workdir" ]; then workdir=$(mktemp -d "${TMPDIR:-/tmp}/minicc-lua.XXXXXX"); fi
mkdir -p "$workdir" || exit 2
workdir=$(cd "$workdir" && pwd)

# --- building --------------------------------------------------------------------------------
# Lua's makefile with its settings replaced where they are machine- or compiler-specific: no
# -march=native, the build's own optimisation level, -Wall kept. readline only when its header
# is installed (main.lua's interactive-prompt tests expect it; both builds get the same).
readline_defs="" readline_libs=""
if echo '#include <readline/readline.h>' | "$ref_cc" -E -x c - >/dev/null 2>&1; then
  readline_defs="-DLUA_USE_READLINE" readline_libs="-lreadline"
fi
tests_defs=""
[ $internal = 1 ] && tests_defs="-DLUA_USER_H='\"ltests.h\"'"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# build NAME CC FLAGS: copies the source to $workdir/NAME and builds lua and testes/libs/*.so.
build() {
  local name=$1 cc=$2 flags=$3 dir=$workdir/$1
  rm -rf "$dir" && mkdir -p "$dir"
  (cd "$src" && tar --exclude=.git -cf - .) | tar -xf - -C "$dir" || return 1
  rm -f "$dir/all" "$dir"/*.o "$dir/liblua.a" "$dir/lua"
  local start=$(now)
  make -C "$dir" -j"$jobs" CC="$cc" \
    CFLAGS="-Wall $flags -std=c99 -DLUA_USE_LINUX $readline_defs $tests_defs $extra_cflags -fno-stack-protector -fno-common" \
    MYCFLAGS="" MYLDFLAGS="-Wl,-E" MYLIBS="-ldl $readline_libs" lua >"$workdir/$name-build.log" 2>&1
  local status=$?
  eval "build_time_$name=$(elapsed "$start" "$(now)")"
  # The C libraries attrib.lua and main.lua load with require/package.loadlib.
  make -C "$dir/testes/libs" CC="$cc" CFLAGS="-Wall -std=gnu99 $flags -I../.. -fPIC -shared" \
    >>"$workdir/$name-build.log" 2>&1 || status=1
  return $status
}

warning_count() { grep -c ': warning:' "$workdir/$1-build.log"; }

status_ok=1
for b in ref minicc; do
  if [ $b = ref ]; then cc=$ref_cc flags=$ref_flags; else cc=$minicc flags=$minicc_flags; fi
  if ! build $b "$cc" "$flags"; then
    echo "run.sh: the $b build ($cc $flags) failed; log: $workdir/$b-build.log" >&2
    tail -20 "$workdir/$b-build.log" >&2
    status_ok=0
  fi
done
if [ $status_ok = 0 ]; then exit 1; fi

# --- running ---------------------------------------------------------------------------------
settings=""
[ $soft = 1 ] && settings="${settings}_soft=true;"
[ $port = 1 ] && settings="${settings}_port=true;"

# run_script BUILD FILE: prints pass / fail / timeout / crash for one attempt. Standard input is
# an empty pipe (files.lua checks that seeking stdin fails).
run_script() {
  local dir=$workdir/$1/testes file=$2 log=$workdir/$1-logs/$2.log status
  mkdir -p "$workdir/$1-logs"
  local args=("$script_dir/runone.lua" "$file")
  [ "$file" = all.lua ] && args=(all.lua)
  # Each run gets its own session, killed afterwards: main.lua starts background interpreters in
  # endless loops and stops them with SIGINT, which a loaded machine can deliver before their
  # handler is installed (background jobs inherit SIGINT ignored), leaving them spinning.
  local session=$workdir/$1-logs/$2.sid
  (cd "$dir" && : | setsid --wait sh -c 'echo $$ >"$0"; exec "$@"' "$session" \
    timeout -k 10 "$timeout_s" ../lua -e "$settings" "${args[@]}") >"$log" 2>&1
  status=$?
  [ -s "$session" ] && pkill -KILL -s "$(cat "$session")" 2>/dev/null
  rm -f "$session"
  if [ $status = 0 ]; then echo pass
  elif [ $status = 124 ] || [ $status = 137 ]; then echo timeout
  elif [ $status -gt 128 ]; then echo "crash(signal $((status - 128)))"
  else echo fail
  fi
}

# run_with_retries BUILD FILE: pass, flaky (passed on a rerun) or the last failure.
run_with_retries() {
  local result attempt=0
  result=$(run_script "$1" "$2")
  # A timeout is not retried: it would only cost another --timeout.
  while [ "$result" != pass ] && [ "$result" != timeout ] && [ $attempt -lt "$retries" ]; do
    attempt=$((attempt + 1))
    cp "$workdir/$1-logs/$2.log" "$workdir/$1-logs/$2.attempt$attempt.log"
    result=$(run_script "$1" "$2")
    [ "$result" = pass ] && result=flaky
  done
  echo "$result"
}

passed() { [ "$1" = pass ] || [ "$1" = flaky ]; }

echo "Lua source: $src"
echo "reference:  $ref_cc $ref_flags (build ${build_time_ref}s, $(warning_count ref) warnings)"
echo "minicc:     $minicc $minicc_flags (build ${build_time_minicc}s, $(warning_count minicc) warnings)"
echo "settings:   internal tests=$([ $internal = 1 ] && echo on || echo off) ${settings:-(none)} ${extra_cflags}"
echo "scratch:    $workdir"
printf '%-16s %-18s %-18s %s\n' script reference minicc verdict
n=0 ref_pass=0 minicc_pass=0 regressions="" time_ref=0 time_minicc=0
for file in $tests; do
  n=$((n + 1))
  t0=$(now); r=$(run_with_retries ref "$file"); t1=$(now)
  m=$(run_with_retries minicc "$file"); t2=$(now)
  time_ref=$(awk -v s="$time_ref" -v d="$(elapsed "$t0" "$t1")" 'BEGIN { print s + d }')
  time_minicc=$(awk -v s="$time_minicc" -v d="$(elapsed "$t1" "$t2")" 'BEGIN { print s + d }')
  passed "$r" && ref_pass=$((ref_pass + 1))
  passed "$m" && minicc_pass=$((minicc_pass + 1))
  if passed "$r" && ! passed "$m"; then verdict="MINICC FAILS"; regressions="$regressions $file"
  elif ! passed "$r" && passed "$m"; then verdict="differ (only minicc passes)"
  else verdict=agree
  fi
  printf '%-16s %-18s %-18s %s\n' "$file" "$r ($(elapsed "$t0" "$t1")s)" "$m ($(elapsed "$t1" "$t2")s)" "$verdict"
done
echo "$n scripts: reference passes $ref_pass (${time_ref}s), minicc passes $minicc_pass (${time_minicc}s)"
if [ -n "$regressions" ]; then
  echo "FAIL: minicc's build fails what the reference build passes:$regressions"
  echo "logs: $workdir/minicc-logs/"
  exit 1
fi
echo "OK: minicc's build passes every script the reference build passes"
[ $keep = 0 ] && rm -rf "$workdir"
exit 0
