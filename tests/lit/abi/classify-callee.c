// psABI 3.2.3, callee side: where each eightbyte of a struct/union parameter arrives, one
// function per row of sysv-abi.md's classification table. Each function reads the incoming
// registers (source operands, `%reg,`) or its caller's stack slots (16(%rbp) upward: the
// frame has %rbp, as gcc -O0 builds it). Expected registers come from `gcc -O0 -S` on this
// file. The NEVER prefix checks that INTEGER-class arguments never touch an xmm register;
// the UNREAD prefix that the integer register a wrong classification would use is never read
// before it is written (gcc uses it as a scratch register, so it may appear).
// Register patterns accept the narrower names (%edi, %di, %dil).
// REQUIRES: minicc-float, minicc-struct, minicc-union
// RUN: %minicc -S %s -o %t.s
// RUN: %FileCheck %s < %t.s
// RUN: %FileCheck --check-prefix=NEVER %s < %t.s
// RUN: %FileCheck --check-prefix=UNREAD %s < %t.s

// Each getter passes its parameter's address on, so every eightbyte is stored, at any -O.
void sink(void*);

// {char a, b} -> INTEGER: one register.
struct CC {
  char a, b;
};
// CHECK-LABEL: get_cc:
// CHECK: {{%[re]?dil?}}
// CHECK: ret
// NEVER-LABEL: get_cc:
// NEVER-NOT: %xmm
// NEVER: ret
long get_cc(struct CC s) {
  sink(&s);
  return s.b;
}

// {double x, y} -> SSE, SSE: %xmm0, %xmm1.
struct DD {
  double x, y;
};
// CHECK-LABEL: get_dd:
// CHECK-DAG: %xmm0,
// CHECK-DAG: %xmm1,
// CHECK: ret
// UNREAD-LABEL: get_dd:
// UNREAD-NOT: {{%[re]?dil?}},
// UNREAD: {{, (%[re]?dil?)|ret}}
double get_dd(struct DD s) {
  sink(&s);
  return s.y;
}

// {double d; long l} -> SSE, INTEGER: %xmm0, %rdi.
struct DL {
  double d;
  long l;
};
// CHECK-LABEL: get_dl:
// CHECK-DAG: %xmm0,
// CHECK-DAG: {{%[re]?dil?}},
// CHECK: ret
// UNREAD-LABEL: get_dl:
// UNREAD-NOT: {{%[re]?sil?}},
// UNREAD: {{, (%[re]?sil?)|ret}}
long get_dl(struct DL s) {
  sink(&s);
  return s.l;
}

// {long l; double d} -> INTEGER, SSE: %rdi, %xmm0.
struct LD {
  long l;
  double d;
};
// CHECK-LABEL: get_ld:
// CHECK-DAG: {{%[re]?dil?}},
// CHECK-DAG: %xmm0,
// CHECK: ret
// UNREAD-LABEL: get_ld:
// UNREAD-NOT: {{%[re]?sil?}},
// UNREAD: {{, (%[re]?sil?)|ret}}
double get_ld(struct LD s) {
  sink(&s);
  return s.d;
}

// {float a, b; int c} -> SSE (a and b share the first eightbyte), INTEGER: %xmm0, %rdi.
struct FFI {
  float a, b;
  int c;
};
// CHECK-LABEL: get_ffi:
// CHECK-DAG: %xmm0,
// CHECK-DAG: {{%[re]?dil?}},
// CHECK: ret
// NEVER-LABEL: get_ffi:
// NEVER-NOT: %xmm1
// NEVER: ret
// UNREAD-LABEL: get_ffi:
// UNREAD-NOT: {{%[re]?sil?}},
// UNREAD: {{, (%[re]?sil?)|ret}}
long get_ffi(struct FFI s) {
  sink(&s);
  return s.c;
}

// {float a; int b} -> INTEGER (a mixed eightbyte): %rdi, no xmm register.
struct FI {
  float a;
  int b;
};
// CHECK-LABEL: get_fi:
// CHECK: {{%[re]?dil?}},
// CHECK: ret
// NEVER-LABEL: get_fi:
// NEVER-NOT: %xmm
// NEVER: ret
int get_fi(struct FI s) {
  sink(&s);
  return s.b;
}

