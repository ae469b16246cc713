// Recovery at statement and declaration level reports each error once, without cascades.
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s --implicit-check-not=error:
// RUN: test ! -e %t.s

int f(int a) {
  // CHECK: syntax-recovery.c:[[@LINE+1]]:11: error: expected expression before ';' token
  a = a * ;
  // CHECK: syntax-recovery.c:[[@LINE+1]]:13: error: expected ')' before ';' token
  a = (a + 1;
  return a;
}

// CHECK: syntax-recovery.c:[[@LINE+1]]:19: error: expected ';' before '}' token
int g(void) { f(1) }

int h(void) { return 2; }

// CHECK: syntax-recovery.c:[[@LINE+1]]:26: error: expected ',' or '}' before 'C'
enum colour { RED, GREEN C };
