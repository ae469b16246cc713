#!/usr/bin/env python3
"""Differential ABI test: random signatures called across two compilers, in both directions.

Cases 0..N-1 of a seed (see abi_gen.py) are built in batches. Each batch is linked twice:
  <cut> caller -> <ref> callee   caller.c by the compiler under test, callee.c by the reference
  <ref> caller -> <cut> callee   the other way round
with cases.c and harness.c always built by the reference compiler, and every case is run in its
own process. The reference side alternates between the --ref-opts levels batch by batch (gcc
-O2 keeps values in callee-saved registers across calls, so it checks that the callee preserves
them). Prints `N cases, P pass, F fail` per direction with the failing case ids; exits 1 if any
case failed.

  tests/abi/fuzz.py --count 300 --seed 1 --compiler build/driver/minicc
  tests/abi/fuzz.py --seed 1 --case 17 --compiler build/driver/minicc   # one case, kept files
  tests/abi/fuzz.py --count 2000 --seed 7 --compiler clang              # prove the harness

Only the Python 3 standard library is used.
"""

import argparse
import concurrent.futures
import os
import re
import shlex
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import abi_cases  # noqa: E402
import abi_gen  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def command(text):
    """A compiler command line; a relative program path is made absolute (builds run in
    their own directories)."""
    words = shlex.split(text)
    if os.sep in words[0]:
        words[0] = os.path.abspath(words[0])
    return words


class Config:
    def __init__(self, args):
        self.cut = command(args.compiler)
        self.ref = command(args.ref_cc)
        self.ref_opts = [o for o in args.ref_opts.split(",") if o]
        self.cut_name = os.path.basename(self.cut[0])
        self.ref_name = os.path.basename(self.ref[0])
        self.batch = args.batch
        self.seed = args.seed
        self.max_params = args.max_params
        if args.features == "auto":
            import probe
            args.features = ",".join(sorted(probe.supported(self.cut)))
        self.features = abi_cases.parse_features(args.features)
        self.cut_libs = shlex.split(args.cut_libs)
        self.verbose = args.verbose

    def directions(self):
        """(name, which file the compiler under test builds) for both directions."""
        return [(f"{self.cut_name} caller -> {self.ref_name} callee", "caller"),
                (f"{self.ref_name} caller -> {self.cut_name} callee", "callee")]


def run(cmd, cwd, timeout=300):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                           errors="replace")
        return p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return -1, f"timeout after {timeout}s: {' '.join(cmd)}"
    except OSError as e:
        return -1, f"cannot run {cmd[0]}: {e}"


class Unit:
    """A set of cases built and run together in one directory."""

    def __init__(self, cases, directory, ref_opt):
        self.cases = cases
        self.dir = directory
        self.ref_opt = ref_opt
        os.makedirs(directory, exist_ok=True)
        self.write("callee.c", abi_gen.emit_callee(cases))
        self.write("caller.c", abi_gen.emit_caller(cases))
        self.write("cases.c", abi_gen.emit_cases_table(cases))
        self.ref_objects = {}

    def write(self, name, text):
        with open(os.path.join(self.dir, name), "w") as f:
            f.write(text)

    def ref_object(self, cfg, name):
        """The reference compiler's object for `name`.c (built once per unit)."""
        if name not in self.ref_objects:
            cmd = cfg.ref + ["-w", self.ref_opt, "-c", f"{name}.c", "-o", f"{name}.ref.o"]
            self.ref_objects[name] = run(cmd, self.dir)
        return self.ref_objects[name]


def harness_object(cfg, workdir):
    obj = os.path.join(workdir, "harness.o")
    code, out = run(cfg.ref + ["-O1", "-c", os.path.join(HERE, "harness.c"), "-o", obj], workdir)
    if code != 0:
        sys.exit(f"cannot build the harness with {' '.join(cfg.ref)}:\n{out}")
    return obj


def run_direction(cfg, unit, side, harness, results):
    """Builds and runs one direction of a unit; on a compile failure of the compiler under
    test, bisects the unit so each case gets its own verdict. Fills results[id]."""
    other = "callee" if side == "caller" else "caller"
    cut_obj = f"{side}.cut.o"
    code, out = run(cfg.cut + ["-c", f"{side}.c", "-o", cut_obj], unit.dir)
    if code != 0:
        if len(unit.cases) == 1:
            results[unit.cases[0].id] = ("compile-fail", first_lines(out))
            return
        half = len(unit.cases) // 2
        for part, cases in (("a", unit.cases[:half]), ("b", unit.cases[half:])):
            sub = Unit(cases, os.path.join(unit.dir, f"{side}-part-{part}"), unit.ref_opt)
            run_direction(cfg, sub, side, harness, results)
        return
    for name in (other, "cases"):
        code, out = unit.ref_object(cfg, name)
        if code != 0:
            for case in unit.cases:
                results[case.id] = ("harness-error", f"reference build of {name}.c: {out}")
            return
    exe = f"test-{side}-cut"
    objs = [cut_obj, f"{other}.ref.o", "cases.ref.o", harness]
    code, out = run(cfg.ref + objs + cfg.cut_libs + ["-o", exe], unit.dir)
    if code != 0:
        for case in unit.cases:
            results[case.id] = ("link-fail", first_lines(out))
        return
    code, out = run([os.path.join(unit.dir, exe)], unit.dir, timeout=60 + 11 * len(unit.cases))
    parse_results(unit, out, results)


