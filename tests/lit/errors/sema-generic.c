// _Generic's diagnostics, worded and located as gcc 12's (also checked on gcc's output).
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s
// RUN: not %cc -fsyntax-only %s 2>&1 | %FileCheck %s

// CHECK: sema-generic.c:[[@LINE+1]]:18: error: '_Generic' selector of type 'double' is not compatible with any association
int a = _Generic(1.0, int: 1);
// CHECK: sema-generic.c:[[@LINE+4]]:29: error: '_Generic' specifies two compatible types
// CHECK: sema-generic.c:[[@LINE+3]]:21: note: compatible type is here
// CHECK: sema-generic.c:[[@LINE+2]]:29: error: '_Generic' selector matches multiple associations
// CHECK: sema-generic.c:[[@LINE+1]]:21: note: other match is here
int b = _Generic(1, int: 1, signed int: 2);
// CHECK: sema-generic.c:[[@LINE+2]]:41: error: duplicate 'default' case in '_Generic'
// CHECK: sema-generic.c:[[@LINE+1]]:21: note: original 'default' is here
int c = _Generic(1, default: 1, int: 2, default: 3);
// CHECK: sema-generic.c:[[@LINE+1]]:21: error: '_Generic' association has function type
int d = _Generic(1, void(int): 1, default: 0);
struct S;
// CHECK: sema-generic.c:[[@LINE+1]]:21: error: '_Generic' association has incomplete type
int e = _Generic(1, struct S: 1, default: 0);
// Qualified controlling types never match: the selector is unqualified after lvalue conversion.
const int ci = 1;
// CHECK: sema-generic.c:[[@LINE+1]]:18: error: '_Generic' selector of type 'int' is not compatible with any association
int f = _Generic(ci, const int: 1);
// Arrays decay: the selector is a pointer.
char text[4];
// CHECK: sema-generic.c:[[@LINE+1]]:18: error: '_Generic' selector of type 'char *' is not compatible with any association
int g = _Generic(text, char[4]: 1);
// Associations that are not selected are still checked.
// CHECK: sema-generic.c:[[@LINE+1]]:35: error: 'missing' undeclared here (not in a function)
int h = _Generic(1, int: 1, long: missing);
// CHECK-NOT: error:
