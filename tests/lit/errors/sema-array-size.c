// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

// CHECK: sema-array-size.c:[[@LINE+1]]:5: error: size of array 'a' is negative
int a[-1];
// CHECK: sema-array-size.c:[[@LINE+1]]:5: error: size of array 'b' has non-integer type
int b[(int *)0 - (int *)0 + (char *)0];
int n;
// CHECK: sema-array-size.c:[[@LINE+1]]:5: error: variably modified 'c' at file scope
int c[n];
int f(void) {
  // CHECK: sema-array-size.c:[[@LINE+1]]:20: error: size of unnamed array is negative
  return sizeof(int[-3]);
}
