// The bit built-ins select bsr/bsf (with a cmov giving the IR's width for 0), bswap, and a
// branch-free SWAR popcount (popcnt is not baseline x86-64); constant operands fold; trap is ud2.
// RUN: %minicc -S %s -o - | %FileCheck %s

// CHECK-LABEL: clz32:
// CHECK: movl $63, %[[ZERO:[a-z]+]]
// CHECK-NEXT: bsrl %edi, %[[R:[a-z]+]]
// CHECK-NEXT: cmove %[[ZERO]], %[[R]]
// CHECK-NEXT: xorl $31, %[[R]]
int clz32(unsigned x) { return __builtin_clz(x); }

// CHECK-LABEL: ctz64:
// CHECK: movl $64, %e[[ZERO:[a-z]+]]
// CHECK-NEXT: bsfq %rdi, %[[R:[a-z]+]]
// CHECK-NEXT: cmove %r[[ZERO]], %[[R]]
int ctz64(unsigned long x) { return __builtin_ctzl(x); }

// CHECK-LABEL: swap32:
// CHECK: bswapl %edi
unsigned swap32(unsigned x) { return __builtin_bswap32(x); }

// CHECK-LABEL: swap16:
// CHECK: movzwl %di, %[[R:[a-z]+]]
// CHECK-NEXT: bswapl %[[R]]
// CHECK-NEXT: shrl $16, %[[R]]
unsigned short swap16(unsigned short x) { return __builtin_bswap16(x); }

// CHECK-LABEL: pop:
// CHECK-NOT: popcnt
// CHECK: movabsq $6148914691236517205
// CHECK: imulq
// CHECK: shrq $56
// CHECK: ret
int pop(unsigned long long x) { return __builtin_popcountll(x); }

// CHECK-LABEL: folded:
// CHECK-NEXT: .cfi_startproc
// CHECK-NOT: bs
// CHECK: movl $39, %eax
int folded(void) { return __builtin_popcount(0xff) + __builtin_clz(1); }

// CHECK-LABEL: trap:
// CHECK: ud2
void trap(void) { __builtin_trap(); }
