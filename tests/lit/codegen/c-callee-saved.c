// A callee-saved register is saved and restored only when the function uses one.
// RUN: %minicc -S %s -o - | %FileCheck %s

long g(long);

// A leaf: no push besides %rbp, no pop besides %rbp.
// CHECK-LABEL: leaf:
// CHECK-NOT: pushq %r{{bx|1[2-5]}}
// CHECK: popq %rbp
// CHECK-NEXT: .cfi_def_cfa %rsp, 8
// CHECK-NEXT: ret
long leaf(long a, long b) { return a * b + a; }

// A call with nothing live across it: no callee-saved register either.
// CHECK-LABEL: tail:
// CHECK-NOT: pushq %r{{bx|1[2-5]}}
// CHECK: call g
// CHECK-NOT: popq %r{{bx|1[2-5]}}
// CHECK: ret
long tail(long a) { return g(a + 1); }

// `a` is live across the call: exactly one callee-saved register, saved and restored.
// CHECK-LABEL: keep:
// CHECK: pushq %rbx
// CHECK-NOT: pushq %r1
// CHECK: call g
// CHECK: popq %rbx
// CHECK-NEXT: popq %rbp
long keep(long a) { return g(a) + a; }
