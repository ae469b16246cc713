#!/usr/bin/env python3
"""Random integer expressions, compiled by gcc and by the compiler under test, must print the
same values.

Each generated function takes 1-4 parameters of random integer types, computes random
expressions over them (every unary and binary operator, casts, ?:, comma, compound assignment
and ++/-- on a local of a random type) and returns one; main calls every function with several
argument vectors (edge values often) and prints the results. Undefined behaviour (signed
overflow, bad shifts, division by zero) is removed by construction where cheap and otherwise by
building the program with gcc's UBSan and dropping every function it reports, until none is
left; clang's UBSan is consulted too, and functions on which gcc and clang disagree (a folder
may hide an overflow from the sanitizer) are dropped as well. Then gcc -O0's output is the expected output, and any function whose lines differ in the
compiler under test's output is printed as a reproducer.

  tests/run/expr_fuzz.py --seed 1 --functions 300 --compiler build/driver/minicc
Exit status 1 if any function's results differ (or the compiler under test fails).
"""

import argparse
import os
import random
import re
import shlex
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "abi"))
from abi_types import INTEGER_TYPES  # noqa: E402  (the same integer table as the ABI tests)

BINARY = ["+", "-", "*", "/", "%", "<<", ">>", "&", "|", "^", "<", "<=", ">", ">=", "==", "!=",
          "&&", "||"]
UNARY = ["-", "~", "!", "+"]
COMPOUND = ["+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="]


class Generator:
    def __init__(self, rng):
        self.rng = rng

    def type(self):
        return self.rng.choice(INTEGER_TYPES)

    def constant(self):
        t = self.type()
        return t.literal(t.random_value(self.rng))

    def expr(self, names, depth):
        r = self.rng.random()
        if depth <= 0 or r < 0.2:
            return self.rng.choice(names) if self.rng.random() < 0.7 else self.constant()
        if r < 0.3:
            return f"({self.rng.choice(UNARY)}{self.expr(names, depth - 1)})"
        if r < 0.42:
            return f"(({self.type().spelling}){self.expr(names, depth - 1)})"
        if r < 0.5:
            return (f"({self.expr(names, depth - 1)} ? {self.expr(names, depth - 1)} : "
                    f"{self.expr(names, depth - 1)})")
        op = self.rng.choice(BINARY)
        left, right = self.expr(names, depth - 1), self.expr(names, depth - 1)
        return f"({left} {op} {self.guard(op, right)})"

    def guard(self, op, right):
        """The right operand of `op`, made safe where a bad value would trap or always be UB."""
        if op in ("<<", ">>", "<<=", ">>="):
            # Keep the count in range for any promoted left operand; UBSan drops the rest.
            return f"(({right}) & {self.rng.choice([7, 15, 31])})"
        if op in ("/", "%", "/=", "%="):
            # Division by 0 and MIN / -1 trap even under UBSan's recovery: avoid both here.
            return f"(({right}) == 0 || ({right}) == -1 ? 7 : ({right}))"
        return right

    def function(self, k):
        params = [(self.type(), f"p{i}") for i in range(self.rng.randint(1, 4))]
        names = [n for _, n in params]
        local_type = self.type()
        ret = self.type()
        body = [f"  {local_type.spelling} v = {self.expr(names, 3)};"]
        names = names + ["v"]
        for _ in range(self.rng.randint(0, 3)):
            kind = self.rng.random()
            if kind < 0.6:
                op = self.rng.choice(COMPOUND)
                body.append(f"  v {op} {self.guard(op, self.expr(names, 2))};")
            elif kind < 0.8:
                body.append(f"  {self.rng.choice(['v++', 'v--', '++v', '--v'])};")
            else:
                body.append(f"  v = ({self.expr(names, 1)}, {self.expr(names, 2)});")
        body.append(f"  return {self.expr(names, 3)};")
        decl = ", ".join(f"{t.spelling} {n}" for t, n in params)
        return params, ret, f"{ret.spelling} f{k}({decl}) {{\n" + "\n".join(body) + "\n}\n"


def make_program(seed, count, vectors):
    rng = random.Random(f"expr:{seed}")
    gen = Generator(rng)
    functions = {}
    for k in range(count):
        params, ret, text = gen.function(k)
        calls = [", ".join(t.literal(t.random_value(rng)) for t, _ in params)
                 for _ in range(vectors)]
        functions[k] = (ret, text, calls)
    return functions


def render(functions):
    """The program text and, per function, the range of lines it occupies."""
    lines = ["int printf(const char *, ...);"]
    spans = {}
    for k, (ret, text, calls) in functions.items():
        start = len(lines) + 1
        lines.extend(text.rstrip("\n").split("\n"))
        spans[k] = (start, len(lines))
    lines.append("int main(void) {")
    for k, (ret, text, calls) in functions.items():
        for v, args in enumerate(calls):
            start = len(lines) + 1
            cast, fmt = ("long long", "%lld") if ret.signed else ("unsigned long long", "%llu")
            lines.append(f'  printf("f{k}.{v} {fmt}\\n", ({cast})f{k}({args}));')
            spans[k] = spans[k] + ((start, start),)
    lines.append("  return 0;\n}")
    return "\n".join(lines) + "\n", spans


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace", **kw)


def owner(spans, line):
    for k, (start, end, *calls) in spans.items():
        if start <= line <= end or any(a <= line <= b for a, b in calls):
            return k
    return None


