// A function left open reports what was expected at the end of the input.
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

int main(void) {
  if (1) {
    return 0;
  }
// CHECK: syntax-end-of-input.c:[[@LINE-1]]:4: error: expected declaration or statement at end of input
