// Integer constant expressions are required (C11 6.6) for enumerator values, bit-field widths,
// _Alignas, array sizes at file scope, static initializers, case labels and _Static_assert;
// each context has gcc 12's message and location. The checks pass on gcc's own output.
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s
// RUN: not %cc -fsyntax-only %s 2>&1 | %FileCheck %s

int n = 3;
const int cn = 4; // a const object is not a constant expression in C

// A non-constant integer is reported at the enumerator, a value of another type at the value.
// CHECK: sema-constant-expressions.c:[[@LINE+4]]:8: error: enumerator value for 'E1' is not an integer constant
// CHECK: sema-constant-expressions.c:[[@LINE+3]]:20: error: enumerator value for 'E2' is not an integer constant
// CHECK: sema-constant-expressions.c:[[@LINE+2]]:35: error: enumerator value for 'E3' is not an integer constant
// CHECK: sema-constant-expressions.c:[[@LINE+1]]:49: error: enumerator value for 'E4' is not an integer constant
enum { E1 = n + 1, E2 = (n), E3 = 2 * 1.5, E4 = "s", E5 = sizeof(int) * 'a' };

// CHECK: sema-constant-expressions.c:[[@LINE+2]]:16: error: bit-field 'f' width not an integer constant
// CHECK: sema-constant-expressions.c:[[@LINE+1]]:27: error: bit-field 'g' width not an integer constant
struct B { int f : n; int g : 2.0; int ok : E5 - 'a' * 4 + 1; };

// CHECK: sema-constant-expressions.c:[[@LINE+1]]:1: error: requested alignment is not an integer constant
_Alignas(n) int al;
// CHECK: sema-constant-expressions.c:[[@LINE+1]]:1: error: requested alignment '3' is not a positive power of 2
_Alignas(3) int al3;
// CHECK: sema-constant-expressions.c:[[@LINE+1]]:5: error: variably modified 'arr' at file scope
int arr[cn];
// CHECK: sema-constant-expressions.c:[[@LINE+1]]:5: error: size of array 'arr2' has non-integer type
int arr2[2.5];
// CHECK: sema-constant-expressions.c:[[@LINE+1]]:16: error: initializer element is not constant
static int s = n;

void f(int x) {
  switch (x) {
  // CHECK: sema-constant-expressions.c:[[@LINE+1]]:3: error: case label does not reduce to an integer constant
  case 1.5:
    break;
  // CHECK: sema-constant-expressions.c:[[@LINE+1]]:3: error: case label does not reduce to an integer constant
  case n:
    break;
  case E5 / 2 + sizeof(long):
    break;
  }
}
// CHECK: sema-constant-expressions.c:[[@LINE+1]]:16: error: expression in static assertion is not constant
_Static_assert(n, "x");
_Static_assert(E5 == 388 && _Alignof(long) == 8, "constant");