def parse_results(unit, output, results):
    messages = {}
    for line in output.splitlines():
        m = re.match(r"case (\d+) ", line)
        if m:
            messages.setdefault(int(m.group(1)), []).append(line)
    seen = set()
    for line in output.splitlines():
        m = re.match(r"RESULT (\d+) (\w+)(.*)", line)
        if m:
            k = int(m.group(1))
            seen.add(k)
            detail = "\n".join(messages.get(k, [])) or m.group(3).strip()
            results[k] = ("pass" if m.group(2) == "pass" else m.group(2), detail)
    for case in unit.cases:
        if case.id not in seen:
            results[case.id] = ("no-result", first_lines(output))


def first_lines(text, n=8):
    lines = text.strip().splitlines()
    return "\n".join(lines[:n] + (["..."] if len(lines) > n else []))


def probe_compiler(cfg, workdir):
    """None if the compiler under test compiles a trivial file, else its output."""
    src = os.path.join(workdir, "probe.c")
    with open(src, "w") as f:
        f.write("int abi_probe(int x) { return x + 1; }\n")
    code, out = run(cfg.cut + ["-c", "probe.c", "-o", "probe.o"], workdir)
    return None if code == 0 else first_lines(out)


def run_all(cfg, ids, workdir, jobs):
    os.makedirs(workdir, exist_ok=True)
    harness = harness_object(cfg, workdir)
    results = {side: {} for _, side in cfg.directions()}
    problem = probe_compiler(cfg, workdir)
    if problem is not None:
        for _, side in cfg.directions():
            for k in ids:
                results[side][k] = ("compile-fail", "cannot compile a trivial file: " + problem)
        return results
    batches = {}
    for k in ids:
        batches.setdefault(k // cfg.batch, []).append(k)

    def work(batch_index):
        cases = abi_cases.make_cases(cfg.seed, batches[batch_index], cfg.max_params,
                                     cfg.features)
        ref_opt = cfg.ref_opts[batch_index % len(cfg.ref_opts)]
        unit = Unit(cases, os.path.join(workdir, f"batch-{batch_index}"), ref_opt)
        out = {}
        for _, side in cfg.directions():
            out[side] = {}
            run_direction(cfg, unit, side, harness, out[side])
        return out

    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for out in pool.map(work, sorted(batches)):
            for side in out:
                results[side].update(out[side])
    return results


def summarize(cfg, results, ids, args):
    any_fail = False
    for name, side in cfg.directions():
        res = results[side]
        failing = [k for k in ids if res[k][0] != "pass"]
        any_fail |= bool(failing)
        line = f"{name}: {len(ids)} cases, {len(ids) - len(failing)} pass, {len(failing)} fail"
        if failing:
            kinds = {}
            for k in failing:
                kinds.setdefault(res[k][0], []).append(k)
            line += " (" + ", ".join(f"{len(v)} {kind}" for kind, v in sorted(kinds.items())) + ")"
            shown = failing[:40]
            line += "\n  failing ids: " + " ".join(map(str, shown))
            line += " ..." if len(failing) > len(shown) else ""
        print(line)
    shown = 0
    for name, side in cfg.directions():
        for k in ids:
            status, detail = results[side][k]
            if status != "pass" and shown < args.show:
                shown += 1
                case = abi_cases.make_case(cfg.seed, k, cfg.max_params, cfg.features)
                print(f"\n[{name}] case {k}: {status}: {case.describe()}")
                if detail:
                    print("  " + detail.replace("\n", "\n  "))
    if any_fail:
        first = next(k for k in ids for _, s in cfg.directions() if results[s][k][0] != "pass")
        print(f"\nreproduce one case: {sys.argv[0]} --seed {cfg.seed} --case {first} "
              f"--batch {cfg.batch} --features {','.join(sorted(cfg.features))} "
              f"--compiler {shlex.quote(args.compiler)}")
    return any_fail


def print_stats(cfg, ids):
    """How many parameters, variadic arguments and returns of each psABI class the cases
    have, and how many cases have long argument lists, varargs and callbacks."""
    from abi_aggregates import class_name
    from abi_types import VOID
    counts = {}

    def add(where, t):
        key = (where, class_name(t) if t.leaves() else "void")
        counts[key] = counts.get(key, 0) + 1

    features = {"variadic": 0, "callback": 0, ">6 INTEGER args": 0, ">8 SSE args": 0}
    for k in ids:
        case = abi_cases.make_case(cfg.seed, k, cfg.max_params, cfg.features)
        sig = case.sig
        for a in sig.params:
            add("param", a.type)
            if isinstance(a.type, abi_cases.CallbackType):
                features["callback"] += 1
        for a in sig.variadic or []:
            add("vararg", a.type)
        features["variadic"] += sig.variadic is not None
        if sig.ret is not VOID:
            add("return", sig.ret)
        classes = [c for a in sig.params + (sig.variadic or []) for c in
                   abi_cases.classify_for_stats(a.type)]
        features[">6 INTEGER args"] += classes.count("INTEGER") > 6
        features[">8 SSE args"] += classes.count("SSE") > 8
    for where in ("param", "vararg", "return"):
        row = sorted((n, c) for (w, c), n in counts.items() if w == where)
        print(f"  {where:6}: " + ", ".join(f"{c} {n}" for n, c in reversed(row)))
    print("  cases: " + ", ".join(f"{v} {k}" for k, v in features.items()))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=300, help="number of cases (ids 0..count-1)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--case", type=int, action="append",
                   help="run only this case id (repeatable); its files are kept")
    p.add_argument("--compiler", default=os.environ.get("MINICC", "minicc"),
                   help="compiler under test, may include flags (default: $MINICC or minicc)")
    p.add_argument("--ref-cc", default="gcc", help="reference compiler (default gcc)")
    p.add_argument("--ref-opts", default="-O0,-O2",
                   help="comma-separated reference -O levels, cycled over batches")
    p.add_argument("--batch", type=int, default=100, help="cases per translation unit")
    p.add_argument("--max-params", type=int, default=14)
    p.add_argument("--features", default=",".join(abi_cases.DEFAULT_FEATURES),
                   help="comma-separated kinds of types to draw from: "
                        f"{','.join(abi_cases.ALL_FEATURES)}, all, or auto (what the compiler "
                        "under test accepts, by tests/abi/probe.py) "
                        f"(default: {','.join(abi_cases.DEFAULT_FEATURES)}, what minicc supports)")
    p.add_argument("--cut-libs", default="",
                   help="extra link arguments for the compiler under test's runtime, e.g. "
                        "/usr/lib/x86_64-linux-gnu/tcc/libtcc1.a (tcc's __va_arg)")
    p.add_argument("--stats", action="store_true",
                   help="print how often each psABI class occurs in the drawn cases")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    p.add_argument("--workdir", default=os.path.join(HERE, "out"))
    p.add_argument("--show", type=int, default=10, help="failing cases to show in detail")
    p.add_argument("--keep", action="store_true", help="keep the work directory")
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args()

    try:
        cfg = Config(args)
    except ValueError as e:
        p.error(str(e))
    ids = sorted(set(args.case)) if args.case else list(range(args.count))
    workdir = os.path.abspath(args.workdir)
    if args.case:
        workdir = os.path.join(workdir, f"seed-{args.seed}-case-{'-'.join(map(str, ids))}")
    else:
        workdir = os.path.join(workdir, f"seed-{args.seed}")
    if os.path.isdir(workdir):
        shutil.rmtree(workdir)
    print(f"ABI fuzz: seed {args.seed}, {len(ids)} cases, batches of {args.batch}, "
          f"features {','.join(f for f in abi_cases.ALL_FEATURES if f in cfg.features)}, "
          f"compiler under test: {args.compiler}, reference: {args.ref_cc} "
          f"({'/'.join(cfg.ref_opts)} by batch)")
    if args.stats:
        print_stats(cfg, ids)
    results = run_all(cfg, ids, workdir, args.jobs)
    failed = summarize(cfg, results, ids, args)
    if args.case:
        for k in ids:
            batch = k // args.batch
            opt = cfg.ref_opts[batch % len(cfg.ref_opts)]
            d = os.path.join(workdir, f"batch-{batch}")
            print(f"\ncase {k}: files in {d} (caller.c, callee.c, cases.c; harness: {HERE}/harness.c)"
                  f"\n  executables: test-caller-cut ({cfg.cut_name} built caller.c), "
                  f"test-callee-cut ({cfg.cut_name} built callee.c); "
                  f"the reference side was built with {args.ref_cc} {opt}")
    elif not args.keep and not failed:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
