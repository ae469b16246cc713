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

// X87 classes merged with others (psABI 3.2.3 rules 4 and 5, as gcc applies them). A
// long double member beside a char[16] merges to INTEGER, INTEGER: registers, so x is in %rdx.
// A union {long double; _Bool} alone is MEMORY (its X87UP is not preceded by X87), and gcc
// classifies a nested aggregate as a whole: the same union inside a char[16] union still makes
// the container MEMORY, so x is the first integer argument (%rdi).
union LDC {
  long double ld;
  char c[16];
};
union LDB {
  long double ld;
  _Bool b;
};
union NESTED {
  char c[16];
  union LDB u;
};
// CHECK-LABEL: get_flat:
// CHECK-DAG: {{%[re]?dil?}},
// CHECK-DAG: {{%[re]?sil?}},
// CHECK-DAG: {{%[re]?dx}},
// CHECK: ret
long get_flat(union LDC a, long x) {
  sink(&a);
  return x;
}

// CHECK-LABEL: get_ldb:
// CHECK: {{%[re]?dil?}},
// CHECK: ret
// UNREAD-LABEL: get_ldb:
// UNREAD-NOT: {{%[re]?sil?}},
// UNREAD: {{, (%[re]?sil?)|ret}}
long get_ldb(union LDB a, long x) {
  return x;
}

// CHECK-LABEL: get_nested:
// CHECK: {{%[re]?dil?}},
// CHECK: ret
// UNREAD-LABEL: get_nested:
// UNREAD-NOT: {{%[re]?dx}},
// UNREAD: {{, (%[re]?dx)|ret}}
long get_nested(union NESTED a, long x) {
  return x;
}

// Callers: 5 goes to %edx after a register pair, to %edi after a MEMORY union.
union LDC g_ldc;
union LDB g_ldb;
union NESTED g_nested;
long take_flat(union LDC, long);
long take_ldb(union LDB, long);
long take_nested(union NESTED, long);
// CHECK-LABEL: call_flat:
// CHECK: $5, {{%[re]?dx}}
// CHECK: call{{.*}}take_flat
long call_flat(void) {
  return take_flat(g_ldc, 5);
}
// CHECK-LABEL: call_ldb:
// CHECK: $5, {{%[re]?dil?}}
// CHECK: call{{.*}}take_ldb
long call_ldb(void) {
  return take_ldb(g_ldb, 5);
}
// CHECK-LABEL: call_nested:
// CHECK: $5, {{%[re]?dil?}}
// CHECK: call{{.*}}take_nested
long call_nested(void) {
  return take_nested(g_nested, 5);
}
