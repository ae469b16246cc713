"""Aggregate types for the ABI generator: arrays (as struct/union members), structs, unions,
their layout and their psABI classification, and random and fixed struct/union shapes.

A struct value is the list of its field values, an array value the list of its elements, a
union value the value of its first member. Every union made here starts with a *covering*
member -- an array of one of its scalar types spanning the whole union -- so that value
defines every byte the ABI moves; the other members are there for the classification.

classify(t) implements psABI 3.2.3 (as sysv-abi.md states it) for the statistics and the
weights only: the tests never trust it, gcc is the oracle.
"""

from abi_types import (CDOUBLE, CFLOAT, CHAR, CLDOUBLE, DOUBLE, FLOAT, INT, LDOUBLE, LONG, SHORT,
                       UCHAR, ComplexType, CType, pick)


def round_up(n, align):
    return (n + align - 1) // align * align


class ArrayType(CType):
    """`elem name[n]`, only as a member of a struct or union."""

    def __init__(self, elem, n):
        self.elem = elem
        self.n = n
        self.size = elem.size * n
        self.align = elem.align
        self.spelling = f"{elem.spelling}[{n}]"
        self.features = elem.features

    def declare(self, name):
        return self.elem.declare(f"{name}[{self.n}]")

    def random_value(self, rng):
        return [self.elem.random_value(rng) for _ in range(self.n)]

    def is_constant(self, value):
        return all(self.elem.is_constant(v) for v in value)

    def initializer(self, value):
        return "{" + ", ".join(self.elem.initializer(v) for v in value) + "}"

    def stores(self, lvalue, value):
        return [s for i, v in enumerate(value) for s in self.elem.stores(f"{lvalue}[{i}]", v)]

    def checks(self, expr, value):
        out = []
        for i, v in enumerate(value):
            for equal, label, fmt, got, expected in self.elem.checks(f"{expr}[{i}]", v):
                out.append((equal, f"[{i}]{label}", fmt, got, expected))
        return out

    def definitions(self):
        return self.elem.definitions()

    def leaves(self, offset=0):
        return [leaf for i in range(self.n) for leaf in self.elem.leaves(offset + i * self.elem.size)]


class RecordType(CType):
    """What structs and unions share: named members, definitions, member-wise checks."""

    keyword = "?"

    def __init__(self, tag, members):
        self.tag = tag
        self.members = members  # list of (name, CType)
        self.spelling = f"{self.keyword} {tag}"
        self.features = frozenset([self.keyword]).union(*(t.features for _, t in members))
        self.offsets = self.layout()
        self.align = max(t.align for _, t in members)
        end = max(off + t.size for off, (_, t) in zip(self.offsets, members))
        self.size = round_up(end, self.align)

    def definitions(self):
        out = []
        for _, t in self.members:
            out.extend(t.definitions())
        body = "".join(f"  {t.declare(name)};\n" for name, t in self.members)
        out.append(f"{self.spelling} {{\n{body}}};\n")
        return out

    def leaves(self, offset=0):
        return [leaf for off, (_, t) in zip(self.offsets, self.members)
                for leaf in t.leaves(offset + off)]

    def shape(self):
        """A short description: `{float,float}`, with nested records in full."""
        def show(t):
            if isinstance(t, RecordType):
                return t.shape()
            if isinstance(t, ArrayType):
                return f"{show(t.elem)}[{t.n}]"
            return t.spelling
        inner = ",".join(show(t) for _, t in self.members)
        prefix = "union" if self.keyword == "union" else ""
        return f"{prefix}{{{inner}}}"


class StructType(RecordType):
    keyword = "struct"

    def layout(self):
        offsets, off = [], 0
        for _, t in self.members:
            off = round_up(off, t.align)
            offsets.append(off)
            off += t.size
        return offsets

    def random_value(self, rng):
        return [t.random_value(rng) for _, t in self.members]

    def is_constant(self, value):
        return all(t.is_constant(v) for (_, t), v in zip(self.members, value))

    def initializer(self, value):
        return "{" + ", ".join(t.initializer(v) for (_, t), v in zip(self.members, value)) + "}"

    def stores(self, lvalue, value):
        return [s for (name, t), v in zip(self.members, value)
                for s in t.stores(f"{lvalue}.{name}", v)]

    def checks(self, expr, value):
        out = []
        for (name, t), v in zip(self.members, value):
            for equal, label, fmt, got, expected in t.checks(f"{expr}.{name}", v):
                out.append((equal, f".{name}{label}", fmt, got, expected))
        return out


class UnionType(RecordType):
    """A union whose first member covers all of it; its value is that member's."""

    keyword = "union"

    def layout(self):
        return [0] * len(self.members)

    def first(self):
        return self.members[0]

    def random_value(self, rng):
        return self.first()[1].random_value(rng)

    def is_constant(self, value):
        return self.first()[1].is_constant(value)

    def initializer(self, value):
        return "{" + self.first()[1].initializer(value) + "}"

    def stores(self, lvalue, value):
        name, t = self.first()
        return t.stores(f"{lvalue}.{name}", value)

    def checks(self, expr, value):
        name, t = self.first()
        return [(equal, f".{name}{label}", fmt, got, expected)
                for equal, label, fmt, got, expected in t.checks(f"{expr}.{name}", value)]


