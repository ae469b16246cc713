// A missing ';' is reported just after the previous token, like gcc.
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

int main(void) {
  int x = 1;
  // CHECK: syntax-missing-semicolon.c:[[@LINE+1]]:8: error: expected ';' before '}' token
  x = 2
}
