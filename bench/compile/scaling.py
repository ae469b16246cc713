#!/usr/bin/env python3
"""Compile-time scaling of minicc: how the instructions minicc itself executes grow with the
size of the function it compiles. The register allocator (docs/regalloc.md) promises cost
near-linear in function size; this measures it instead of asserting it in a test.

For each size N it generates one C function of N blocks, each holding 8 values live at once
plus a branch (the shape that stresses liveness and allocation), compiles it with
`minicc -S` under `valgrind --tool=callgrind`, and prints the total instruction count (Ir),
Ir per block, and the growth relative to the previous size. Per-block cost that stays roughly
flat as N grows is linear behaviour; per-block cost that grows with N is not.

Usage: bench/compile/scaling.py [--minicc PATH] [--sizes 250,500,1000,2000,4000] [-O LEVEL]
Never fails on a number; exits non-zero only if minicc fails to compile a generated file.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def generate(blocks):
    lines = ["long big(long acc) {"]
    for i in range(blocks):
        names = [f"v{i}_{k}" for k in range(8)]
        for k, n in enumerate(names):
            lines.append(f"  long {n} = acc + {k};")
        for n in names:
            lines.append(f"  acc ^= {n};")
        lines.append(f"  if (acc < {i}) acc += 1;")
    lines.append("  return acc;")
    lines.append("}")
    return "\n".join(lines) + "\n"


def instructions(minicc, source, opt, workdir):
    out_file = os.path.join(workdir, "callgrind.out")
    cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}",
           minicc, f"-O{opt}", "-S", source, "-o", os.devnull]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise SystemExit(f"minicc failed on {source}")
    match = re.search(r"Collected\s*:\s*(\d+)", result.stderr)
    return int(match.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minicc", default=os.path.join(ROOT, "build", "driver", "minicc"))
    parser.add_argument("--sizes", default="250,500,1000,2000,4000")
    parser.add_argument("-O", dest="opt", default="0")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'blocks':>8} {'Ir':>15} {'Ir/block':>10} {'growth':>8}")
    previous = None
    with tempfile.TemporaryDirectory() as workdir:
        for n in sizes:
            source = os.path.join(workdir, f"big{n}.c")
            with open(source, "w") as f:
                f.write(generate(n))
            ir = instructions(args.minicc, source, args.opt, workdir)
            growth = f"{ir / previous[1] / (n / previous[0]):.2f}" if previous else "-"
            print(f"{n:>8} {ir:>15,} {ir // n:>10,} {growth:>8}")
            previous = (n, ir)
    print("growth = (Ir ratio) / (size ratio) to the previous row; 1.00 is linear.")


if __name__ == "__main__":
    main()
