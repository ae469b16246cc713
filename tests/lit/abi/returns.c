// psABI 3.2.3 "Returning of values": which registers carry each class of return value, in the
// callee (the last writes before `ret`) and in the caller (what it reads after the call), and
// the hidden pointer of MEMORY returns (sret): its address arrives in %rdi, so the visible
// arguments start at %rsi, and the callee hands the address back in %rax.
// Expected registers from `gcc -O0 -S` on this file.
// REQUIRES: minicc-float, minicc-struct
// RUN: %minicc -S %s -o %t.s
// RUN: %FileCheck %s < %t.s
// RUN: %FileCheck --check-prefix=NEVER %s < %t.s
// RUN: %FileCheck --check-prefix=UNREAD %s < %t.s
// RUN: %FileCheck --check-prefix=SRET %s < %t.s

struct DL {
  double d;
  long l;
};
struct LD {
  long l;
  double d;
};
struct DD {
  double x, y;
};
struct LL {
  long a, b;
};
struct FF {
  float x, y;
};
struct FI {
  float f;
  int i;
};
struct S9 {
  char s[9];
};
struct L3 {
  long a, b, c;
};

// SSE, INTEGER -> %xmm0, %rax (per eightbyte, not %rax:%rdx).
// CHECK-LABEL: ret_dl:
// CHECK-DAG: , %xmm0
// CHECK-DAG: , {{%[re]?ax}}
// CHECK: ret
struct DL ret_dl(double d, long l) {
  struct DL r = {d, l};
  return r;
}

// INTEGER, SSE -> %rax, %xmm0.
// CHECK-LABEL: ret_ld:
// CHECK-DAG: , {{%[re]?ax}}
// CHECK-DAG: , %xmm0
// CHECK: ret
struct LD ret_ld(long l, double d) {
  struct LD r = {l, d};
  return r;
}

// SSE, SSE -> %xmm0, %xmm1.
// CHECK-LABEL: ret_dd:
// CHECK-DAG: , %xmm0
// CHECK-DAG: , %xmm1{{([^0-9]|$)}}
// CHECK: ret
struct DD ret_dd(double x, double y) {
  struct DD r = {x, y};
  return r;
}

// INTEGER, INTEGER -> %rax, %rdx.
// CHECK-LABEL: ret_ll:
// CHECK-DAG: , {{%[re]?ax}}
// CHECK-DAG: , {{%[re]?dx}}
// CHECK: ret
// NEVER-LABEL: ret_ll:
// NEVER-NOT: %xmm
// NEVER: ret
struct LL ret_ll(long a, long b) {
  struct LL r = {a, b};
  return r;
}

// {float x, y} -> both floats packed in %xmm0, nothing in %xmm1.
// CHECK-LABEL: ret_ff:
// CHECK: , %xmm0
// CHECK: ret
// NEVER-LABEL: ret_ff:
// NEVER-NOT: %xmm1{{([^0-9]|$)}}
// NEVER: ret
float gx, gy;
struct FF ret_ff(void) {
  struct FF r = {gx, gy};
  return r;
}

// {float f; int i} -> INTEGER: %rax.
// CHECK-LABEL: ret_fi:
// CHECK: , {{%[re]?ax}}
// CHECK: ret
struct FI ret_fi(int i) {
  struct FI r = {0.5f, i};
  return r;
}

// {char s[9]} -> INTEGER, INTEGER: %rax, %rdx.
// CHECK-LABEL: ret_s9:
// CHECK-DAG: , {{%[re]?ax}}
// CHECK-DAG: , {{%[re]?dx|%dl}}
// CHECK: ret
struct S9 ret_s9(struct S9 s) {
  return s;
}

