// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

// CHECK: syntax-expected-identifier.c:[[@LINE+1]]:16: error: expected identifier or '(' before 'int'
int int_value, int;
