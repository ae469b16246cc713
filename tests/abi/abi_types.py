"""The C types the ABI generator knows, as data.

Each type says how it is spelled in C, how a value of it is written as a C expression, how a
received value is compared with the expected one and printed when it differs, and how random
values (edge values often) are drawn. The generator (abi_gen.py) only talks to this interface,
so new kinds of types -- float/double, structs, unions, function pointers (issue 3) -- are new
classes here plus rows in TYPES, not changes to the generator:

  spelling               the C type name, e.g. "unsigned short" or "long *"
  declare(name)          a declaration of `name` with this type
  literal(value)         a C expression of this type holding `value`
  random_value(rng)      a value drawn from `rng` (random.Random), edge values often
  checks(expr, value)    (condition-that-holds-when-equal, label, printf format, got, expected)
                         tuples; an aggregate returns one per field, with labels like ".x"
  definitions()          C text a translation unit needs before using the type (typedefs,
                         struct definitions); empty for scalars
"""

import random


class CType:
    spelling = "?"

    def declare(self, name):
        return f"{self.spelling} {name}"

    def literal(self, value):
        raise NotImplementedError

    def random_value(self, rng: random.Random):
        raise NotImplementedError

    def checks(self, expr, value):
        raise NotImplementedError

    def definitions(self):
        return ""

    def __repr__(self):
        return self.spelling


class VoidType(CType):
    """Only as a return type: nothing is returned, nothing is checked."""

    spelling = "void"

    def checks(self, expr, value):
        return []


class IntType(CType):
    """An integer type of `bits` bits (1 for _Bool) and the given signedness."""

    def __init__(self, spelling, bits, signed, fmt):
        self.spelling = spelling
        self.bits = bits
        self.signed = signed
        self.fmt = fmt  # printf conversion for a value of the (promoted) type

    @property
    def min(self):
        return -(1 << (self.bits - 1)) if self.signed else 0

    @property
    def max(self):
        return (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1

    def edge_values(self):
        if self.bits == 1:
            return [0, 1]
        top = 1 << (self.bits - 1)
        values = {0, 1, 2, self.min, self.max, self.min + 1, self.max - 1, 0x55 % top,
                  int("55" * (self.bits // 8), 16) % (self.max + 1)}
        if self.signed:
            values |= {-1, -2, -top // 2, top // 2}
        else:
            values |= {top, top - 1, top + 1}
        if self.bits > 32:
            values |= {0xFFFFFFFF, 0x100000000, 0x80000000, -0x80000001 if self.signed else 0}
        if self.bits > 8:
            values |= {0xFF, 0x100, 0x80}
            if self.signed:
                values |= {-0x80, -0x81}
        return sorted(v for v in values if self.min <= v <= self.max)

    def random_value(self, rng):
        roll = rng.random()
        if roll < 0.5:
            return rng.choice(self.edge_values())
        if roll < 0.7:
            return max(self.min, min(self.max, rng.randint(-100, 100)))
        return rng.randint(self.min, self.max)

    def literal(self, value):
        assert self.min <= value <= self.max, (self, value)
        if self.bits == 1:
            return f"({self.spelling}){value}"
        if self.signed:
            if value == -(1 << 63):
                text = "(-9223372036854775807LL - 1)"
            else:
                text = f"{value}LL" if value >= 0 else f"({value}LL)"
        else:
            text = f"{value:#x}ULL"
        return f"({self.spelling}){text}"

    def checks(self, expr, value):
        expected = self.literal(value)
        return [(f"{expr} == {expected}", "", self.fmt, expr, expected)]


class PointerType(CType):
    """A pointer to `pointee` (a C type spelling). Values are None (a null pointer), an index
    into the harness's `abi_targets` array, or a raw address-sized integer."""

    def __init__(self, pointee):
        self.pointee = pointee
        self.spelling = f"{pointee} *"

    def declare(self, name):
        return f"{self.spelling}{name}"

    def random_value(self, rng):
        roll = rng.random()
        if roll < 0.15:
            return None
        if roll < 0.85:
            return ("target", rng.randrange(16))
        return ("raw", rng.choice([0x10, 0xFFFFFFFFFFFFFFF0, 0x7FFFFFFFFFFFFFF8, 0x100000000,
                                   0xFFFFFFF8, rng.randrange(1 << 47) & ~7]))

    def literal(self, value):
        if value is None:
            return f"({self.spelling})0"
        kind, n = value
        if kind == "target":
            return f"({self.spelling})&abi_targets[{n}]"
        return f"({self.spelling}){n:#x}UL"

    def checks(self, expr, value):
        expected = self.literal(value)
        return [(f"{expr} == {expected}", "", "%p", f"(void *){expr}", f"(void *){expected}")]


BOOL = IntType("_Bool", 1, False, "%d")
CHAR = IntType("char", 8, True, "%d")
SCHAR = IntType("signed char", 8, True, "%d")
UCHAR = IntType("unsigned char", 8, False, "%d")
SHORT = IntType("short", 16, True, "%d")
USHORT = IntType("unsigned short", 16, False, "%d")
INT = IntType("int", 32, True, "%d")
UINT = IntType("unsigned", 32, False, "%u")
LONG = IntType("long", 64, True, "%ld")
ULONG = IntType("unsigned long", 64, False, "%lu")
LLONG = IntType("long long", 64, True, "%lld")
ULLONG = IntType("unsigned long long", 64, False, "%llu")
VOID = VoidType()

INTEGER_TYPES = [BOOL, CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT, LONG, ULONG, LLONG, ULLONG]
POINTER_TYPES = [PointerType(p) for p in ["void", "char", "int", "long", "unsigned short",
                                          "signed char", "void *"]]

# The parameter types the generator draws from, with weights. Issue 3 adds rows here
# (float, double, structs, unions, function pointers) and a weight for each.
TYPES = [(t, 3) for t in INTEGER_TYPES] + [(t, 1) for t in POINTER_TYPES]
RETURN_TYPES = [(VOID, 4)] + TYPES


def pick(rng, weighted):
    """One type from a list of (type, weight) pairs."""
    total = sum(w for _, w in weighted)
    roll = rng.uniform(0, total)
    for t, w in weighted:
        roll -= w
        if roll <= 0:
            return t
    return weighted[-1][0]
