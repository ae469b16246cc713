// psABI 3.2.3 for long double (class X87, X87UP): passed in memory -- at 16(%rbp) in the
// callee, copied to (%rsp) by the caller -- and returned in %st(0) (loaded with fld by the
// callee, popped with fstp by the caller); struct { long double x; } is classified the same
// way (sysv-abi.md, "Mistakes real small compilers make": not general registers). No xmm or
// integer argument register carries it. Expected values from `gcc -O0 -S` on this file.
// REQUIRES: minicc-longdouble, minicc-struct
// RUN: %minicc -S %s -o %t.s
// RUN: %FileCheck %s < %t.s
// RUN: %FileCheck --check-prefix=NEVER %s < %t.s
// RUN: %FileCheck --check-prefix=UNREAD %s < %t.s

struct X {
  long double x;
};
void sink(void*);

// Callee: the parameter is at 16(%rbp); %rdi carries nothing (never read before written).
// CHECK-LABEL: get_ldbl:
// CHECK: 16(%rbp)
// CHECK: ret
// UNREAD-LABEL: get_ldbl:
// UNREAD-NOT: {{%[re]?dil?}},
// UNREAD: {{, (%[re]?dil?)|ret}}
long double get_ldbl(long double x) {
  sink(&x);
  return x;
}

// CHECK-LABEL: get_x:
// CHECK: 16(%rbp)
// CHECK: ret
// UNREAD-LABEL: get_x:
// UNREAD-NOT: {{%[re]?dil?}},
// UNREAD: {{, (%[re]?dil?)|ret}}
long double get_x(struct X s) {
  sink(&s);
  return s.x;
}

// A long double after six longs, then a long: no register is left, so both go to the stack
// in order: x at 16(%rbp), l at 32(%rbp).
// CHECK-LABEL: get_after:
// CHECK: {{16|32}}(%rbp)
// CHECK: ret
long double get_after(long a, long b, long c, long d, long e, long f, long double x, long l) {
  return x + l;
}

// Returns: %st(0), loaded last.
// CHECK-LABEL: ret_x:
// CHECK: ret
// NEVER-LABEL: ret_x:
// NEVER: fld
// NEVER: ret
struct X ret_x(long double x) {
  struct X r = {x};
  return r;
}

// CHECK-LABEL: ret_ldbl:
// CHECK: fld
// CHECK: ret
long double g_ldbl;
long double ret_ldbl(void) {
  return g_ldbl;
}

// Caller: the value is copied to (%rsp) (pushes, stores or an x87 store), no register.
struct X g_x;
void take_x(struct X);
void take_ldbl(long double);
// CHECK-LABEL: call_x:
// CHECK: {{push|\(%rsp\)|rep movs|fstpt}}
// CHECK: call{{.*}}take_x
void call_x(void) {
  take_x(g_x);
}

// CHECK-LABEL: call_ldbl:
// CHECK: {{push|\(%rsp\)|rep movs|fstpt}}
// CHECK: call{{.*}}take_ldbl
void call_ldbl(void) {
  take_ldbl(g_ldbl);
}

// The caller pops %st(0) and reads no general or xmm register for the value.
struct X get_struct_x(void);
long double get_long_double(void);
// CHECK-LABEL: use_x:
// CHECK: call{{.*}}get_struct_x
// CHECK: fstp
// CHECK: ret
// UNREAD-LABEL: use_x:
// UNREAD: call{{.*}}get_struct_x
// UNREAD-NOT: {{%[re]?ax|%al}},
// UNREAD: {{, (%[re]?ax|%al)|ret}}
void use_x(void) {
  g_x = get_struct_x();
}

// CHECK-LABEL: use_ldbl:
// CHECK: call{{.*}}get_long_double
// CHECK: fstp
// CHECK: ret
// UNREAD-LABEL: use_ldbl:
// UNREAD: call{{.*}}get_long_double
// UNREAD-NOT: %xmm0,
// UNREAD: {{, %xmm0|ret}}
void use_ldbl(void) {
  g_ldbl = get_long_double();
}
