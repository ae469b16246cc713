// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

int f(void) {
  // CHECK: sema-undeclared.c:[[@LINE+4]]:10: error: 'x' undeclared (first use in this function)
  // CHECK-NEXT: return x + x;
  // CHECK-NEXT: ^
  // CHECK-NEXT: sema-undeclared.c:[[@LINE+1]]:10: note: each undeclared identifier is reported only once for each function it appears in
  return x + x;
}

int g(void) {
  // Reported again in another function, without the note.
  // CHECK: sema-undeclared.c:[[@LINE+2]]:3: error: 'x' undeclared (first use in this function)
  // CHECK-NOT: note:
  x = 1;
  return 0;
}

// CHECK: sema-undeclared.c:[[@LINE+1]]:9: error: 'y' undeclared here (not in a function)
int h = y;
