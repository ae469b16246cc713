// sysv-abi.md "Mistakes real small compilers make": one check per item, where the ABI fixes
// the answer. Expected values from `gcc -O0 -S` on this file.
// REQUIRES: minicc-float, minicc-struct, minicc-union
// RUN: %minicc -S %s -o %t.s
// RUN: %FileCheck %s < %t.s
// RUN: %FileCheck --check-prefix=NEVER %s < %t.s

struct DL {
  double d;
  long l;
};
struct F3 {
  float a[3];
};
struct LL {
  long a, b;
};
struct L4 {
  long a, b, c, d;
};
struct LD {
  long l;
  double d;
};
union UFI {
  float f;
  int i;
};
void sink(void*);

// Merging classes over the whole struct: {double d; long l} must come back in %xmm0 + %rax,
// not %rax:%rdx.
// CHECK-LABEL: ret_dl:
// CHECK-DAG: , %xmm0
// CHECK-DAG: , {{%[re]?ax}}
// CHECK: ret
struct DL ret_dl(double d, long l) {
  struct DL r = {d, l};
  return r;
}

// ... and {float a[3]} is SSE, SSE (%xmm0, %xmm1), not INTEGER.
// CHECK-LABEL: get_f3:
// CHECK-DAG: %xmm0,
// CHECK-DAG: %xmm1,
// CHECK: ret
// NEVER-LABEL: get_f3:
// NEVER-NOT: {{%[re]?dil?}},
// NEVER: ret
float get_f3(struct F3 s) {
  sink(&s);
  return s.a[2];
}

// A callee must store struct parameters that arrived in the last integer registers
// (%rcx, %r8, %r9) before a call clobbers them: the struct in %rcx:%r8, e in %r9.
// CHECK-LABEL: late_struct:
// CHECK-DAG: {{%[re]?cx}},
// CHECK-DAG: %r8,
// CHECK-DAG: %r9,
// CHECK: call{{.*}}sink
long late_struct(long a, long b, long c, struct LL s, long e) {
  sink(&a);
  return s.a + s.b + e;
}

// va_start after named struct parameters: see varargs-prologue.c (va_ll, va_dl, va_l3,
// va_split).

// A MEMORY argument is copied to the outgoing area *before* the argument registers are
// loaded: after 1 -> %edi and 2 -> %esi nothing (no rep movs, no other write to %rdi/%rsi)
// happens before the call.
// CHECK-LABEL: pass_big:
// CHECK-DAG: $1, {{%[re]?dil?}}
// CHECK-DAG: $2, {{%[re]?sil?}}
// CHECK-NOT: {{rep|movs[bwlq]?$|, %[re]?dil?$|, %[re]?sil?$}}
// CHECK: call{{.*}}take_big
struct L4 g_l4;
void take_big(struct L4, int, int);
void pass_big(void) {
  take_big(g_l4, 1, 2);
}

// The second eightbyte of a mixed return is not a pointer in %rdx: {long l; double d} comes
// back in %rax and %xmm0, which the caller stores.
// CHECK-LABEL: use_ld:
// CHECK: call{{.*}}get_ld
// CHECK-DAG: {{%[re]?ax}},
// CHECK-DAG: %xmm0,
// CHECK: ret
struct LD get_ld(void);
struct LD g_ld;
void use_ld(void) {
  g_ld = get_ld();
}

// A small union through `...` takes a free integer register, not the stack.
// CHECK-LABEL: union_va:
// CHECK: , {{%[re]?sil?}}
// CHECK: call{{.*}}vf
// NEVER-LABEL: union_va:
// NEVER-NOT: (%rsp)
// NEVER: call{{.*}}vf
void vf(int, ...);
union UFI g_ufi;
void union_va(void) {
  vf(1, g_ufi);
}

// Returning struct { long double x; } in general registers: see x87.c (returned in %st(0),
// passed in memory).
