// Old-style (K&R) definitions: gcc 12's diagnostics (also checked on gcc's output).
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s
// RUN: not %cc -fsyntax-only %s 2>&1 | %FileCheck %s

// CHECK: sema-old-style.c:[[@LINE+1]]:5: warning: type of 'c' defaults to 'int' [-Wimplicit-int]
int f(a, b, c) int a; char *b; { return a + b[0] + c; }
// CHECK: sema-old-style.c:[[@LINE+2]]:5: warning: type of 'x' defaults to 'int' [-Wimplicit-int]
// CHECK: sema-old-style.c:[[@LINE+1]]:14: error: declaration for parameter 'y' but no such parameter
int k(x) int y; { return x; }
// CHECK: sema-old-style.c:[[@LINE+2]]:5: warning: type of 'x' defaults to 'int' [-Wimplicit-int]
// CHECK: sema-old-style.c:[[@LINE+1]]:5: error: multiple parameters named 'x'
int m(x, x) { return 0; }
// CHECK: sema-old-style.c:[[@LINE+2]]:17: error: redefinition of parameter 'q'
// CHECK: sema-old-style.c:[[@LINE+1]]:14: note: previous definition of 'q' with type 'int'
int z(q) int q, q; { return q; }
int h(int, int);
// CHECK: sema-old-style.c:[[@LINE+2]]:1: error: number of arguments doesn't match prototype
// CHECK: sema-old-style.c:[[@LINE-2]]:5: error: prototype declaration
int h(a) int a; { return a; }
// CHECK: sema-old-style.c:[[@LINE+1]]:1: warning: parameter names (without types) in function declaration
int q(a, b);
// CHECK: sema-old-style.c:[[@LINE+1]]:1: error: parameter 'a' is initialized
int r(a) int a = 1; { return a; }
// CHECK: sema-old-style.c:[[@LINE+1]]:21: error: storage class specified for parameter 'a'
int s(a) static int a; { return a; }
// CHECK-NOT: {{error|warning}}:
