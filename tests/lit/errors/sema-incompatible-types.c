// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

struct S { int a; } s;
struct T { int a; } t;

int f(int i) {
  // CHECK: sema-incompatible-types.c:[[@LINE+1]]:7: error: incompatible types when assigning to type 'int' from type 'struct S'
  i = s;
  // CHECK: sema-incompatible-types.c:[[@LINE+1]]:7: error: incompatible types when assigning to type 'struct S' from type 'struct T'
  s = t;
  // CHECK: sema-incompatible-types.c:[[@LINE+1]]:11: error: incompatible types when initializing type 'int' using type 'struct S'
  int j = s;
  // CHECK: sema-incompatible-types.c:[[@LINE+1]]:10: error: incompatible types when returning type 'struct T' but 'int' was expected
  return t;
}
