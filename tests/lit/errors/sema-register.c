// C11 6.7.1p6: the address of an object declared `register` cannot be taken.
// (gcc 12 reports these at column 1 of the function.)
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

int f(register int p) {
  register int r = 1;
  // CHECK: sema-register.c:[[@LINE+1]]:12: error: address of register variable 'r' requested
  int *q = &r;
  // CHECK: sema-register.c:[[@LINE+1]]:11: error: address of register variable 'p' requested
  return *&p + *q;
}
