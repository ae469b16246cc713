// Wrong uses of gcc's built-ins get gcc 12's diagnostics (checked against gcc -fsyntax-only).
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

struct S { int a; } s;

int f(int *p, double d) {
  // CHECK: sema-builtins.c:[[@LINE+2]]:30: warning: passing argument 1 of '__builtin_popcount' makes integer from pointer without a cast [-Wint-conversion]
  // CHECK: sema-builtins.c:[[@LINE+1]]:30: note: expected 'unsigned int' but argument is of type 'int *'
  int r = __builtin_popcount(p);
  // CHECK: sema-builtins.c:[[@LINE+1]]:8: error: too few arguments to function '__builtin_popcount'
  r += __builtin_popcount();
  // CHECK: sema-builtins.c:[[@LINE+1]]:8: error: too many arguments to function '__builtin_clzll'
  r += __builtin_clzll(1, 2);
  // CHECK: sema-builtins.c:[[@LINE+2]]:22: error: incompatible type for argument 1 of '__builtin_clz'
  // CHECK: sema-builtins.c:[[@LINE+1]]:22: note: expected 'unsigned int' but argument is of type 'struct S'
  r += __builtin_clz(s);
  // CHECK: sema-builtins.c:[[@LINE+1]]:8: error: too few arguments to function '__builtin_add_overflow'
  r += __builtin_add_overflow(1, 2);
  // CHECK: sema-builtins.c:[[@LINE+1]]:37: error: argument 3 in call to function '__builtin_add_overflow' does not have pointer to integral type
  r += __builtin_add_overflow(1, 2, &d);
  long q;
  // CHECK: sema-builtins.c:[[@LINE+1]]:31: error: argument 1 in call to function '__builtin_sub_overflow' does not have integral type
  r += __builtin_sub_overflow(1.0, 2, &q);
  // CHECK: sema-builtins.c:[[@LINE+1]]:37: error: argument 3 in call to function '__builtin_mul_overflow' does not have pointer to integral type
  r += __builtin_mul_overflow(1, 2, q);
  _Bool b;
  // CHECK: sema-builtins.c:[[@LINE+1]]:37: error: argument 3 in call to function '__builtin_add_overflow' has pointer to boolean type
  r += __builtin_add_overflow(1, 2, &b);
  // CHECK: sema-builtins.c:[[@LINE+1]]:8: error: too few arguments to function '__builtin_constant_p'
  r += __builtin_constant_p();
  // CHECK: sema-builtins.c:[[@LINE+1]]:8: error: too many arguments to function '__builtin_expect'
  r += __builtin_expect(1, 2, 3);
  // An unknown built-in stays an error naming it (gcc would implicitly declare it and fail to link).
  // CHECK: sema-builtins.c:[[@LINE+1]]:8: error: built-in function '__builtin_frobnicate' is not supported yet
  r += __builtin_frobnicate(1);
  return r;
}

// Not constant: clz of 0 is undefined, so gcc does not fold it.
// CHECK: sema-builtins.c:[[@LINE+1]]:12: error: variably modified 'a' at file scope
static int a[__builtin_clz(0)];

struct B { int a; int b : 3; struct { int x[4]; } in; };
struct Incomplete;
int n;
// gcc puts this one at the end of the type name; minicc at the member.
// CHECK: sema-builtins.c:[[@LINE+1]]:49: error: attempt to take address of bit-field structure member 'b'
unsigned long o1 = __builtin_offsetof(struct B, b);
// CHECK: sema-builtins.c:[[@LINE+1]]:20: error: 'struct B' has no member named 'zz'
unsigned long o2 = __builtin_offsetof(struct B, zz);
// CHECK: sema-builtins.c:[[@LINE+1]]:20: error: request for member 'a' in something not a structure or union
unsigned long o3 = __builtin_offsetof(int, a);
// CHECK: sema-builtins.c:[[@LINE+1]]:50: error: subscripted value is neither array nor pointer nor vector
unsigned long o4 = __builtin_offsetof(struct B, a[1]);
// CHECK: sema-builtins.c:[[@LINE+1]]:20: error: invalid use of undefined type 'struct Incomplete'
unsigned long o5 = __builtin_offsetof(struct Incomplete, a);
// gcc computes this one at run time.
// CHECK: sema-builtins.c:[[@LINE+1]]:54: error: '__builtin_offsetof' with a non-constant subscript is not supported yet
unsigned long o6 = __builtin_offsetof(struct B, in.x[n]);