// {long a, b, c} (24 bytes) -> MEMORY: the caller's copy at 16(%rbp); b is at 24(%rbp).
struct L3 {
  long a, b, c;
};
// CHECK-LABEL: get_l3:
// CHECK: {{16|24}}(%rbp)
// CHECK: ret
// NEVER-LABEL: get_l3:
// NEVER-NOT: %xmm
// NEVER: ret
// UNREAD-LABEL: get_l3:
// UNREAD-NOT: {{%[re]?dil?}},
// UNREAD: {{, (%[re]?dil?)|ret}}
long get_l3(struct L3 s) {
  sink(&s);
  return s.b;
}

// {char s[9]} -> INTEGER, INTEGER: %rdi, %rsi.
struct S9 {
  char s[9];
};
// CHECK-LABEL: get_s9:
// CHECK-DAG: {{%[re]?dil?}},
// CHECK-DAG: {{%[re]?sil?}},
// CHECK: ret
// NEVER-LABEL: get_s9:
// NEVER-NOT: %xmm
// NEVER: ret
// UNREAD-LABEL: get_s9:
// UNREAD-NOT: {{%[re]?dx|%dl}},
// UNREAD: {{, (%[re]?dx|%dl)|ret}}
char get_s9(struct S9 s) {
  sink(&s);
  return s.s[8];
}

// {float x, y} -> SSE: both packed in %xmm0, nothing in %xmm1 or an integer register.
struct FF {
  float x, y;
};
// CHECK-LABEL: get_ff:
// CHECK: %xmm0,
// CHECK: ret
// NEVER-LABEL: get_ff:
// NEVER-NOT: %xmm1
// NEVER: ret
// UNREAD-LABEL: get_ff:
// UNREAD-NOT: {{%[re]?dil?}},
// UNREAD: {{, (%[re]?dil?)|ret}}
float get_ff(struct FF s) {
  sink(&s);
  return s.y;
}

// {float a[3]} -> SSE, SSE (array elements are classified one by one): %xmm0, %xmm1.
struct F3 {
  float a[3];
};
// CHECK-LABEL: get_f3:
// CHECK-DAG: %xmm0,
// CHECK-DAG: %xmm1,
// CHECK: ret
// UNREAD-LABEL: get_f3:
// UNREAD-NOT: {{%[re]?dil?}},
// UNREAD: {{, (%[re]?dil?)|ret}}
float get_f3(struct F3 s) {
  sink(&s);
  return s.a[2];
}

// {double d; float f} (16 bytes) -> SSE, SSE.
struct DF {
  double d;
  float f;
};
// CHECK-LABEL: get_df:
// CHECK-DAG: %xmm0,
// CHECK-DAG: %xmm1,
// CHECK: ret
float get_df(struct DF s) {
  sink(&s);
  return s.f;
}

// Nested: {{float x, y} p; int i} -> SSE, INTEGER.
struct NP {
  struct FF p;
  int i;
};
// CHECK-LABEL: get_np:
// CHECK-DAG: %xmm0,
// CHECK-DAG: {{%[re]?dil?}},
// CHECK: ret
// UNREAD-LABEL: get_np:
// UNREAD-NOT: {{%[re]?sil?}},
// UNREAD: {{, (%[re]?sil?)|ret}}
int get_np(struct NP s) {
  sink(&s);
  return s.i;
}

// Unions merge their members per eightbyte: {float f; int i} -> INTEGER.
union UFI {
  float f;
  int i;
};
// CHECK-LABEL: get_ufi:
// CHECK: {{%[re]?dil?}},
// CHECK: ret
// NEVER-LABEL: get_ufi:
// NEVER-NOT: %xmm
// NEVER: ret
int get_ufi(union UFI u) {
  sink(&u);
  return u.i;
}

// {double d; float f[2]} as a union -> SSE: %xmm0.
union UDF {
  double d;
  float f[2];
};
// CHECK-LABEL: get_udf:
// CHECK: %xmm0,
// CHECK: ret
// UNREAD-LABEL: get_udf:
// UNREAD-NOT: {{%[re]?dil?}},
// UNREAD: {{, (%[re]?dil?)|ret}}
double get_udf(union UDF u) {
  sink(&u);
  return u.d;
}

// Scalars: float/double in %xmm0..%xmm7 in order, independently of the integer registers.
// CHECK-LABEL: mixed_scalars:
// CHECK-DAG: {{%[re]?dil?}},
// CHECK-DAG: %xmm1,
// CHECK: ret
double mixed_scalars(int a, double x, double y) {
  return a + y;
}
