// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

// CHECK: syntax-declarator-list.c:[[@LINE+1]]:7: error: expected '=', ',', ';', 'asm' or '__attribute__' before 'y'
int x y;
// CHECK: syntax-declarator-list.c:[[@LINE+1]]:11: error: expected ',' or ';' before numeric constant
int z = 1 2;
