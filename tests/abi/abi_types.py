"""The scalar C types the ABI generator knows, as data, and the interface every type provides.

The generator (abi_gen.py) only talks to this interface, so a new kind of type is a new class
here or in abi_aggregates.py plus a row in the pools of abi_cases.py:

  spelling               the C type name, e.g. "unsigned short" or "struct abi_s3_0"
  declare(name)          a declaration of `name` with this type
  random_value(rng)      a value drawn from `rng` (random.Random), edge values often
  literal(value)         a C expression of this type holding `value` (scalars only); it may be
                         a call (NaN, infinities), so see is_constant
  is_constant(value)     whether initializer(value) is a constant expression (for globals)
  initializer(value)     text for `T x = <initializer>;` (a brace list for aggregates)
  stores(lvalue, value)  (lvalue, literal) assignments that give `lvalue` the value, one per
                         scalar inside it (aggregates recurse into fields)
  checks(expr, value)    (condition-that-holds-when-equal, label, printf format, got, expected)
                         tuples, one per scalar inside; labels like ".x[2]". Floating values
                         are compared bit for bit, so NaN payloads and -0.0 are checked
  definitions()          list of C text chunks a translation unit needs before using the type
                         (helper functions, struct definitions), in dependency order; the
                         generator emits each distinct chunk once
  size, align            sizeof and _Alignof on x86-64
  leaves(offset)         (offset, size, kind) of every scalar inside, kind one of "INTEGER",
                         "SSE", "X87": the input of the psABI classification (abi_aggregates)
  features               the --features names the type needs
"""

import random
import struct


