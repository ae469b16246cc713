// gcc's -Wreturn-type (in -Wall; off by default in C): control can reach the closing brace of
// a non-void function other than main. Branches on constants are folded first, and calls of
// functions that never return (_Noreturn, exit/abort/longjmp/__assert_fail ...) end a path.
// The checks pass on gcc's own output.
// RUN: %minicc -Wall -S %s -o %t.s 2>&1 | %FileCheck %s --implicit-check-not=warning:
// RUN: %cc -Wall -S %s -o %t.gcc.s 2>&1 | %FileCheck %s --implicit-check-not=warning:
// RUN: %minicc -Wreturn-type -S %s -o %t.s 2>&1 | %FileCheck %s --implicit-check-not=warning:
// Not by default, not after -Wno-return-type, not with -w.
// RUN: %minicc -S %s -o %t.s 2>&1 | count 0
// RUN: %minicc -Wall -Wno-return-type -S %s -o %t.s 2>&1 | count 0
// RUN: %minicc -Wall -w -S %s -o %t.s 2>&1 | count 0
// -Werror=return-type turns it on as an error: exit status 1 and no output file.
// RUN: rm -f %t.err.s
// RUN: %expect-exit 1 %minicc -Werror=return-type -S %s -o %t.err.s 2>&1 | %FileCheck %s --check-prefix=ERROR
// RUN: test ! -e %t.err.s
// ERROR: flow-return-type.c:[[@LINE+16]]:37: error: control reaches end of non-void function [-Werror=return-type]
// ERROR: minicc: some warnings being treated as errors

#include <assert.h>
#include <setjmp.h>
#include <stdlib.h>

enum E { A, B };
_Noreturn void die(void);
static jmp_buf env;

// CHECK: flow-return-type.c: In function 'maybe':
// CHECK-NEXT: flow-return-type.c:[[@LINE+4]]:37: warning: control reaches end of non-void function [-Wreturn-type]
// CHECK-NEXT: {{ *}}[[@LINE+3]] | int maybe(int a) { if (a) return 1; }
// CHECK-NEXT: {{ *}}| {{ *}}^
// (the ERROR check above points here)
int maybe(int a) { if (a) return 1; }
int both(int a) { if (a) return 1; else return 2; }
int loop_forever(void) { while (1) { } }
int for_ever(void) { for (;;) { } }
int exits(int a) { if (a) return 1; exit(1); }
int aborts(int a) { if (a) return 1; abort(); }
int dies(int a) { if (a) return 1; die(); }
int asserts(int a) { if (a) return 1; assert(0); }
int jumps(void) { longjmp(env, 1); }
// CHECK: flow-return-type.c:[[@LINE+1]]:84: warning: control reaches end of non-void function
int all_enumerators(enum E e) { switch (e) { case A: return 1; case B: return 2; } }
int only_default(int a) { switch (a) { default: return 1; } }
int do_once(int a) { do { return a; } while (0); }
// CHECK: flow-return-type.c:[[@LINE+1]]:67: warning: control reaches end of non-void function
int loop_break(int a) { while (a) { if (a > 3) break; return 1; } }
int backwards_goto(int a) { again: if (a) return a; goto again; }
int constant_if(int a) { if (1) return a; }
// CHECK: flow-return-type.c:[[@LINE+1]]:19: warning: control reaches end of non-void function
int empty(void) { }
int main(void) { }
