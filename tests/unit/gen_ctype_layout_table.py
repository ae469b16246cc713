#!/usr/bin/env python3
"""Regenerates tests/unit/CTypeLayoutTable.inc: struct/union layouts measured with gcc.

Each case below is written once; this script turns it into C, compiles that with gcc, runs it
to measure sizeof, _Alignof and every member's position in bits (PACKED_CASES under
`#pragma pack(N)`) (bit-fields are found by
setting them to all ones in a zeroed object), and writes the table CTypeLayoutTest.cpp checks
minicc's layout against. Run it from anywhere: python3 tests/unit/gen_ctype_layout_table.py
"""
import os
import subprocess
import tempfile

# (name, is_union, [(type, name, bit_width or None, alignas or 0)])
# type: a basic type name, "void*", "T[n]", "T[]", "@Case" (a record defined earlier) or
# "@Case[n]". A field with an empty name and an "@Case" type is an anonymous member.
CASES = [
    ("OneChar", False, [("char", "a", None, 0)]),
    ("OneShort", False, [("short", "a", None, 0)]),
    ("OneLongDouble", False, [("long double", "a", None, 0)]),
    ("CharInt", False, [("char", "a", None, 0), ("int", "b", None, 0)]),
    ("IntChar", False, [("int", "a", None, 0), ("char", "b", None, 0)]),
    ("CharShortChar", False, [("char", "a", None, 0), ("short", "b", None, 0), ("char", "c", None, 0)]),
    ("CharDouble", False, [("char", "a", None, 0), ("double", "b", None, 0)]),
    ("CharLongDouble", False, [("char", "a", None, 0), ("long double", "b", None, 0)]),
    ("CharLongChar", False, [("char", "a", None, 0), ("long", "b", None, 0), ("char", "c", None, 0)]),
    ("PointerChar", False, [("void*", "p", None, 0), ("char", "c", None, 0)]),
    ("BoolShortFloat", False, [("_Bool", "a", None, 0), ("unsigned short", "b", None, 0), ("float", "c", None, 0)]),
    ("IntArrayChar", False, [("int[3]", "a", None, 0), ("char", "b", None, 0)]),
    ("CharArrayShort", False, [("char[5]", "a", None, 0), ("short", "b", None, 0)]),
    ("Matrix", False, [("int[2][3]", "m", None, 0), ("char", "c", None, 0)]),
    ("LongLongUnsigned", False, [("unsigned char", "a", None, 0), ("unsigned long long", "b", None, 0)]),
    ("NestedPadding", False, [("char", "a", None, 0), ("@CharInt", "s", None, 0), ("char", "c", None, 0)]),
    ("ArrayOfStructs", False, [("short", "a", None, 0), ("@CharShortChar[3]", "s", None, 0), ("char", "c", None, 0)]),
    ("NestedDouble", False, [("@CharDouble", "x", None, 0), ("int", "y", None, 0)]),
    ("UnionCharInt", True, [("char", "a", None, 0), ("int", "b", None, 0)]),
    ("UnionCharArrayInt", True, [("char[5]", "a", None, 0), ("int", "b", None, 0)]),
    ("UnionDoubleChars", True, [("double", "a", None, 0), ("char[9]", "b", None, 0)]),
    ("UnionWithStruct", True, [("short", "a", None, 0), ("@CharLongChar", "s", None, 0)]),
    ("StructWithUnion", False, [("char", "a", None, 0), ("@UnionCharArrayInt", "u", None, 0), ("char", "c", None, 0)]),
    ("BitsPacked", False, [("int", "a", 3, 0), ("int", "b", 5, 0), ("int", "c", 24, 0)]),
    ("BitsStraddle", False, [("int", "a", 31, 0), ("int", "b", 2, 0)]),
    ("BitsChars", False, [("char", "a", 3, 0), ("char", "b", 6, 0)]),
    ("CharThenIntBits", False, [("char", "a", None, 0), ("int", "b", 4, 0)]),
    ("MixedWidthBits", False, [("char", "a", 4, 0), ("short", "b", 12, 0), ("char", "c", None, 0)]),
    ("LongLongBits", False, [("int", "a", 1, 0), ("long long", "b", 40, 0), ("int", "c", 20, 0)]),
    ("ZeroWidthUnsigned", False, [("unsigned", "a", 7, 0), ("unsigned", "", 0, 0), ("unsigned", "b", 3, 0)]),
    ("ZeroWidthInt", False, [("char", "c", None, 0), ("int", "", 0, 0), ("char", "d", None, 0)]),
    ("ZeroWidthLongLong", False, [("char", "c", None, 0), ("long long", "", 0, 0), ("char", "d", None, 0)]),
    ("UnnamedBitsFirst", False, [("int", "", 3, 0), ("char", "c", None, 0)]),
    ("UnnamedBitsLast", False, [("char", "c", None, 0), ("int", "", 4, 0)]),
    ("BoolBits", False, [("_Bool", "a", 1, 0), ("_Bool", "b", 1, 0), ("int", "c", None, 0)]),
    ("LongBits", False, [("long", "x", 33, 0), ("long", "y", 31, 0), ("long", "z", 1, 0)]),
    ("ShortBits", False, [("short", "a", 9, 0), ("short", "b", 9, 0)]),
    ("ArrayThenBits", False, [("char[3]", "a", None, 0), ("int", "b", 9, 0)]),
    ("FullWidth", False, [("unsigned long long", "a", 64, 0), ("unsigned", "b", 32, 0)]),
    ("BitsAroundChar", False, [("int", "a", 8, 0), ("char", "b", None, 0), ("int", "c", 16, 0)]),
    ("CharThenShortBits", False, [("char", "a", None, 0), ("short", "b", 9, 0)]),
    ("LongLongBitsChar", False, [("long long", "a", 3, 0), ("char", "b", None, 0)]),
    ("SignedUnsignedChars", False, [("signed char", "a", 7, 0), ("unsigned char", "b", 2, 0)]),
    ("IntFullThenOne", False, [("int", "a", 32, 0), ("int", "b", 1, 0)]),
    ("BitsThenArray", False, [("unsigned", "a", 5, 0), ("short[3]", "b", None, 0)]),
    ("UnionBits", True, [("char", "c", None, 0), ("int", "x", 17, 0)]),
    ("UnionWideBits", True, [("int", "a", 3, 0), ("long", "b", 40, 0)]),
    ("AlignedChar", False, [("char", "a", None, 0), ("char", "b", None, 16)]),
    ("AlignedIntFirst", False, [("int", "a", None, 8), ("char", "b", None, 0)]),
    ("AlignedShort", False, [("char", "a", None, 0), ("short", "b", None, 4), ("char", "c", None, 0)]),
    ("AlignedUnion", True, [("char", "a", None, 32), ("int", "b", None, 0)]),
    ("FlexibleChars", False, [("int", "n", None, 0), ("char[]", "d", None, 0)]),
    ("FlexibleInts", False, [("char", "c", None, 0), ("int[]", "d", None, 0)]),
    ("FlexibleAfterPadding", False, [("long", "l", None, 0), ("char", "c", None, 0), ("short[]", "d", None, 0)]),
    ("AnonUnionBody", True, [("char", "u1", None, 0), ("int", "u2", None, 0)]),
    ("AnonStructBody", False, [("char", "s1", None, 0), ("long", "s2", None, 0), ("char", "s3", None, 0)]),
    ("AnonymousUnionMember", False, [("int", "a", None, 0), ("@AnonUnionBody", "", None, 0), ("char", "d", None, 0)]),
    ("AnonymousStructMember", False, [("char", "x", None, 0), ("@AnonStructBody", "", None, 0), ("char", "y", None, 0)]),
    ("BitsInNested", False, [("char", "a", None, 0), ("@MixedWidthBits", "n", None, 0), ("int", "b", 3, 0)]),
]

