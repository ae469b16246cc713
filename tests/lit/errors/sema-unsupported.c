// Constructs Sema still rejects are reported as "... is not supported yet" (never a crash, never
// a silent miscompile), each once and at gcc's location for the construct. gcc accepts all of
// them, so this test is not run on gcc's output. Floating point, structs and unions by value and
// variadic definitions (issue 3) are accepted: the end of the file uses each of them.
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

#include <stdarg.h>

struct Flexible { int n; int data[]; };

// CHECK: sema-unsupported.c:[[@LINE+1]]:1: error: complex integer types are not supported yet
_Complex int z;
// CHECK: sema-unsupported.c:[[@LINE+1]]:1: error: '_Atomic' is not supported yet
_Atomic(int) atomic;
// CHECK: sema-unsupported.c:[[@LINE+1]]:5: error: '_Atomic' is not supported yet
int *_Atomic atomic_pointer;


int vla_member(int n) {
  // CHECK: sema-unsupported.c:[[@LINE+1]]:16: error: variably modified field 'm' is not supported yet
  struct { int m[n]; } s;
  return sizeof s;
}

// CHECK: sema-unsupported.c:[[@LINE+1]]:19: error: designator ranges are not supported yet
int ranges[10] = {[2 ... 5] = 1};
// CHECK: sema-unsupported.c:[[@LINE+1]]:32: error: initialization of a flexible array member is not supported yet
struct Flexible flexible = {1, {2, 3}};

int wide_case(int x) {
  switch (x) {
  // CHECK: sema-unsupported.c:[[@LINE+1]]:3: error: case ranges wider than 4096 values are not supported yet
  case 0 ... 10000: return 1;
  }
  // CHECK: sema-unsupported.c:[[@LINE+1]]:18: error: built-in function '__builtin_object_size' is not supported yet
  return *(int *)__builtin_object_size(&x, 0);
}

// CHECK-NOT: error:
struct P { int x, y; };
struct P swap(struct P p) { struct P q = {p.y, p.x}; return q; }
double half(double d) { return d / 2; }
long double third(long double x) { return x / 3; }
int sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, struct P).x + (int)va_arg(ap, double);
  va_end(ap);
  return s;
}
