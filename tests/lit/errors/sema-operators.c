// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

struct S { int a; } s;

void f(int i, int *p, char *c, void *v) {
  // CHECK: sema-operators.c:[[@LINE+1]]:3: error: wrong type argument to unary minus
  -s;
  // CHECK: sema-operators.c:[[@LINE+1]]:3: error: wrong type argument to bit-complement
  ~p;
  // CHECK: sema-operators.c:[[@LINE+1]]:3: error: wrong type argument to unary exclamation mark
  !s;
  // CHECK: sema-operators.c:[[@LINE+1]]:3: error: invalid type argument of unary '*' (have 'int')
  *i;
  // CHECK: sema-operators.c:[[@LINE+1]]:4: error: wrong type argument to increment
  s++;
  // CHECK: sema-operators.c:[[@LINE+1]]:4: error: subscripted value is neither array nor pointer nor vector
  i[0];
  // CHECK: sema-operators.c:[[@LINE+1]]:4: error: array subscript is not an integer
  p[p];
  // CHECK: sema-operators.c:[[@LINE+1]]:5: warning: comparison between pointer and integer
  p == 1;
  // CHECK: sema-operators.c:[[@LINE+1]]:5: warning: comparison of distinct pointer types lacks a cast
  p == c;
  // (gcc points at the ':' of the conditional; minicc at the '?')
  // CHECK: sema-operators.c:[[@LINE+1]]:5: warning: pointer type mismatch in conditional expression
  i ? p : c;
  // CHECK: sema-operators.c:[[@LINE+1]]:5: warning: pointer/integer type mismatch in conditional expression
  i ? p : 5;
  // CHECK: sema-operators.c:[[@LINE+1]]:5: error: type mismatch in conditional expression
  i ? s : 1;
  // (gcc points inside the type name)
  // CHECK: sema-operators.c:[[@LINE+1]]:3: error: conversion to non-scalar type requested
  (struct S)i;
  // CHECK: sema-operators.c:[[@LINE+1]]:3: error: aggregate value used where an integer was expected
  (int)s;
  // CHECK: sema-operators.c:[[@LINE+1]]:3: warning: cast from pointer to integer of different size [-Wpointer-to-int-cast]
  (int)p;
  // CHECK: sema-operators.c:[[@LINE+1]]:3: warning: cast to pointer from integer of different size [-Wint-to-pointer-cast]
  (char *)i;
  // CHECK: sema-operators.c:[[@LINE+1]]:5: warning: division by zero [-Wdiv-by-zero]
  i / 0;
  // CHECK: sema-operators.c:[[@LINE+1]]:5: warning: left shift count >= width of type [-Wshift-count-overflow]
  i << 32;
  // No warning: void * compares with any object pointer, and 0 is a null pointer constant.
  // CHECK-NOT: warning: comparison
  p == v;
  p != 0;
}
