// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

struct S { int a; } s;
int two(int a, int b);
int variadic(const char *format, ...);
int none(void);

void f(void) {
  // CHECK: sema-call-arguments.c:[[@LINE+2]]:3: error: too many arguments to function 'two'
  // CHECK: sema-call-arguments.c:5:5: note: declared here
  two(1, 2, 3);
  // CHECK: sema-call-arguments.c:[[@LINE+2]]:3: error: too few arguments to function 'two'
  // CHECK: sema-call-arguments.c:5:5: note: declared here
  two(1);
  // CHECK: sema-call-arguments.c:[[@LINE+1]]:3: error: too few arguments to function 'variadic'
  variadic();
  // CHECK: sema-call-arguments.c:[[@LINE+1]]:3: error: too many arguments to function 'none'
  none(1);
  // CHECK: sema-call-arguments.c:[[@LINE+2]]:10: error: incompatible type for argument 2 of 'two'
  // CHECK: note: expected 'int' but argument is of type 'struct S'
  two(1, s);
}