class CType:
    spelling = "?"
    size = 0
    align = 1
    features = frozenset()

    def declare(self, name):
        return f"{self.spelling} {name}"

    def literal(self, value):
        raise NotImplementedError

    def random_value(self, rng: random.Random):
        raise NotImplementedError

    def is_constant(self, value):
        return True

    def initializer(self, value):
        return self.literal(value)

    def stores(self, lvalue, value):
        return [(lvalue, self.literal(value))]

    def checks(self, expr, value):
        raise NotImplementedError

    def definitions(self):
        return []

    def leaves(self, offset=0):
        return []

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
        self.size = self.align = max(1, bits // 8)
        self.features = frozenset(["int"])

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

    def leaves(self, offset=0):
        return [(offset, self.size, "INTEGER")]


class PointerType(CType):
    """A pointer to `pointee` (a C type spelling). Values are None (a null pointer), an index
    into the harness's `abi_targets` array, or a raw address-sized integer."""

    size = align = 8
    features = frozenset(["int"])

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

    def leaves(self, offset=0):
        return [(offset, 8, "INTEGER")]


class FloatType(CType):
    """An IEEE binary floating type. A value is its bit pattern as an int (for long double the
    80 significant bits: sign, 15-bit exponent, 64-bit significand with its explicit integer
    bit). Only quiet NaNs are drawn, because loading a signalling NaN into x87 or converting it
    quietens it, which would be a difference in the test, not in the ABI."""

    def __init__(self, spelling, exp_bits, frac_bits, explicit_int, suffix, size, tag):
        self.spelling = spelling
        self.exp_bits = exp_bits
        self.frac_bits = frac_bits  # stored significand bits, incl. an explicit integer bit
        self.explicit_int = explicit_int
        self.suffix = suffix
        self.size = self.align = size
        self.tag = tag  # f32 / f64 / f80: names the helper functions of this type
        self.features = frozenset(["longdouble" if tag == "f80" else "float"])

    @property
    def bits(self):
        return 1 + self.exp_bits + self.frac_bits

    @property
    def max_exp(self):
        return (1 << self.exp_bits) - 1

    @property
    def quiet_bit(self):
        return 1 << (self.frac_bits - 1 - (1 if self.explicit_int else 0))

    def encode(self, sign, exp, frac):
        """Bits from a sign, a biased exponent and the stored significand (the explicit
        integer bit is added for normal x87 numbers, infinities and NaNs)."""
        if self.explicit_int and exp != 0:
            frac |= 1 << (self.frac_bits - 1)
        return (sign << (self.bits - 1)) | (exp << self.frac_bits) | frac

    def fields(self, bits):
        sign = bits >> (self.bits - 1)
        exp = (bits >> self.frac_bits) & self.max_exp
        frac = bits & ((1 << self.frac_bits) - 1)
        if self.explicit_int:
            frac &= (1 << (self.frac_bits - 1)) - 1
        return sign, exp, frac

    def edge_values(self):
        top_frac = (1 << (self.frac_bits - (1 if self.explicit_int else 0))) - 1
        bias = self.max_exp // 2
        e = self.encode
        values = [e(0, 0, 0), e(1, 0, 0), e(0, bias, 0), e(1, bias, 0), e(0, bias - 1, 0),
                  e(0, bias + 1, 0), e(0, self.max_exp - 1, top_frac), e(1, self.max_exp - 1,
                                                                         top_frac),
                  e(0, 1, 0), e(0, 0, 1), e(1, 0, 1), e(0, 0, top_frac),
                  e(0, self.max_exp, 0), e(1, self.max_exp, 0),
                  e(0, self.max_exp, self.quiet_bit), e(1, self.max_exp, self.quiet_bit),
                  e(0, self.max_exp, self.quiet_bit | 0x123), e(0, bias + 5, 0x5 << (
                      self.frac_bits - 4 - (1 if self.explicit_int else 0)))]
        return values

    def random_value(self, rng):
        roll = rng.random()
        if roll < 0.4:
            return rng.choice(self.edge_values())
        if roll < 0.6:  # a small integer or simple fraction: int/float confusions show
            return self.from_fraction(rng.randint(-1000, 1000), rng.choice([1, 2, 4, 8, 1024]))
        frac_width = self.frac_bits - (1 if self.explicit_int else 0)
        exp = rng.randrange(self.max_exp + 1)
        frac = rng.getrandbits(frac_width)
        if exp == self.max_exp and frac:
            frac |= self.quiet_bit
        return self.encode(rng.getrandbits(1), exp, frac)

    def from_fraction(self, num, den):
        """Bits of num/den for small exact values (den a power of two)."""
        if num == 0:
            return 0
        sign, num = (1, -num) if num < 0 else (0, num)
        shift = den.bit_length() - 1
        top = num.bit_length() - 1  # value = num * 2^-shift, num < 2^(top+1)
        bias = self.max_exp // 2
        frac_width = self.frac_bits - (1 if self.explicit_int else 0)
        frac = (num << frac_width >> top) & ((1 << frac_width) - 1)
        return self.encode(sign, top - shift + bias, frac)

    def is_special(self, bits):
        return self.fields(bits)[1] == self.max_exp

    def is_constant(self, value):
        return not self.is_special(value)

    def literal(self, bits):
        """A hexadecimal floating constant (exact by construction, C11 6.4.4.2), or for NaN
        and infinity a call of the translation unit's bits-to-value helper."""
        if self.is_special(bits):
            if self.tag == "f80":
                return f"abi_mk_f80({bits & (2**64 - 1):#x}UL, {bits >> 64:#x}U)"
            return f"abi_mk_{self.tag}({bits:#x}UL)"
        sign, exp, frac = self.fields(bits)
        frac_width = self.frac_bits - (1 if self.explicit_int else 0)
        bias = self.max_exp // 2
        if exp == 0:
            mantissa, power = frac, 1 - bias - frac_width
        else:
            mantissa, power = frac | (1 << frac_width), exp - bias - frac_width
        text = f"0x{mantissa:x}p{power}{self.suffix}"
        return f"(-{text})" if sign else text

    def bit_exprs(self, expr, bits):
        """(got, expected, printf format) pairs comparing the bits of `expr` with `bits`."""
        if self.tag == "f80":
            return [(f"abi_f80_lo({expr})", f"{bits & (2**64 - 1):#x}UL", "%#lx"),
                    (f"abi_f80_hi({expr})", f"{bits >> 64:#x}U", "%#x")]
        if self.tag == "f64":
            return [(f"abi_f64_bits({expr})", f"{bits:#x}UL", "%#lx")]
        return [(f"abi_f32_bits({expr})", f"{bits:#x}U", "%#x")]

    def checks(self, expr, bits):
        pairs = self.bit_exprs(expr, bits)
        label = [".lo", ".hi"] if len(pairs) == 2 else [""]
        return [(f"{got} == {expected}", label[i], fmt, got, expected)
                for i, (got, expected, fmt) in enumerate(pairs)]

    def definitions(self):
        """Static helpers: value <-> bits through a union (C11 6.5.2.3p3 footnote 95)."""
        if self.tag == "f80":
            return ["static unsigned long abi_f80_lo(long double x) {\n"
                    "  union { long double d; unsigned long u[2]; } t;\n"
                    "  t.d = x;\n  return t.u[0];\n}\n"
                    "static unsigned abi_f80_hi(long double x) {\n"
                    "  union { long double d; unsigned long u[2]; } t;\n"
                    "  t.d = x;\n  return (unsigned)(t.u[1] & 0xffff);\n}\n"
                    "static long double abi_mk_f80(unsigned long lo, unsigned hi) {\n"
                    "  union { long double d; unsigned long u[2]; } t;\n"
                    "  t.u[0] = lo;\n  t.u[1] = hi;\n  return t.d;\n}\n"]
        c_int = "unsigned long" if self.tag == "f64" else "unsigned"
        return [f"static {c_int} abi_{self.tag}_bits({self.spelling} x) {{\n"
                f"  union {{ {self.spelling} d; {c_int} u; }} t;\n"
                f"  t.d = x;\n  return t.u;\n}}\n"
                f"static {self.spelling} abi_mk_{self.tag}({c_int} bits) {{\n"
                f"  union {{ {self.spelling} d; {c_int} u; }} t;\n"
                f"  t.u = bits;\n  return t.d;\n}}\n"]

    def leaves(self, offset=0):
        return [(offset, self.size, "X87" if self.tag == "f80" else "SSE")]


class ComplexType(CType):
    """`base _Complex` for a FloatType base (C11 6.2.5p13: an array of two base values, the
    real then the imaginary part). A value is the pair (real bits, imaginary bits). Values
    are built by a helper that stores the parts through a union, so every bit pattern
    (NaN payloads, -0.0, infinities) arrives exactly: there is no complex constant that
    spells a signed-zero or NaN part portably. psABI 3.2.3: float _Complex is one SSE
    eightbyte, double _Complex two, long double _Complex COMPLEX_X87 (memory as an
    argument, %st(0)/%st(1) as a return value)."""

    features = frozenset(["complex"])

    def __init__(self, base):
        self.base = base
        self.spelling = f"{base.spelling} _Complex"
        self.size = 2 * base.size
        self.align = base.align
        self.tag = "c" + base.tag[1:]  # c32 / c64 / c80

    def random_value(self, rng):
        roll = rng.random()
        re = self.base.random_value(rng)
        if roll < 0.1:  # a purely real number (imaginary part +0.0)
            return (re, 0)
        return (re, self.base.random_value(rng))

    def is_constant(self, value):
        return False

    def literal(self, value):
        re, im = value
        return f"abi_mk_{self.tag}({self.base.literal(re)}, {self.base.literal(im)})"

    def checks(self, expr, value):
        out = []
        for part, op, bits in (("re", "__real__", value[0]), ("im", "__imag__", value[1])):
            for equal, label, fmt, got, expected in self.base.checks(f"{op} ({expr})", bits):
                out.append((equal, f".{part}{label}", fmt, got, expected))
        return out

    def definitions(self):
        b = self.base.spelling
        return self.base.definitions() + [
            f"static {self.spelling} abi_mk_{self.tag}({b} re, {b} im) {{\n"
            f"  union {{ {self.spelling} z; {b} p[2]; }} t;\n"
            f"  t.p[0] = re;\n  t.p[1] = im;\n  return t.z;\n}}\n"]

    def leaves(self, offset=0):
        return self.base.leaves(offset) + self.base.leaves(offset + self.base.size)


def float_to_double_bits(bits):
    """The bits of (double)f for the bits of a float f: what a variadic callee reads after the
    default argument promotion (C11 6.5.2.2p6). Exact; a quiet NaN keeps sign and payload."""
    sign, exp, frac = bits >> 31, (bits >> 23) & 0xFF, bits & 0x7FFFFF
    if exp == 0xFF:
        return (sign << 63) | (0x7FF << 52) | (frac << 29)
    if exp == 0 and frac == 0:
        return sign << 63
    return struct.unpack("<Q", struct.pack("<d", struct.unpack("<f", struct.pack("<I", bits))[0]))[0]


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
FLOAT = FloatType("float", 8, 23, False, "f", 4, "f32")
DOUBLE = FloatType("double", 11, 52, False, "", 8, "f64")
LDOUBLE = FloatType("long double", 15, 64, True, "L", 16, "f80")
CFLOAT = ComplexType(FLOAT)
CDOUBLE = ComplexType(DOUBLE)
CLDOUBLE = ComplexType(LDOUBLE)
VOID = VoidType()

INTEGER_TYPES = [BOOL, CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT, LONG, ULONG, LLONG, ULLONG]
POINTER_TYPES = [PointerType(p) for p in ["void", "char", "int", "long", "unsigned short",
                                          "signed char", "void *"]]
FLOAT_TYPES = [FLOAT, DOUBLE, LDOUBLE]
COMPLEX_TYPES = [CFLOAT, CDOUBLE, CLDOUBLE]


def promoted(t):
    """The type a variadic callee reads for an argument of type t (C11 6.5.2.2p6/p7; complex
    types are not promoted)."""
    if isinstance(t, IntType) and t.bits < 32:
        return INT
    if t is FLOAT:
        return DOUBLE
    return t


def promoted_value(t, value):
    return float_to_double_bits(value) if t is FLOAT else value


def pick(rng, weighted):
    """One item from a list of (item, weight) pairs."""
    total = sum(w for _, w in weighted)
    roll = rng.uniform(0, total)
    for t, w in weighted:
        roll -= w
        if roll <= 0:
            return t
    return weighted[-1][0]