# The same, laid out under `#pragma pack(N)`: (name, is_union, fields, N).
PACKED_CASES = [
    ("Pack1CharIntShort", False, [("char", "a", None, 0), ("int", "b", None, 0), ("short", "c", None, 0)], 1),
    ("Pack1CharBits", False, [("char", "a", None, 0), ("unsigned", "f", 4, 0)], 1),
    ("Pack1Straddle", False, [("unsigned", "f0", 4, 0), ("unsigned", "f1", 30, 0)], 1),
    ("Pack1Mixed", False, [("char", "a", None, 0), ("unsigned", "f", 30, 0), ("unsigned", "g", 3, 0),
                           ("long long", "h", 57, 0)], 1),
    ("Pack1ZeroWidth", False, [("char", "a", None, 0), ("int", "", 0, 0), ("char", "b", None, 0)], 1),
    ("Pack1Alignas", False, [("char", "a", None, 0), ("int", "b", None, 8)], 1),
    ("Pack1Nested", False, [("char", "a", None, 0), ("@CharInt", "s", None, 0), ("short", "c", None, 0)], 1),
    ("Pack1Union", True, [("char", "a", None, 0), ("int", "b", 20, 0), ("long long", "c", None, 0)], 1),
    ("Pack1SignedBits", False, [("signed char", "a", 3, 0), ("int", "b", 31, 0), ("short", "c", 15, 0),
                                ("int", "d", 7, 0)], 1),
    ("Pack2Bits", False, [("char", "a", None, 0), ("int", "b", None, 0), ("unsigned", "f", 20, 0),
                          ("unsigned", "g", 20, 0), ("char", "h", None, 0)], 2),
    ("Pack2ZeroWidth", False, [("char", "a", None, 0), ("unsigned", "", 0, 0), ("char", "b", None, 0),
                               ("long long", "x", None, 0)], 2),
    ("Pack4Doubles", False, [("char", "a", None, 0), ("double", "d", None, 0), ("long double", "l", None, 0)], 4),
    ("Pack4LongBits", False, [("int", "a", 30, 0), ("int", "b", 4, 0), ("long long", "c", 40, 0),
                              ("long long", "d", 40, 0)], 4),
    ("Pack8CharBits", False, [("char", "a", 7, 0), ("char", "b", 4, 0)], 8),
    ("Pack16Unchanged", False, [("char", "a", None, 0), ("long double", "b", None, 0), ("short", "c", 9, 0)], 16),
]

