#!/usr/bin/env python3
"""A deliberately broken compiler, to prove that fuzz.py detects ABI bugs.

  mutant_cc.py MUTATION [gcc flags] -c file.c -o file.o

compiles with `gcc -S`, applies one ABI-breaking edit to the assembly, and assembles it:
  swap-args     callees swap their 2nd and 3rd integer argument registers on entry
  bad-return    callees invert %rax before returning a value
  clobber-rbx   callees overwrite the callee-saved %rbx without saving it
  misalign      callers move %rsp by 8 around each call to an abi_f function
  crash-case-3  abi_f3 executes ud2 (a crash in one case must not hide the others)
  swap-xmm      callees swap their 1st and 2nd floating argument registers on entry
  bad-sse-return callees overwrite %xmm0 before returning
  zero-al       callers tell a variadic callee that no xmm register carries an argument
  clobber-r9    callees zero %r9 on entry (a struct or integer that arrived in it is lost)
  none          no edit (the control)
Only functions named abi_f<N> (the generated callees) or calls to them are edited.
"""

import os
import re
import subprocess
import sys
import tempfile


def edit_callee_entries(asm, insert):
    """Inserts `insert` lines after the .cfi_startproc of every abi_fN function."""
    out, in_callee = [], False
    for line in asm.splitlines():
        label = re.match(r"^(\w+):", line)
        if label:
            in_callee = re.fullmatch(r"abi_f\d+", label.group(1)) is not None
        out.append(line)
        if in_callee and line.strip() == ".cfi_startproc":
            out.extend(insert)
    return "\n".join(out) + "\n"


def edit_callee_returns(asm, insert):
    out, in_callee = [], False
    for line in asm.splitlines():
        label = re.match(r"^(\w+):", line)
        if label:
            in_callee = re.fullmatch(r"abi_f\d+", label.group(1)) is not None
        if in_callee and line.strip() == "ret":
            out.extend(insert)
        out.append(line)
    return "\n".join(out) + "\n"


def mutate(name, asm):
    if name == "none":
        return asm
    if name == "swap-args":
        return edit_callee_entries(asm, ["\txchgq %rsi, %rdx"])
    if name == "bad-return":
        return edit_callee_returns(asm, ["\tnotq %rax"])
    if name == "clobber-rbx":
        return edit_callee_entries(asm, ["\tmovq $0x123456789, %rbx"])
    if name == "swap-xmm":
        return edit_callee_entries(asm, ["\tmovaps %xmm0, %xmm15", "\tmovaps %xmm1, %xmm0",
                                         "\tmovaps %xmm15, %xmm1"])
    if name == "bad-sse-return":
        return edit_callee_returns(asm, ["\tmovq $0x5eed, %r11", "\tmovq %r11, %xmm0"])
    if name == "clobber-r9":
        return edit_callee_entries(asm, ["\txorl %r9d, %r9d"])
    if name == "zero-al":
        return re.sub(r"^(\s*)movl\s+\$\d+, %eax(\n\s*call\s+abi_f\d+)", r"\1movl $0, %eax\2",
                      asm, flags=re.M)
    if name == "misalign":
        return re.sub(r"^(\s*call\s+abi_f\d+\S*)$", r"\tsubq $8, %rsp\n\1\n\taddq $8, %rsp", asm,
                      flags=re.M)
    if name == "crash-case-3":
        out, in_target = [], False
        for line in asm.splitlines():
            label = re.match(r"^(\w+):", line)
            if label:
                in_target = label.group(1) == "abi_f3"
            out.append(line)
            if in_target and line.strip() == ".cfi_startproc":
                out.append("\tud2")
        return "\n".join(out) + "\n"
    sys.exit(f"mutant_cc.py: unknown mutation {name}")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    mutation, args = sys.argv[1], sys.argv[2:]
    output = args[args.index("-o") + 1]
    source = next(a for a in args if a.endswith(".c"))
    flags = [a for a in args if a not in ("-c", "-o", output, source)]
    with tempfile.TemporaryDirectory() as tmp:
        asm_path = os.path.join(tmp, "out.s")
        subprocess.run(["gcc", "-w", *flags, "-S", source, "-o", asm_path], check=True)
        with open(asm_path) as f:
            asm = mutate(mutation, f.read())
        with open(asm_path, "w") as f:
            f.write(asm)
        subprocess.run(["gcc", "-c", asm_path, "-o", output], check=True)


if __name__ == "__main__":
    main()