def merge(a, b):
    """psABI 3.2.3 rule 4: the class of an eightbyte holding fields of classes a and b."""
    if a == b:
        return a
    if a == "NO_CLASS" or b == "NO_CLASS":
        return b if a == "NO_CLASS" else a
    if "MEMORY" in (a, b):
        return "MEMORY"
    if "INTEGER" in (a, b):
        return "INTEGER"
    if a in ("X87", "X87UP") or b in ("X87", "X87UP"):
        return "MEMORY"
    return "SSE"


def eightbyte_classes(t):
    """Classes per eightbyte of t before the final answer, or None for MEMORY. As gcc does,
    a member that is itself a struct, union or array is classified as a whole first (with
    the post-merger rules), so a nested aggregate that is MEMORY makes its container MEMORY:
    union { char c[16]; union { long double x; _Bool b; } u; } is MEMORY although its
    eightbytes, merged field by field, would be INTEGER, INTEGER."""
    if isinstance(t, ArrayType):
        inner = eightbyte_classes(t.elem)
        if inner is None:
            return None
        classes = ["NO_CLASS"] * ((t.size + 7) // 8)
        for i in range(t.n):
            for k, c in enumerate(inner):
                at = (i * t.elem.size) // 8 + k
                if at < len(classes):
                    classes[at] = merge(classes[at], c)
        return post_merge(classes)
    if isinstance(t, ComplexType):  # psABI 3.2.3: COMPLEX_X87 is passed in memory
        if t.base is LDOUBLE:
            return None
        classes = ["NO_CLASS"] * ((t.size + 7) // 8)
        for off, _, kind in t.leaves():
            classes[off // 8] = merge(classes[off // 8], kind)
        return classes
    if not isinstance(t, RecordType):
        kind = t.leaves()[0][2]
        return ["X87", "X87UP"] if kind == "X87" else [kind]
    if t.size > 16:
        return None
    classes = ["NO_CLASS"] * ((t.size + 7) // 8)
    for off, (_, m) in zip(t.offsets, t.members):
        inner = eightbyte_classes(m)
        if inner is None:
            return None
        for k, c in enumerate(inner):
            classes[off // 8 + k] = merge(classes[off // 8 + k], c)
    return post_merge(classes)


def post_merge(classes):
    """psABI 3.2.3 rule 5 (the parts without vector classes)."""
    if "MEMORY" in classes:
        return None
    for k, c in enumerate(classes):
        if c == "X87UP" and (k == 0 or classes[k - 1] != "X87"):
            return None
    return classes


def classify(t):
    """psABI 3.2.3 classes of an argument of type t: a list with one class per eightbyte
    ("INTEGER", "SSE"), or ["MEMORY"], or ["X87"] for a long double (alone or wrapped), or
    ["COMPLEX_X87"] for a long double _Complex."""
    if isinstance(t, ComplexType) and t.base is LDOUBLE:
        return ["COMPLEX_X87"]  # memory as an argument, %st(0)/%st(1) as a return value
    classes = eightbyte_classes(t)
    if classes is None:
        return ["MEMORY"]
    if classes == ["X87", "X87UP"]:
        return ["X87"]
    if "X87" in classes or "X87UP" in classes:
        return ["MEMORY"]
    return ["SSE" if c == "NO_CLASS" else c for c in classes]


def class_name(t):
    return "+".join(classify(t))


# Fixed shapes every run should meet: each row of sysv-abi.md's examples and traps.
# (name, member type spellings as lists of (type, array length or None)).
FIXED_STRUCTS = [
    [(FLOAT, None), (FLOAT, None)],                       # SSE, packed in one xmm
    [(FLOAT, None), (FLOAT, None), (FLOAT, None)],        # SSE, SSE
    [(FLOAT, 3)],                                         # SSE, SSE (not INTEGER)
    [(DOUBLE, None), (LONG, None)],                       # SSE, INTEGER
    [(LONG, None), (DOUBLE, None)],                       # INTEGER, SSE
    [(FLOAT, None), (INT, None)],                         # INTEGER (mixed eightbyte)
    [(FLOAT, None), (FLOAT, None), (INT, None)],          # SSE, INTEGER
    [(CHAR, 9)],                                          # INTEGER, INTEGER
    [(DOUBLE, None), (DOUBLE, None)],                     # SSE, SSE
    [(LONG, None), (LONG, None), (LONG, None)],           # MEMORY (24 bytes)
    [(DOUBLE, None), (FLOAT, None)],                      # SSE, SSE
    [(CHAR, None)],                                       # 1 byte
    [(CHAR, 3)],                                          # 3 bytes
    [(SHORT, None), (CHAR, None)],                        # 4 bytes with padding
    [(UCHAR, 7)],                                         # 7 bytes
    [(LDOUBLE, None)],                                    # X87: memory in, %st(0) out
    [(LDOUBLE, None), (LONG, None)],                      # MEMORY
    [(CFLOAT, None)],                                     # SSE
    [(CDOUBLE, None)],                                    # SSE, SSE
    [(FLOAT, None), (CFLOAT, None)],                      # SSE, SSE (straddling)
    [(CFLOAT, None), (INT, None)],                        # SSE, INTEGER
    [(CLDOUBLE, None)],                                   # MEMORY (32 bytes)
]
FIXED_UNIONS = [
    [(FLOAT, None), (INT, None)],                         # INTEGER
    [(DOUBLE, None), (FLOAT, 2)],                         # SSE
    [(LDOUBLE, None), (INT, None)],                       # MEMORY
    [(CHAR, 3), (SHORT, None)],                           # 4 bytes, INTEGER
    [(CDOUBLE, None), (LONG, None)],                      # INTEGER, SSE
]


class ShapeMaker:
    """Makes struct and union types for one case, named abi_s<case>_<n> / abi_u<case>_<n>."""

    def __init__(self, case_id, scalars, features):
        self.case_id = case_id
        self.scalars = scalars  # (CType, weight) the members are drawn from
        self.features = features
        self.count = 0

    def name(self, letter):
        self.count += 1
        return f"abi_{letter}{self.case_id}_{self.count}"

    def allowed(self, rows):
        return all(t.features <= self.features for t, _ in rows)

    def from_rows(self, cls, rows):
        first = 1 if cls is UnionType else 0  # m0 is a union's covering member
        members = [(f"m{i + first}", t if n is None else ArrayType(t, n))
                   for i, (t, n) in enumerate(rows)]
        if cls is UnionType:
            return self.union(members)
        return StructType(self.name("s"), members)

    def fixed(self, rng, cls):
        table = FIXED_STRUCTS if cls is StructType else FIXED_UNIONS
        rows = rng.choice([r for r in table if self.allowed(r)] or [[(INT, None)]])
        return self.from_rows(cls, rows)

    def member(self, rng, depth):
        roll = rng.random()
        scalar = pick(rng, self.scalars)
        if roll < 0.68 or depth >= 2:
            return scalar
        if roll < 0.85:
            return ArrayType(scalar, rng.choice([1, 2, 3, 4, 5, 7, 9]))
        if roll < 0.95 or "union" not in self.features:
            inner = self.struct(rng, depth + 1, limit=24)
            return inner if rng.random() < 0.7 else ArrayType(inner, rng.randint(1, 3))
        return self.random_union(rng, depth + 1, limit=16)

    def struct(self, rng, depth=0, limit=None):
        """A random struct; 60% of them fit in 16 bytes (register classes)."""
        if limit is None:
            limit = 16 if rng.random() < 0.6 else 64
        for _ in range(20):
            count = rng.randint(1, 6 if limit > 16 else 4)
            members = [(f"m{i}", self.member(rng, depth)) for i in range(count)]
            t = StructType(self.name("s"), members)
            if t.size <= limit:
                return t
        return StructType(self.name("s"), [("m0", pick(rng, self.scalars))])

    def random_union(self, rng, depth=0, limit=None):
        if limit is None:
            limit = 16 if rng.random() < 0.7 else 48
        for _ in range(20):
            count = rng.randint(1, 3)
            members = [(f"m{i + 1}", self.member(rng, depth)) for i in range(count)]
            if max(t.size for _, t in members) <= limit:
                return self.union(members, rng)
        return self.union([("m1", pick(rng, self.scalars))], rng)

    def union(self, members, rng=None):
        """Prepends the covering member: an array of one of the members' scalar types whose
        size divides the union's (unsigned char if none does)."""
        align = max(t.align for _, t in members)
        size = round_up(max(t.size for _, t in members), align)
        candidates = []
        for _, t in members:
            for _, leaf_size, kind in t.leaves():
                for s, _ in self.scalars:
                    if (s.size == leaf_size and s.leaves()[0][2] == kind and size % s.size == 0
                            and s.size == s.align):
                        candidates.append(s)
        if not candidates:
            elem = UCHAR
        elif rng is None:
            elem = candidates[0]
        else:
            elem = rng.choice(candidates)
        cover = ("m0", ArrayType(elem, size // elem.size))
        return UnionType(self.name("u"), [cover] + [(n, t) for n, t in members])

    def make(self, rng, kind):
        """A struct ("struct") or union ("union"): a fixed shape one time in four."""
        cls = StructType if kind == "struct" else UnionType
        if rng.random() < 0.25:
            return self.fixed(rng, cls)
        return self.struct(rng) if cls is StructType else self.random_union(rng)
