// sysv-abi.md "Traps": each place where the seed notes and some small compilers go wrong,
// checked where the ABI fixes it (registers, stack slots). Expected values from `gcc -O0 -S`.
// REQUIRES: minicc-float, minicc-struct
// RUN: %minicc -S %s -o %t.s
// RUN: %FileCheck %s < %t.s
// RUN: %FileCheck --check-prefix=NEVER %s < %t.s

struct L4 {
  long a, b, c, d;
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
struct DD {
  double x, y;
};

// Trap: "a structure of 16-32 bytes is passed in sequential registers" -- no, it is MEMORY:
// the 32-byte struct goes to the stack, so the int after it is the *first* integer argument.
// CHECK-LABEL: call_l4:
// CHECK: $7, {{%[re]?dil?}}
// CHECK: call{{.*}}take_l4
struct L4 g_l4;
void take_l4(struct L4, int);
void call_l4(void) {
  take_l4(g_l4, 7);
}

// Callee: the struct is at 16(%rbp)..47(%rbp), the int in %edi.
// CHECK-LABEL: get_l4_d:
// CHECK-DAG: {{%[re]?dil?}},
// CHECK-DAG: {{16|40}}(%rbp)
// CHECK: ret
long get_l4_d(struct L4 s, int i) {
  return s.d + i;
}

// Trap: "a return value over 8 bytes goes through a caller buffer" -- no, up to 16 bytes come
// back in registers: no hidden pointer, so the first argument is in %rdi.
// CHECK-LABEL: call_ret_ll:
// CHECK: $5, {{%[re]?dil?}}
// CHECK: call{{.*}}ret_ll
// CHECK-DAG: {{%[re]?ax}},
// CHECK-DAG: {{%[re]?dx}},
// CHECK: ret
struct LL ret_ll(long);
struct LL g_ll;
void call_ret_ll(void) {
  g_ll = ret_ll(5);
}

// Trap: a struct of floats is not INTEGER: {float x, y} travels packed in %xmm0, so the
// double after it takes %xmm1 (and no integer register is used).
// CHECK-LABEL: call_ff_d:
// CHECK-DAG: , %xmm0
// CHECK-DAG: , %xmm1{{([^0-9]|$)}}
// CHECK: call{{.*}}take_ff_d
// NEVER-LABEL: call_ff_d:
// NEVER-NOT: {{, %[re]?dil?$}}
// NEVER-NOT: %xmm2
// NEVER: call{{.*}}take_ff_d
struct FF g_ff;
void take_ff_d(struct FF, double);
void call_ff_d(void) {
  take_ff_d(g_ff, 2.5);
}

// CHECK-LABEL: get_ff_d:
// CHECK-DAG: %xmm0,
// CHECK-DAG: %xmm1,
// CHECK: ret
double get_ff_d(struct FF s, double d) {
  return s.y + d;
}

// Trap: a mixed eightbyte ({float f; int i}) is INTEGER: the struct takes %rdi, the double
// %xmm0, the int after them %esi.
// CHECK-LABEL: call_fi_d_i:
// CHECK-DAG: , %xmm0
// CHECK-DAG: , {{%[re]?dil?}}
// CHECK-DAG: $3, {{%[re]?sil?}}
// CHECK: call{{.*}}take_fi_d_i
struct FI g_fi;
void take_fi_d_i(struct FI, double, int);
void call_fi_d_i(void) {
  take_fi_d_i(g_fi, 2.5, 3);
}

// Trap: running out of registers part-way through a struct sends the whole struct to the
// stack, but a later long still takes the register that was left (%r9).
// CHECK-LABEL: call_split:
// CHECK-DAG: $1, {{%[re]?dil?}}
// CHECK-DAG: $5, %r8
// CHECK-DAG: $7, %r9
// CHECK: call{{.*}}take_split
struct LL g_split;
void take_split(long, long, long, long, long, struct LL, long);
void call_split(void) {
  take_split(1, 2, 3, 4, 5, g_split, 7);
}

// Callee: the struct at 16(%rbp) and 24(%rbp), g in %r9.
// CHECK-LABEL: get_split:
// CHECK-DAG: %r9,
// CHECK-DAG: {{16|24}}(%rbp)
// CHECK: ret
long get_split(long a, long b, long c, long d, long e, struct LL s, long g) {
  return s.b + g;
}

// The same with xmm registers: seven doubles leave %xmm7, {double, double} needs two, so it
// goes to the stack and the last double takes %xmm7.
// CHECK-LABEL: get_split_sse:
// CHECK-DAG: %xmm7,
// CHECK-DAG: {{16|24}}(%rbp)
// CHECK: ret
double get_split_sse(double a, double b, double c, double d, double e, double f, double g,
                     struct DD s, double h) {
  return s.y + h;
}

// Trap: forgetting %al before printf with doubles (see varargs-call.c for every count).
// CHECK-LABEL: print_double:
// CHECK: {{movl|movb}} $1, {{%eax|%al}}
// CHECK: call{{.*}}printf
int printf(const char*, ...);
void print_double(double d) {
  printf("%f\n", d);
}

// Trap: a misaligned stack at a call crashes glibc's SSE code. With one 8-byte stack
// argument the caller still moves %rsp by a multiple of 16 (tests/lit/codegen/
// c-stack-alignment.c checks the frame sizes; tests/abi checks alignment at run time).
// CHECK-LABEL: print_nine:
// CHECK: {{movl|movb}} $8, {{%eax|%al}}
// CHECK: call{{.*}}printf
void print_nine(double d) {
  printf("%f %f %f %f %f %f %f %f %f\n", d, d, d, d, d, d, d, d, d);
}