// MEMORY -> sret: the hidden pointer arrives in %rdi, `a` in %rsi, `d` in %xmm0, `b` in %rdx,
// and the address goes back in %rax (that %rax holds exactly the buffer's address is checked
// by executing it: tests/run/sret_rax.c).
// CHECK-LABEL: ret_l3:
// CHECK-DAG: {{%[re]?dil?}},
// CHECK-DAG: {{%[re]?sil?}},
// CHECK-DAG: %xmm0,
// CHECK-DAG: {{%[re]?dx}},
// CHECK: ret
// SRET-LABEL: ret_l3:
// SRET: , %rax
// SRET: ret
struct L3 ret_l3(long a, double d, long b) {
  struct L3 r = {a, (long)d, b};
  return r;
}

// Scalars: double and float in %xmm0.
// CHECK-LABEL: ret_double:
// CHECK: , %xmm0
// CHECK: ret
double ret_double(long x) {
  return x;
}

// CHECK-LABEL: ret_float:
// CHECK: , %xmm0
// CHECK: ret
float ret_float(long x) {
  return x;
}

struct DL get_dl(void);
struct LD get_ld(void);
struct DD get_dd(void);
struct LL get_ll(void);
struct FF get_ff(void);
struct L3 get_l3(long, double, long);
struct DL g_dl;
struct LD g_ld;
struct DD g_dd;
struct LL g_ll;
struct FF g_ff;
struct L3 g_l3;

// The caller reads the returned eightbytes from the same registers (the UNREAD prefix: and
// does not read a register that carries nothing before writing it).
// CHECK-LABEL: use_dl:
// CHECK: call{{.*}}get_dl
// CHECK-DAG: %xmm0,
// CHECK-DAG: {{%[re]?ax}},
// CHECK: ret
// UNREAD-LABEL: use_dl:
// UNREAD: call{{.*}}get_dl
// UNREAD-NOT: {{%[re]?dx|%dl}},
// UNREAD: {{, (%[re]?dx|%dl)|ret}}
void use_dl(void) {
  g_dl = get_dl();
}

// CHECK-LABEL: use_ld:
// CHECK: call{{.*}}get_ld
// CHECK-DAG: {{%[re]?ax}},
// CHECK-DAG: %xmm0,
// CHECK: ret
// UNREAD-LABEL: use_ld:
// UNREAD: call{{.*}}get_ld
// UNREAD-NOT: {{%[re]?dx|%dl}},
// UNREAD: {{, (%[re]?dx|%dl)|ret}}
void use_ld(void) {
  g_ld = get_ld();
}

// CHECK-LABEL: use_dd:
// CHECK: call{{.*}}get_dd
// CHECK-DAG: %xmm0,
// CHECK-DAG: %xmm1,
// CHECK: ret
// UNREAD-LABEL: use_dd:
// UNREAD: call{{.*}}get_dd
// UNREAD-NOT: {{%[re]?ax|%al}},
// UNREAD: {{, (%[re]?ax|%al)|ret}}
void use_dd(void) {
  g_dd = get_dd();
}

// CHECK-LABEL: use_ll:
// CHECK: call{{.*}}get_ll
// CHECK-DAG: {{%[re]?ax}},
// CHECK-DAG: {{%[re]?dx}},
// CHECK: ret
void use_ll(void) {
  g_ll = get_ll();
}

// CHECK-LABEL: use_ff:
// CHECK: call{{.*}}get_ff
// CHECK: %xmm0,
// CHECK: ret
// NEVER-LABEL: use_ff:
// NEVER: call{{.*}}get_ff
// NEVER-NOT: %xmm1
// NEVER: ret
void use_ff(void) {
  g_ff = get_ff();
}

// sret caller: the buffer address in %rdi, so the visible arguments shift: 5 -> %rsi,
// 2.0 -> %xmm0, 6 -> %rdx.
// CHECK-LABEL: use_l3:
// CHECK-DAG: $5, {{%[re]?sil?}}
// CHECK-DAG: $6, {{%[re]?dx}}
// CHECK-DAG: , {{%[re]?dil?}}
// CHECK-DAG: , %xmm0
// CHECK: call{{.*}}get_l3
void use_l3(void) {
  g_l3 = get_l3(5, 2.0, 6);
}
