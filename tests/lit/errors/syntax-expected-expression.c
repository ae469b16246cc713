// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

int f(int a) {
  // CHECK: syntax-expected-expression.c:[[@LINE+1]]:19: error: expected expression before ')' token
  return (a + 1 + );
}
