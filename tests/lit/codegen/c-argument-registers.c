// psABI 3.2.3 from C: integer parameters 1-6 arrive in %rdi %rsi %rdx %rcx %r8 %r9; the 7th
// and 8th at 16(%rbp) and 24(%rbp) in the callee; the caller stores them at (%rsp) and
// 8(%rsp) before loading the registers.
// RUN: %minicc -S %s -o - | %FileCheck %s

// CHECK-LABEL: p1:
// CHECK: movq %rdi, %rax
// CHECK-NEXT: popq %rbp
int p1(int a) { return a; }

// CHECK-LABEL: p2:
// CHECK: movq %rsi, %rax
int p2(int a, int b) { return b; }

// CHECK-LABEL: p3:
// CHECK: movq %rdx, %rax
int p3(int a, int b, int c) { return c; }

// CHECK-LABEL: p4:
// CHECK: movq %rcx, %rax
int p4(int a, int b, int c, int d) { return d; }

// CHECK-LABEL: p5:
// CHECK: movq %r8, %rax
int p5(int a, int b, int c, int d, int e) { return e; }

// CHECK-LABEL: p6:
// CHECK: movq %r9, %rax
long p6(long a, long b, long c, long d, long e, long f) { return f; }

// CHECK-LABEL: p7:
// CHECK: movl 16(%rbp), %eax
int p7(int a, int b, int c, int d, int e, int f, int g) { return g; }

// CHECK-LABEL: p8:
// CHECK: movq 24(%rbp), %rax
long p8(long a, long b, long c, long d, long e, long f, long g, long h) { return h; }

// All eight used: the six registers are read in place, 7 and 8 from the caller's frame.
// CHECK-LABEL: sum8:
// CHECK-DAG: %rdi
// CHECK-DAG: %rsi
// CHECK-DAG: %rdx
// CHECK-DAG: %rcx
// CHECK-DAG: %r8
// CHECK-DAG: %r9
// CHECK-DAG: 16(%rbp)
// CHECK-DAG: 24(%rbp)
// CHECK: ret
long sum8(long a, long b, long c, long d, long e, long f, long g, long h) {
  return a + b + c + d + e + f + g + h;
}

// The caller: stack arguments first, then registers, then the call; %rsp stays aligned.
// CHECK-LABEL: call8:
// CHECK: subq $16, %rsp
// CHECK: movq $7, (%rsp)
// CHECK-NEXT: movq $8, 8(%rsp)
// CHECK-NEXT: movl $1, %edi
// CHECK-NEXT: movl $2, %esi
// CHECK-NEXT: movl $3, %edx
// CHECK-NEXT: movl $4, %ecx
// CHECK-NEXT: movl $5, %r8d
// CHECK-NEXT: movl $6, %r9d
// CHECK-NEXT: call sum8
long call8(void) { return sum8(1, 2, 3, 4, 5, 6, 7, 8); }

// Computed stack arguments are stored from registers.
// CHECK-LABEL: forward8:
// CHECK: movq 16(%rbp), %[[G:[a-z0-9]+]]
// CHECK: movq %[[G]], 8(%rsp)
// CHECK: call sum8
long forward8(long a, long b, long c, long d, long e, long f, long g, long h) {
  return sum8(h, a, b, c, d, e, f, g);
}
