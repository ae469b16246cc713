// gcc 12 accepts a call to an undeclared function with a warning and declares `int f()`.
// RUN: %minicc -fsyntax-only %s 2>&1 | %FileCheck %s
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s --check-prefix=IR

int f(void) {
  // CHECK: sema-implicit-declaration.c:[[@LINE+2]]:10: warning: implicit declaration of function 'helper' [-Wimplicit-function-declaration]
  // IR: call (...) -> i32 @helper(i32 1, i64 2)
  return helper(1, 2L);
}
