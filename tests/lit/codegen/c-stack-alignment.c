// %rsp is 16-byte aligned at every call: the pushes after %rbp plus `subq` add up to a
// multiple of 16 (at entry %rsp+8 is aligned; `pushq %rbp` realigns it).
// RUN: %minicc -S %s -o - | %FileCheck %s

long g(long);
long g7(long, long, long, long, long, long, long);

// Nothing to keep: no adjustment at all.
// CHECK-LABEL: none:
// CHECK-NOT: subq
// CHECK: call g
long none(long a) { return g(a); }

// One callee-saved push (8 bytes) needs 8 more.
// CHECK-LABEL: onePush:
// CHECK: pushq %rbx
// CHECK-NEXT: .cfi_offset %rbx, -24
// CHECK-NEXT: subq $8, %rsp
// CHECK: call g
long onePush(long a) { return g(a) + a; }

// Two pushes (16): nothing more.
// CHECK-LABEL: twoPushes:
// CHECK: pushq %rbx
// CHECK: pushq %r12
// CHECK-NOT: subq
// CHECK: call g
long twoPushes(long a, long b) { return g(a) + a + b; }

// One stack argument (8 bytes, rounded to 16).
// CHECK-LABEL: stackArg:
// CHECK: subq $16, %rsp
// CHECK: call g7
long stackArg(void) { return g7(1, 2, 3, 4, 5, 6, 7); }

// An array whose address escapes: 40 bytes of locals and one push: 8 + 40 -> 48.
// CHECK-LABEL: local:
// CHECK: pushq %rbx
// CHECK: subq $40, %rsp
// CHECK: call g
long local(long a) {
  long buf[5];
  buf[0] = a;
  return g((long)buf) + a;
}
