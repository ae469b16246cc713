// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

// CHECK: syntax-parameter-list.c:[[@LINE+1]]:14: error: expected declaration specifiers or '...' before ')' token
int f(int a, );
