#!/usr/bin/env bash
# minicc's first benchmark: CPU-bound integer programs (bench/*.c), each printing a checksum,
# built with minicc, gcc -O0, gcc -O2, tcc and chibicc. Checks that all builds print the same
# output, then prints a table of instructions executed (valgrind --tool=callgrind, total Ir)
# with each compiler's ratio to gcc -O0 and gcc -O2 and the geometric mean over the programs.
#
# Usage: bench/run.sh [--minicc PATH] [--only NAME]...   (default: $MINICC or build/driver/minicc)
# A compiler that is not installed, or fails to build a program, is reported and skipped.
# Exit status: 1 if outputs disagree or minicc fails to build a program; never on a number.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
minicc=${MINICC:-$root/build/driver/minicc}
only=()
while [ $# -gt 0 ]; do
  case $1 in
  --minicc) minicc=$2; shift 2 ;;
  --only) only+=("$2"); shift 2 ;;
  -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
  *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
out=$here/out
rm -rf "$out"
mkdir -p "$out"

# Columns: a label and a compile command (the source and output are appended).
labels=("minicc" "gcc -O0" "gcc -O2" "tcc" "chibicc")
commands=("$minicc" "gcc -O0 -w" "gcc -O2 -w" "tcc -w" "chibicc")

programs=()
for src in "$here"/*.c; do
  name=$(basename "$src" .c)
  if [ ${#only[@]} -eq 0 ] || [[ " ${only[*]} " == *" $name "* ]]; then programs+=("$name"); fi
done

status=0
declare -A ir  # ir[program,column] = instruction count, or a note in parentheses
column_note=()
for c in "${!labels[@]}"; do
  read -r -a cmd <<< "${commands[$c]}"
  if ! command -v "${cmd[0]}" > /dev/null 2>&1; then
    column_note[$c]="not installed (${cmd[0]})"
    echo "skipping ${labels[$c]}: ${cmd[0]} not found" >&2
  fi
done

for p in "${programs[@]}"; do
  # gcc -O0's output is the expected output every build is compared with.
  reference=$out/$p.expected
  if ! gcc -O0 -w "$here/$p.c" -o "$out/$p.ref" || ! "$out/$p.ref" > "$reference"; then
    echo "$p: the reference build (gcc -O0) failed" >&2
    status=1
    continue
  fi
  for c in "${!labels[@]}"; do
    label=${labels[$c]}
    if [ -n "${column_note[$c]:-}" ]; then ir[$p,$c]="(skipped)"; continue; fi
    read -r -a cmd <<< "${commands[$c]}"
    exe=$out/$p.$c
    if ! "${cmd[@]}" "$here/$p.c" -o "$exe" > "$exe.build.log" 2>&1; then
      ir[$p,$c]="(build failed)"
      echo "$p: $label failed to build: $(head -c 300 "$exe.build.log")" >&2
      [ "$c" = 0 ] && status=1
      continue
    fi
    if ! "$exe" > "$exe.out" 2>&1; then
      ir[$p,$c]="(run failed)"
      echo "$p: $label's program exited with an error" >&2
      status=1
      continue
    fi
    if ! cmp -s "$reference" "$exe.out"; then
      ir[$p,$c]="(WRONG OUTPUT)"
      echo "$p: $label printed '$(head -c 200 "$exe.out")', expected '$(head -c 200 "$reference")'" >&2
      status=1
      continue
    fi
    count=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$exe" 2>&1 > /dev/null |
      sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')
    ir[$p,$c]=${count:-"(no count)"}
    echo "$p: $label $(cat "$exe.out") [${ir[$p,$c]} Ir]" >&2
  done
done

# The table: instruction counts in millions, then ratios to gcc -O0 and gcc -O2 (columns 1, 2).
{
  printf "instructions executed (callgrind Ir, millions)\n"
  printf "%-10s" "program"
  for c in "${!labels[@]}"; do printf " %14s" "${labels[$c]}"; done
  printf "\n"
  for p in "${programs[@]}"; do
    printf "%-10s" "$p"
    for c in "${!labels[@]}"; do
      v=${ir[$p,$c]}
      if [[ $v =~ ^[0-9]+$ ]]; then printf " %14.1f" "$(echo "$v / 1000000" | bc -l)"; else printf " %14s" "$v"; fi
    done
    printf "\n"
  done
  for base in 1 2; do
    printf "\nratio to %s (lower is better)\n%-10s" "${labels[$base]}" "program"
    for c in "${!labels[@]}"; do printf " %14s" "${labels[$c]}"; done
    printf "\n"
    declare -A logsum=() n=()
    for p in "${programs[@]}"; do
      printf "%-10s" "$p"
      b=${ir[$p,$base]}
      for c in "${!labels[@]}"; do
        v=${ir[$p,$c]}
        if [[ $v =~ ^[0-9]+$ && $b =~ ^[0-9]+$ ]]; then
          r=$(echo "$v / $b" | bc -l)
          printf " %14.3f" "$r"
          logsum[$c]=$(echo "${logsum[$c]:-0} + l($r)" | bc -l)
          n[$c]=$((${n[$c]:-0} + 1))
        else
          printf " %14s" "-"
        fi
      done
      printf "\n"
    done
    printf "%-10s" "geomean"
    for c in "${!labels[@]}"; do
      if [ "${n[$c]:-0}" -eq "${#programs[@]}" ]; then
        printf " %14.3f" "$(echo "e(${logsum[$c]} / ${n[$c]})" | bc -l)"
      elif [ "${n[$c]:-0}" -gt 0 ]; then
        printf " %13.3f*" "$(echo "e(${logsum[$c]} / ${n[$c]})" | bc -l)"
      else
        printf " %14s" "-"
      fi
    done
    printf "\n"
    unset logsum n
  done
  printf "\n* geometric mean over the programs that built and ran only\n"
  for c in "${!labels[@]}"; do
    [ -n "${column_note[$c]:-}" ] && printf "%s: %s\n" "${labels[$c]}" "${column_note[$c]}"
  done
  if [ $status -ne 0 ]; then printf "FAILED: outputs disagree, or minicc failed to build or run a program\n"; fi
} | tee "$out/table.txt"
exit $status
