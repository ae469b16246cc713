// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

struct S { int a; } s;

void f(int *p, int *q, char (*pa)[3]) {
  // CHECK: sema-invalid-operands.c:[[@LINE+1]]:5: error: invalid operands to binary + (have 'int *' and 'int *')
  p + q;
  // CHECK: sema-invalid-operands.c:[[@LINE+1]]:5: error: invalid operands to binary * (have 'int *' and 'int')
  p * 2;
  // CHECK: sema-invalid-operands.c:[[@LINE+1]]:5: error: invalid operands to binary << (have 'int' and 'int *')
  1 << p;
  // CHECK: sema-invalid-operands.c:[[@LINE+1]]:5: error: invalid operands to binary % (have 'struct S' and 'int')
  s % 2;
  // CHECK: sema-invalid-operands.c:[[@LINE+1]]:6: error: invalid operands to binary - (have 'char (*)[3]' and 'int *')
  pa - p;
  // CHECK: sema-invalid-operands.c:[[@LINE+1]]:5: error: invalid operands to binary | (have 'int *' and 'long int')
  p | 1L;
}
