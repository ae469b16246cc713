"""Random ABI test cases: which types a run may use (--features), and how a case is drawn.

A case is one function signature (fixed parameters, optionally `...` with variadic arguments,
a return type) with one set of argument values and one return value. Case K of seed S under a
feature set F is drawn from its own generator seeded with "S:K" (plus F when it is not the
integer-only set the first version of this generator had), so it is the same whatever batch
it is built in and whatever --count says, and `fuzz.py --case K` rebuilds exactly it.

Features (each names what it adds to the pool the types are drawn from):
  int         _Bool, char … long long of both signednesses, pointers (always on)
  float       float and double (scalars, struct/union members, variadic arguments)
  longdouble  long double, alone and inside structs/unions (x87 class, MEMORY)
  struct      structs by value: random (nested, arrays, padded, 1-64 bytes) and fixed shapes
  union       unions by value (mixed members)
  varargs     variadic callees that read their arguments with va_arg (directly, through a
              va_list passed to a helper, or twice through va_copy)
  callback    function pointer parameters that the callee calls back across the boundary
  complex     float/double/long double _Complex: scalars, struct/union members, variadic
              arguments, returns (one SSE eightbyte, two, COMPLEX_X87)
"""

import random

from abi_aggregates import ShapeMaker
from abi_types import (COMPLEX_TYPES, DOUBLE, FLOAT_TYPES, INTEGER_TYPES, LDOUBLE, POINTER_TYPES, VOID, CType,
                       pick, promoted, promoted_value)

ALL_FEATURES = ["int", "float", "longdouble", "struct", "union", "varargs", "callback",
                "complex"]
# What CTest runs: what minicc on main supports, which since issue 3 is everything.
DEFAULT_FEATURES = ALL_FEATURES


def parse_features(text):
    if text == "all":
        return frozenset(ALL_FEATURES)
    names = {f.strip() for f in text.split(",") if f.strip()} | {"int"}
    unknown = names - set(ALL_FEATURES)
    if unknown:
        raise ValueError(f"unknown feature(s) {', '.join(sorted(unknown))}; "
                         f"known: {', '.join(ALL_FEATURES)}, or all")
    return frozenset(names)


class Arg:
    """A value passed somewhere: its type, its value, and how the passing side spells it:
    "const" (a literal in the call), "global" (a global variable), "local" (a local)."""

    def __init__(self, ctype, value, mode):
        self.type = ctype
        self.value = value
        self.mode = mode


class Signature:
    def __init__(self, params, ret, ret_value, variadic=None):
        self.params = params  # list of Arg
        self.ret = ret
        self.ret_value = ret_value
        self.variadic = variadic  # None, or list of Arg (the type as passed, before promotion)

    def param_list(self):
        text = ", ".join(a.type.declare(f"p{i}") for i, a in enumerate(self.params))
        if self.variadic is not None:
            return text + ", ..."
        return text or "void"

    def describe(self, name):
        params = [a.type.spelling if not hasattr(a.type, "shape") else a.type.shape()
                  for a in self.params]
        if self.variadic is not None:
            va = [a.type.spelling if not hasattr(a.type, "shape") else a.type.shape()
                  for a in self.variadic]
            params.append("... <" + ", ".join(va) + ">")
        ret = self.ret.shape() if hasattr(self.ret, "shape") else self.ret.spelling
        return f"{ret} {name}({', '.join(params)})"

    def types(self):
        out = [a.type for a in self.params] + [self.ret]
        if self.variadic:
            out += [a.type for a in self.variadic] + [promoted(a.type) for a in self.variadic]
        return out


class CallbackType(CType):
    """A pointer to a function that the caller's translation unit defines (abi_cb<case>_<n>)
    and the callee calls with its own arguments; its value is that function."""

    size = align = 8
    features = frozenset(["callback"])

    def __init__(self, name, signature):
        self.name = name
        self.sig = signature
        self.spelling = f"{name}_t"

    def random_value(self, rng):
        return self.name

    def literal(self, value):
        return value

    def checks(self, expr, value):
        return [(f"{expr} == {value}", "", "%#lx", f"(unsigned long){expr}",
                 f"(unsigned long){value}")]

    def definitions(self):
        out = []
        for t in self.sig.types():
            out.extend(t.definitions())
        ret = self.sig.ret.spelling
        out.append(f"typedef {ret} (*{self.spelling})({self.sig.param_list()});\n"
                   f"{self.sig.ret.declare(self.name)}({self.sig.param_list()});\n")
        return out

    def leaves(self, offset=0):
        return [(offset, 8, "INTEGER")]

    def shape(self):
        return "(*)" + self.sig.describe("").replace(" (", "(", 1)


# The scalar rows of the type pool: (category for PROFILES, feature, weight, type).
def scalar_rows():
    rows = [("int", "int", 3, t) for t in INTEGER_TYPES]
    rows += [("ptr", "int", 1, t) for t in POINTER_TYPES]
    rows += [("float", "float", 9, FLOAT_TYPES[0]), ("float", "float", 12, FLOAT_TYPES[1]),
             ("ld", "longdouble", 4, LDOUBLE)]
    rows += [("float", "complex", w, t) for w, t in zip([4, 4, 3], COMPLEX_TYPES)]
    return rows


# Per-case emphasis: weight multipliers per category, so that some cases have more than six
# integer or more than eight floating arguments, or many aggregates.
PROFILES = [
    (4, {}),
    (1, {"int": 3, "ptr": 2, "float": 0.2, "struct": 0.3}),
    (1, {"float": 4, "int": 0.2, "ptr": 0.2}),
    (1, {"struct": 3, "union": 2}),
]