def ubsan_reports(functions, workdir, compiler):
    """The functions a UBSan build by `compiler` reports for any of their argument vectors."""
    text, spans = render(functions)
    src = os.path.join(workdir, "ub.c")
    with open(src, "w") as f:
        f.write(text)
    exe = os.path.join(workdir, "ub")
    p = run(compiler + ["-w", "-fsanitize=undefined", "-fsanitize-recover=all", src, "-o", exe])
    if p.returncode != 0:
        sys.exit(f"reference build failed:\n{p.stderr[:2000]}")
    p = run([exe], timeout=60)
    bad = {owner(spans, int(m.group(1)))
           for m in re.finditer(r"ub\.c:(\d+):\d+: runtime error", p.stderr)}
    bad.discard(None)
    # An undefined operation may still trap after its report (a division whose divisor
    # overflowed to 0): dropping what was reported before the trap lets the next round go on.
    if p.returncode != 0 and not bad:
        sys.exit(f"the UBSan build exited with status {p.returncode}:\n{p.stderr[-2000:]}")
    return bad


def disagreeing(functions, workdir, compilers):
    """Functions whose results differ between the reference compilers: undefined behaviour
    that a sanitizer missed because a folder removed the offending operation."""
    text, _ = render(functions)
    src = os.path.join(workdir, "cross.c")
    with open(src, "w") as f:
        f.write(text)
    outputs = []
    for n, compiler in enumerate(compilers):
        exe = os.path.join(workdir, f"cross{n}")
        if run(compiler + ["-w", "-O0", src, "-o", exe]).returncode != 0:
            sys.exit(f"reference build with {compiler[0]} failed")
        outputs.append(run([exe], timeout=60).stdout.splitlines())
    return {int(re.match(r"f(\d+)\.", a).group(1))
            for a, b in zip(outputs[0], outputs[1]) if a != b}


def remove_undefined(functions, workdir, cc):
    """Drops functions that gcc's or clang's UBSan reports for any of their argument vectors, or
    whose results gcc and clang disagree on, until none is left."""
    compilers = [cc] + ([["clang"]] if cc[0] != "clang" and run(["which", "clang"]).returncode == 0
                        else [])
    for _ in range(10):
        bad = set()
        for compiler in compilers:
            bad |= ubsan_reports(functions, workdir, compiler)
        if not bad and len(compilers) > 1:
            bad = disagreeing(functions, workdir, compilers)
        if not bad:
            return functions
        functions = {k: v for k, v in functions.items() if k not in bad}
    sys.exit("could not remove undefined behaviour")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--functions", type=int, default=300)
    ap.add_argument("--vectors", type=int, default=6, help="argument vectors per function")
    ap.add_argument("--compiler", default=os.environ.get("MINICC", "minicc"))
    ap.add_argument("--cc", default="gcc", help="reference compiler")
    ap.add_argument("--workdir", help="where the sources and binaries go (default: a directory "
                    "under $TMPDIR named after the seed)")
    ap.add_argument("--show", type=int, default=5)
    args = ap.parse_args()
    if not args.workdir:
        args.workdir = os.path.join(tempfile.gettempdir(), f"minicc-expr-fuzz-{args.seed}")
    os.makedirs(args.workdir, exist_ok=True)
    cut, cc = shlex.split(args.compiler), shlex.split(args.cc)

    functions = remove_undefined(make_program(args.seed, args.functions, args.vectors),
                                 args.workdir, cc)
    text, spans = render(functions)
    src = os.path.join(args.workdir, "expr.c")
    with open(src, "w") as f:
        f.write(text)
    outputs = {}
    for name, compiler in (("expected", cc + ["-w", "-O0"]), ("cut", cut)):
        exe = os.path.join(args.workdir, name)
        p = run(compiler + [src, "-o", exe])
        if p.returncode != 0:
            print(f"{' '.join(compiler)} failed to build {src}:\n{p.stdout}{p.stderr}"[:3000])
            return 1
        p = run([exe], timeout=60)
        if p.returncode != 0:
            print(f"{name} build exited with status {p.returncode}")
        outputs[name] = p.stdout.splitlines()
    wrong = sorted({int(re.match(r"f(\d+)\.", e).group(1))
                    for e, c in zip(outputs["expected"], outputs["cut"]) if e != c})
    if len(outputs["expected"]) != len(outputs["cut"]):
        print(f"output lengths differ: {len(outputs['expected'])} vs {len(outputs['cut'])}")
    total = len(functions)
    print(f"seed {args.seed}: {total} functions ({args.functions - total} dropped for undefined "
          f"behaviour), {total - len(wrong)} agree, {len(wrong)} differ"
          + (": " + " ".join(map(str, wrong)) if wrong else ""))
    expected = dict(line.split(" ", 1) for line in outputs["expected"])
    got = dict(line.split(" ", 1) for line in outputs["cut"] if " " in line)
    for k in wrong[:args.show]:
        print(f"\n{functions[k][1]}", end="")
        for v, call in enumerate(functions[k][2]):
            key = f"f{k}.{v}"
            mark = "" if expected.get(key) == got.get(key) else "   <-- differs"
            print(f"  f{k}({call}): expected {expected.get(key)}, got {got.get(key)}{mark}")
    ok = not wrong and len(outputs["expected"]) == len(outputs["cut"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
