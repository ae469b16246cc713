// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

struct Later;
struct Later *p;

int f(void) {
  // CHECK: sema-incomplete.c:[[@LINE+1]]:16: error: storage size of 'local' isn't known
  struct Later local;
  // CHECK: sema-incomplete.c:[[@LINE+1]]:7: error: array size missing in 'a'
  int a[];
  // CHECK: sema-incomplete.c:[[@LINE+1]]:17: error: invalid application of 'sizeof' to incomplete type 'struct Later'
  return sizeof(struct Later) + p->x;
  // CHECK: sema-incomplete.c:[[@LINE-1]]:34: error: invalid use of undefined type 'struct Later'
}

// CHECK: sema-incomplete.c:[[@LINE+1]]:21: error: array type has incomplete element type 'struct Later'
extern struct Later array[2];
// A tentative definition of an incomplete type is an error at the end of the unit.
// CHECK: sema-incomplete.c:[[@LINE+1]]:14: error: storage size of 'never' isn't known
struct Later never;
