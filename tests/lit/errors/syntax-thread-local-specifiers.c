// C11 6.7.1p2-3: _Thread_local (and gcc's __thread) combines only with static and extern, and
// appears once; gcc wants __thread after them. The parser reports these, with gcc 12's wording
// and places (the same file through gcc gives the same errors).
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s
// RUN: %expect-exit 1 %cc -fsyntax-only -fdiagnostics-plain-output %s 2>&1 | sed "s/[‘’]/'/g" | %FileCheck %s

static _Thread_local int in_order;
_Thread_local static int either_order;
extern __thread int gnu_order_fine;

// CHECK: syntax-thread-local-specifiers.c:[[@LINE+1]]:1: error: '__thread' before 'static'
__thread static int gnu_order;
// CHECK: syntax-thread-local-specifiers.c:[[@LINE+1]]:1: error: '__thread' before 'extern'
const __thread extern int gnu_order_const;
// CHECK: syntax-thread-local-specifiers.c:[[@LINE+1]]:1: error: '_Thread_local' used with 'typedef'
typedef _Thread_local int T;
// CHECK: syntax-thread-local-specifiers.c:[[@LINE+1]]:1: error: '__thread' used with 'typedef'
__thread typedef int T2;
// CHECK: syntax-thread-local-specifiers.c:[[@LINE+1]]:1: error: duplicate '_Thread_local' or '__thread'
_Thread_local _Thread_local int twice;
// CHECK: syntax-thread-local-specifiers.c:[[@LINE+1]]:1: error: duplicate '_Thread_local' or '__thread'
int __thread _Thread_local mixed;
// CHECK: syntax-thread-local-specifiers.c:[[@LINE+1]]:1: error: '_Thread_local' used with 'auto'
_Thread_local auto int j;
// CHECK: syntax-thread-local-specifiers.c:[[@LINE+1]]:1: error: '__thread' used with 'auto'
const auto __thread int j2;

void f(void) {
  // CHECK: syntax-thread-local-specifiers.c:[[@LINE+1]]:3: error: '_Thread_local' used with 'register'
  register _Thread_local int w;
  // CHECK: syntax-thread-local-specifiers.c:[[@LINE+1]]:3: error: '__thread' used with 'register'
  __thread register int w2;
}
