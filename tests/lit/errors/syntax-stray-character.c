// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

int main(void) {
  // CHECK: syntax-stray-character.c:[[@LINE+1]]:13: error: stray '@' in program
  int x = 1 @ 2;
  // CHECK: syntax-stray-character.c:[[@LINE-1]]:15: error: expected ',' or ';' before numeric constant
  return x;
}
