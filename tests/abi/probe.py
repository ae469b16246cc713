"""Which issue-3 features a compiler accepts: each probe is a tiny translation unit that uses
one feature; the feature counts as supported when the compiler builds it without an error.

Used by fuzz.py (`--features auto`) and by the lit configurations of tests/lit/abi and
tests/run/abi, which turn the result into lit features `minicc-<name>` so that each test there
says `// REQUIRES: minicc-float, minicc-struct` and runs as soon as minicc accepts what it
needs (and, from then on, fails when minicc gets it wrong). A probe says nothing about
correctness; the tests do.
"""

import os
import shlex
import subprocess
import tempfile

PROBES = {
    "int": "long f(long x, char *p) { return x + *p; }\n",
    "float": "double f(double x, float y) { return x * y + (float)x; }\n",
    "longdouble": "long double f(long double x, double y) { return x * y; }\n",
    "struct": "struct S { long a, b, c; };\n"
              "struct S f(struct S s, struct S t) { s.a += t.c; return s; }\n",
    "union": "union U { int i; char c[3]; };\nunion U f(union U u) { u.i++; return u; }\n",
    "varargs": "#include <stdarg.h>\n"
               "int f(int n, ...) {\n  va_list ap;\n  va_start(ap, n);\n"
               "  int r = va_arg(ap, int);\n  va_end(ap);\n  return r;\n}\n",
    "callback": "int f(int (*cb)(int), int x) { return cb(x); }\n",
    "complex": "double _Complex f(double _Complex x, float _Complex y, long double _Complex z) {\n"
               "  return x + y + __imag__ z;\n}\n",
}


def supported(compiler):
    """The set of PROBES names that `compiler` (a command line, string or list) compiles."""
    words = shlex.split(compiler) if isinstance(compiler, str) else list(compiler)
    found = set()
    with tempfile.TemporaryDirectory(prefix="minicc-probe-") as tmp:
        for name, text in PROBES.items():
            src = os.path.join(tmp, f"{name}.c")
            with open(src, "w") as f:
                f.write(text)
            try:
                p = subprocess.run(words + ["-c", src, "-o", os.path.join(tmp, f"{name}.o")],
                                   capture_output=True, timeout=60)
            except (OSError, subprocess.TimeoutExpired):
                continue
            if p.returncode == 0:
                found.add(name)
    return found


def lit_features(config, lit_config, compiler):
    """Adds minicc-<feature> to config.available_features for what `compiler` accepts."""
    for name in sorted(supported(compiler)):
        config.available_features.add(f"minicc-{name}")


if __name__ == "__main__":
    import sys
    print(" ".join(sorted(supported(sys.argv[1:] or ["minicc"]))))
