// A parameter is visible to the declarators of the parameters after it (C11 6.2.1p4): sizes
// naming it are never "undeclared" (also checked on gcc's output).
// RUN: %expect-exit 1 %minicc -fsyntax-only %s 2>&1 | %FileCheck %s
// RUN: not %cc -fsyntax-only %s 2>&1 | %FileCheck %s
// CHECK-NOT: undeclared

void f(int n, int a[n]);
void star(int n, int a[*]);
void g(int n, int m[][n]);
void t(int n, __typeof__(n) *p);
// CHECK: sema-prototype-scope.c:[[@LINE+2]]:19: error: size of array 'a' has non-integer type
// CHECK-NOT: undeclared
void h(int x, int a[x + 1.0]);
// CHECK: sema-prototype-scope.c:[[@LINE+1]]:12: error: size of array 'a' is negative
void i(int a[-1]);
// The prototype scope ends with the parameter list.
// CHECK: sema-prototype-scope.c:[[@LINE+1]]:22: error: 'n' undeclared here (not in a function)
void j(int n); int k[n];
// CHECK-NOT: error:
