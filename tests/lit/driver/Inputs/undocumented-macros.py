"""Prints every macro of `minicc -dM -E` output (stdin) that docs/driver.md (argv[1]) does not
name, so a macro added to the driver without documentation fails predefined-macros.test."""
import re
import sys

documented = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", open(sys.argv[1]).read()))
for line in sys.stdin:
    name = line.split()[1].split("(")[0]
    if name not in documented:
        print("undocumented:", name)