CASE_BY_NAME = {c[0]: c for c in CASES + [c[:3] for c in PACKED_CASES]}


def c_type(spec):
    """Returns (prefix, suffix) so that prefix + name + suffix declares a member."""
    base, _, dims = spec.partition("[")
    dims = "[" + dims if dims else ""
    if base.startswith("@"):
        case = CASE_BY_NAME[base[1:]]
        base = ("union " if case[1] else "struct ") + base[1:]
    if base == "void*":
        return "void *", dims
    return base + " ", dims


def c_member(spec, name, width, alignas):
    if not name and spec.startswith("@") and width is None:
        case = CASE_BY_NAME[spec[1:]]
        body = " ".join(c_member(*f) for f in case[2])
        return ("union" if case[1] else "struct") + " { " + body + " };"
    prefix, suffix = c_type(spec)
    text = prefix + name + suffix
    if width is not None:
        text += " : %d" % width
    if alignas:
        text = "_Alignas(%d) " % alignas + text
    return text + ";"


def first_named(case_name):
    for spec, name, width, _ in CASE_BY_NAME[case_name][2]:
        if name:
            return name
    raise ValueError(case_name)


def ALL_CASES():
    return CASES + [c[:3] for c in PACKED_CASES]


def c_program():
    lines = ["#include <stdio.h>", "#include <stddef.h>", "#include <string.h>"]
    for name, is_union, fields in CASES:
        kind = "union" if is_union else "struct"
        lines.append("%s %s { %s };" % (kind, name, " ".join(c_member(*f) for f in fields)))
    for name, is_union, fields, pack in PACKED_CASES:
        kind = "union" if is_union else "struct"
        lines.append("#pragma pack(%d)" % pack)
        lines.append("%s %s { %s };" % (kind, name, " ".join(c_member(*f) for f in fields)))
        lines.append("#pragma pack()")
    lines.append("static long firstBit(const unsigned char *p, size_t n) {")
    lines.append("  for (size_t i = 0; i < n * 8; i++) if (p[i / 8] >> (i % 8) & 1) return (long)i;")
    lines.append("  return -2; }")
    lines.append("int main(void) {")
    for name, is_union, fields in ALL_CASES():
        kind = "union" if is_union else "struct"
        t = "%s %s" % (kind, name)
        lines.append('  printf("%%zu %%zu", sizeof(%s), _Alignof(%s));' % (t, t))
        for spec, fname, width, _ in fields:
            if width is not None and fname:
                lines.append("  { %s v; memset(&v, 0, sizeof v); v.%s = %s; "
                             'printf(" %%ld", firstBit((const unsigned char *)&v, sizeof v)); }'
                             % (t, fname, "1" if spec == "_Bool" else "-1"))
            elif fname:
                lines.append('  printf(" %%zu", offsetof(%s, %s) * 8);' % (t, fname))
            elif width is None:  # anonymous member: where its first field is
                lines.append('  printf(" %%zu", offsetof(%s, %s) * 8);' % (t, first_named(spec[1:])))
            else:
                lines.append('  printf(" -1");')
        lines.append('  printf("\\n");')
    lines.append("  return 0; }")
    return "\n".join(lines) + "\n"


def cpp_string(s):
    return '"' + s + '"'


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "layout.c")
        exe = os.path.join(tmp, "layout")
        with open(src, "w") as f:
            f.write(c_program())
        subprocess.run(["gcc", "-std=c11", "-o", exe, src], check=True)
        rows = subprocess.run([exe], check=True, capture_output=True, text=True).stdout.split("\n")
    out = ["// Generated by gen_ctype_layout_table.py from gcc's measurements; do not edit.",
           "// {name, isUnion, {{type, name, bitWidth (-1: none), alignas}...}, size, align,",
           "//  {bit position of each member (-1: unnamed bit-field)}[, #pragma pack value]}"]
    packs = [0] * len(CASES) + [c[3] for c in PACKED_CASES]
    for (name, is_union, fields), pack, row in zip(ALL_CASES(), packs, rows):
        nums = [int(x) for x in row.split()]
        size, align, positions = nums[0], nums[1], nums[2:]
        fs = ", ".join("{%s, %s, %d, %d}" % (cpp_string(t), cpp_string(n), -1 if w is None else w, a)
                       for t, n, w, a in fields)
        out.append("{%s, %s, {%s}, %d, %d, {%s}%s}," % (cpp_string(name), "true" if is_union else "false",
                                                       fs, size, align, ", ".join(map(str, positions)),
                                                       ", %d" % pack if pack else ""))
    with open(os.path.join(here, "CTypeLayoutTable.inc"), "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
