// C11 6.7.1 _Thread_local and gcc's __thread: where they may appear, redeclarations that
// disagree, and addresses that are not constants (the same file through gcc gives the same
// errors, in the same order). The specifier combinations are syntax-thread-local-specifiers.c.
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s
// RUN: %expect-exit 1 %cc -fsyntax-only -fdiagnostics-plain-output %s 2>&1 | sed "s/[‘’]/'/g" | %FileCheck %s

_Thread_local int a;
static _Thread_local long in_order;
_Thread_local static long either_order;
extern _Thread_local int declared;
_Thread_local extern int declared;

int b;
// CHECK: sema-thread-local.c:[[@LINE+2]]:19: error: thread-local declaration of 'b' follows non-thread-local declaration
// CHECK: sema-thread-local.c:[[@LINE-2]]:5: note: previous declaration of 'b' with type 'int'
_Thread_local int b;

__thread int c;
// CHECK: sema-thread-local.c:[[@LINE+2]]:5: error: non-thread-local declaration of 'c' follows thread-local declaration
// CHECK: sema-thread-local.c:[[@LINE-2]]:14: note: previous declaration of 'c' with type 'int'
int c;

static int d;
// CHECK: sema-thread-local.c:[[@LINE+1]]:26: error: thread-local declaration of 'd' follows non-thread-local declaration
static _Thread_local int d;


// CHECK: sema-thread-local.c:[[@LINE+1]]:19: error: invalid storage class for function 'h'
_Thread_local int h(void);
// CHECK: sema-thread-local.c:[[@LINE+1]]:26: error: storage class specified for parameter 'p'
void k(_Thread_local int p);

// C11 6.6p9: the address of a thread-local object is not an address constant.
// CHECK: sema-thread-local.c:[[@LINE+1]]:11: error: initializer element is not constant
int *pa = &a;
// CHECK: sema-thread-local.c:[[@LINE+1]]:26: error: initializer element is not constant
static long *pb[2] = {0, &in_order};
// ... but sizeof does not evaluate it.
_Thread_local unsigned long size = sizeof(&a);


void f(void) {
  static _Thread_local int fine;
  extern _Thread_local int a;
  // CHECK: sema-thread-local.c:[[@LINE+1]]:21: error: function-scope 'x' implicitly auto and declared '_Thread_local'
  _Thread_local int x;
  // CHECK: sema-thread-local.c:[[@LINE+1]]:16: error: function-scope 'y' implicitly auto and declared '__thread'
  int __thread y;
  // CHECK: sema-thread-local.c:[[@LINE+1]]:19: error: initializer element is not constant
  static int *q = &fine;
  // CHECK: sema-thread-local.c:[[@LINE+2]]:14: error: non-thread-local declaration of 'c' follows thread-local declaration
  // CHECK: sema-thread-local.c:{{[0-9]+}}:14: note: previous declaration of 'c' with type 'int'
  extern int c;
  // CHECK: sema-thread-local.c:[[@LINE+1]]:28: error: thread-local declaration of 'b' follows non-thread-local declaration
  extern _Thread_local int b;
  (void)x, (void)y, (void)q;
}

// CHECK: sema-thread-local.c:[[@LINE+1]]:19: error: function definition declared '_Thread_local'
_Thread_local int g(void) {
  return 0;
}
