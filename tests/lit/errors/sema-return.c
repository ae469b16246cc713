// gcc 12's warnings for `return` without a value in a non-void function and with a value in a
// void function; both point at the function with a note.
// RUN: %minicc -fsyntax-only %s 2>&1 | %FileCheck %s

int g(void);

int no_value(int x) {
  if (x)
    // CHECK: sema-return.c:[[@LINE+2]]:5: warning: 'return' with no value, in function returning non-void
    // CHECK: sema-return.c:[[@LINE-3]]:5: note: declared here
    return;
  return 1;
}

void with_value(void) {
  // CHECK: sema-return.c:[[@LINE+2]]:10: warning: 'return' with a value, in function returning void
  // CHECK: sema-return.c:[[@LINE-2]]:6: note: declared here
  return g();
}