class Pools:
    """The weighted types one case draws from, given the features and a profile."""

    def __init__(self, features, scale, maker):
        self.features = features
        self.maker = maker
        rows = [r for r in scalar_rows() if r[1] in features]
        maker.scalars = [(t, w) for _, _, w, t in rows]  # members: unscaled weights
        self.scalars = [(t, w * scale.get(cat, 1)) for cat, _, w, t in rows]
        self.rows = [(("scalar", t), w) for t, w in self.scalars]
        if "struct" in features:
            self.rows.append((("struct", None), 30 * scale.get("struct", 1)))
        if "union" in features:
            self.rows.append((("union", None), 8 * scale.get("union", 1)))

    def draw(self, rng, callbacks=False):
        rows = self.rows
        if callbacks and "callback" in self.features:
            rows = rows + [(("callback", None), 5)]
        kind, t = pick(rng, rows)
        if kind == "scalar":
            return t
        if kind == "callback":
            return self.callback(rng)
        return self.maker.make(rng, kind)

    def draw_return(self, rng):
        if rng.random() < 0.15:
            return VOID
        return self.draw(rng)

    def callback(self, rng):
        name = self.maker.name("cb")
        params = [self.draw(rng) for _ in range(rng.randint(0, 9))]
        sig = Signature([Arg(t, t.random_value(rng), arg_mode(rng, t)) for t in params],
                        *return_pair(rng, self))
        return CallbackType(name, sig)


def return_pair(rng, pools):
    ret = pools.draw_return(rng)
    return ret, (None if ret is VOID else ret.random_value(rng))


def arg_mode(rng, t):
    roll = rng.random()
    if roll < 0.3:
        return "global"
    if roll < 0.6 and not hasattr(t, "members"):
        return "const"
    return "local"


class Case:
    def __init__(self, case_id, sig, va_style, float_sentinels, ret_style):
        self.id = case_id
        self.sig = sig
        self.va_style = va_style  # "direct", "helper" (a va_list parameter) or "copy"
        self.float_sentinels = float_sentinels
        self.ret_style = ret_style  # how the callee builds an aggregate return: local/static

    def describe(self):
        return self.sig.describe(f"abi_f{self.id}")

    def all_types(self):
        out = self.sig.types() + ([DOUBLE] if self.float_sentinels else [])
        for a in self.sig.params:
            if isinstance(a.type, CallbackType):
                out += a.type.sig.types()
        return out


def case_rng(seed, case_id, features):
    if features == frozenset(["int"]):
        return random.Random(f"{seed}:{case_id}")
    return random.Random(f"{seed}:{case_id}:{','.join(sorted(features))}")


def make_case(seed, case_id, max_params=14, features=frozenset(["int"])):
    rng = case_rng(seed, case_id, features)
    if features == frozenset(["int"]):
        return make_int_case(rng, case_id, max_params)
    scale = pick(rng, [(p, w) for w, p in PROFILES])
    maker = ShapeMaker(case_id, [], features)
    pools = Pools(features, scale, maker)
    variadic = "varargs" in features and rng.random() < 0.3
    low = 1 if variadic else 0
    count = rng.randint(low, min(max_params, 6) if variadic else max_params)
    if rng.random() < 0.25:  # long lists: more than 6 integer / 8 floating arguments
        count = rng.randint(max(low, max_params // 2), max_params + 4)
    params = [pools.draw(rng, callbacks=True) for _ in range(count)]
    args = [Arg(t, t.random_value(rng), arg_mode(rng, t)) for t in params]
    va_args = None
    if variadic:
        va_types = [pools.draw(rng) for _ in range(rng.randint(1, 14))]
        va_args = [Arg(t, t.random_value(rng), arg_mode(rng, t)) for t in va_types]
    ret, ret_value = return_pair(rng, pools)
    sig = Signature(args, ret, ret_value, va_args)
    va_style = rng.choice(["direct", "direct", "helper", "copy"])
    return Case(case_id, sig, va_style, "float" in features and rng.random() < 0.5,
                rng.choice(["local", "static"]))


def make_int_case(rng, case_id, max_params):
    """The integer-only cases exactly as the first version of the generator drew them, so
    seed 1 of CTest's integer run stays the same set of signatures."""
    weighted = [(t, 3) for t in INTEGER_TYPES] + [(t, 1) for t in POINTER_TYPES]
    count = rng.randint(1, max_params)
    params = [pick(rng, weighted) for _ in range(count)]
    values = [t.random_value(rng) for t in params]
    ret = pick(rng, [(VOID, 4)] + weighted)
    ret_value = None if ret is VOID else ret.random_value(rng)
    modes = ["global" if rng.random() < 0.3 else "const" for _ in params]
    args = [Arg(t, v, m) for t, v, m in zip(params, values, modes)]
    return Case(case_id, Signature(args, ret, ret_value), "direct", False, "local")


def make_cases(seed, ids, max_params=14, features=frozenset(["int"])):
    return [make_case(seed, k, max_params, features) for k in ids]


def classify_for_stats(t):
    """The classes of the eightbytes t takes in registers (MEMORY/X87: none)."""
    from abi_aggregates import classify
    return [c for c in classify(t) if c in ("INTEGER", "SSE")]


def va_reads(case):
    """(read type, expected value) per variadic argument, after the default promotions."""
    return [(promoted(a.type), promoted_value(a.type, a.value)) for a in case.sig.variadic]
