// A value live across a call is not kept in a caller-saved register: it is computed into a
// callee-saved one (or spilled when there are more such values than registers).
// RUN: %minicc -S %s -o - | %FileCheck %s

int g(int);

// CHECK-LABEL: across:
// CHECK: leal (%rdi,%rdi,2), %ebx
// CHECK: call g
// CHECK: addl %ebx, %eax
int across(int a) {
  int k = a * 3;
  return g(a) + k;
}

// Seven values across a call, five callee-saved registers: the sixth goes to a spill slot,
// the seventh (a stack argument) simply stays in its incoming slot at 16(%rbp).
// CHECK-LABEL: seven:
// CHECK: pushq %r15
// CHECK: movq %r9, -48(%rbp)
// CHECK-NOT: 16(%rbp)
// CHECK: call g
// CHECK: addl -48(%rbp), %eax
// CHECK-NEXT: addl 16(%rbp), %eax
int seven(int a, int b, int c, int d, int e, int f, int h) {
  int r = g(0);
  return r + a + b + c + d + e + f + h;
}
