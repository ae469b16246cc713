#!/usr/bin/env python3
"""Proves that fuzz.py can fail: runs it with mutant_cc.py (gcc plus one deliberate ABI bug in
its assembly) as the compiler under test and checks that each bug is caught in the direction
where it lives, and that the unmutated control passes. Needs only gcc; part of CTest."""

import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# mutation -> (cut caller direction must fail?, cut callee direction must fail?)
EXPECTED = {
    "none": (False, False),
    "swap-args": (False, True),
    "bad-return": (False, True),
    "clobber-rbx": (False, True),  # seen when gcc -O2 keeps the sentinels in %rbx
    "misalign": (True, False),
    "crash-case-3": (False, True),
    "swap-xmm": (False, True),
    "bad-sse-return": (False, True),
    "zero-al": (True, False),
    "clobber-r9": (False, True),
}


def main():
    ok = True
    with tempfile.TemporaryDirectory() as work:
        for mutation, (caller_fails, callee_fails) in EXPECTED.items():
            cmd = [sys.executable, os.path.join(HERE, "fuzz.py"), "--count", "40", "--batch", "20",
                   "--seed", "3", "--workdir", work, "--show", "0", "--features", "all",
                   "--compiler",
                   f"{os.path.join(HERE, 'mutant_cc.py')} {mutation} -O1"]
            out = subprocess.run(cmd, capture_output=True, text=True).stdout
            lines = [l for l in out.splitlines() if " cases, " in l]
            caller_line = next(l for l in lines if l.startswith("mutant_cc.py caller"))
            callee_line = next(l for l in lines if l.startswith("gcc caller"))
            got = tuple(int(re.search(r"(\d+) fail", l).group(1)) > 0
                        for l in (caller_line, callee_line))
            verdict = "ok" if got == (caller_fails, callee_fails) else "WRONG"
            ok &= verdict == "ok"
            print(f"{verdict:5} {mutation:13} | {caller_line} | {callee_line}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
