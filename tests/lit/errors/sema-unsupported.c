// Constructs minicc does not implement yet are reported as "... is not supported yet", naming
// the construct, at its location (never a crash or a silent miscompile); declarations in the
// system headers never trip them.
// RUN: rm -f %t.s
// RUN: not %minicc -S %s -o %t.s 2>&1 | %FileCheck %s --implicit-check-not=error:
// RUN: test ! -e %t.s

#include <stdlib.h>
#include <math.h>
#include <stdio.h>

struct Flex { int n; int data[]; };
// CHECK: sema-unsupported.c:[[@LINE+1]]:24: error: initialization of a flexible array member is not supported yet
struct Flex flex = {1, {2, 3}};
// CHECK: sema-unsupported.c:[[@LINE+1]]:1: error: '_Thread_local' is not supported yet
_Thread_local int per_thread;
// CHECK: sema-unsupported.c:[[@LINE+1]]:1: error: '_Complex' is not supported yet
_Complex double complex_value;
// CHECK: sema-unsupported.c:[[@LINE+1]]:1: error: '_Atomic' is not supported yet
_Atomic int atomic_counter;
// CHECK: sema-unsupported.c:[[@LINE+1]]:5: error: '_Atomic' is not supported yet
int *_Atomic atomic_pointer;
// CHECK: sema-unsupported.c:[[@LINE+1]]:5: error: old-style function definitions are not supported yet
int old_style(a) int a; { return a; }
// CHECK: sema-unsupported.c:[[@LINE+1]]:20: error: designator ranges are not supported yet
int ranges[10] = { [1 ... 3] = 5 };

int f(int n, int x) {
  // CHECK: sema-unsupported.c:[[@LINE+1]]:8: error: variable-length arrays are not supported yet
  int a[n];
  switch (x) {
  // CHECK: sema-unsupported.c:[[@LINE+1]]:3: error: case ranges wider than 4096 values are not supported yet
  case 1 ... 10000:
    return 1;
  }
  // CHECK: sema-unsupported.c:[[@LINE+1]]:10: error: built-in function '__builtin_expect' is not supported yet
  return __builtin_expect(x, 1) + (int)sizeof a;
}
