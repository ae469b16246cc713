// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

int f(int a, int b, int arr[2]) {
  int local[2];
  // CHECK: sema-lvalue.c:[[@LINE+1]]:11: error: lvalue required as left operand of assignment
  (a + b) = 3;
  // CHECK: sema-lvalue.c:[[@LINE+1]]:3: error: lvalue required as unary '&' operand
  &(a + 1);
  // CHECK: sema-lvalue.c:[[@LINE+1]]:8: error: lvalue required as increment operand
  (a)++++;
  // CHECK: sema-lvalue.c:[[@LINE+1]]:9: error: assignment to expression with array type
  local = arr;
  // CHECK: sema-lvalue.c:[[@LINE+1]]:3: error: lvalue required as decrement operand
  --local;
  return 0;
}
