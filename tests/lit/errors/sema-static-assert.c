// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

_Static_assert(sizeof(int) == 4, "int is 32 bits");
// CHECK: sema-static-assert.c:[[@LINE+1]]:1: error: static assertion failed: "long is small"
_Static_assert(sizeof(long) == 4, "long is small");
int n;
// CHECK: sema-static-assert.c:[[@LINE+1]]:16: error: expression in static assertion is not constant
_Static_assert(n, "n");
struct S {
  int a;
  // CHECK: sema-static-assert.c:[[@LINE+1]]:3: error: static assertion failed: "in a struct"
  _Static_assert(0, "in a struct");
};
