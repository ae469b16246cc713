// Floating point, structs and unions by value and variadic function definitions are the
// next issue: they are reported as not supported yet (never a crash), while declarations that
// merely mention them, as system headers do, are accepted.
// RUN: not %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

#include <stdlib.h>
#include <math.h>
#include <stdio.h>

struct P { int x, y; };
struct P make(int x);
void take(struct P p);
double half(double d);

// CHECK: sema-unsupported.c:[[@LINE+1]]:5: error: variadic function definitions are not supported yet
int logf_like(const char *format, ...) { return 0; }
// CHECK: sema-unsupported.c:[[@LINE+1]]:10: error: returning 'struct P' by value is not supported yet
struct P by_value(void) { struct P p = {1, 2}; return p; }
// CHECK: sema-unsupported.c:[[@LINE+1]]:27: error: passing 'struct P' by value is not supported yet
int takes_struct(struct P p) { return p.x; }

int f(struct P *p) {
  // CHECK: sema-unsupported.c:[[@LINE+1]]:8: error: passing 'struct P' by value is not supported yet
  take(*p);
  // CHECK: sema-unsupported.c:[[@LINE+1]]:3: error: returning 'struct P' by value is not supported yet
  make(1);
  // CHECK: sema-unsupported.c:[[@LINE+1]]:20: error: floating-point values are not supported yet
  return (int)half(2);
}
