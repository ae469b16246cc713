// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

struct B {
  // CHECK: sema-bit-fields.c:[[@LINE+1]]:7: error: width of 'wide' exceeds its type
  int wide : 33;
  // CHECK: sema-bit-fields.c:[[@LINE+1]]:7: error: negative width in bit-field 'negative'
  int negative : -1;
  // CHECK: sema-bit-fields.c:[[@LINE+1]]:7: error: zero width for bit-field 'zero'
  int zero : 0;
  // CHECK: sema-bit-fields.c:[[@LINE+1]]:8: error: bit-field 'pointer' has invalid type
  int *pointer : 3;
  // CHECK: sema-bit-fields.c:[[@LINE+1]]:9: error: width of 'flag' exceeds its type
  _Bool flag : 2;
  // CHECK: sema-bit-fields.c:[[@LINE+1]]:15: error: duplicate member 'ok'
  int ok : 3, ok : 4;
  int : 0; // an unnamed zero-width bit-field is fine
};

struct C { int x : 4; } c;
// CHECK: sema-bit-fields.c:[[@LINE+1]]:10: error: cannot take address of bit-field 'x'
int *q = &c.x;
// CHECK: sema-bit-fields.c:[[@LINE+1]]:16: error: 'sizeof' applied to a bit-field
int s = sizeof c.x;
