// psABI 3.2.3, caller side: the registers each eightbyte of a struct/union argument is loaded
// into before the call (destination operands, `, %reg`), or the stack slots at (%rsp) upward
// (gcc -O0 pushes them). One caller per row of sysv-abi.md's classification table; expected
// registers from `gcc -O0 -S` on this file. The NEVER prefix: INTEGER-class arguments use no
// xmm register.
// REQUIRES: minicc-float, minicc-struct, minicc-union
// RUN: %minicc -S %s -o %t.s
// RUN: %FileCheck %s < %t.s
// RUN: %FileCheck --check-prefix=NEVER %s < %t.s

struct CC {
  char a, b;
};
struct DD {
  double x, y;
};
struct DL {
  double d;
  long l;
};
struct LD {
  long l;
  double d;
};
struct FFI {
  float a, b;
  int c;
};
struct FI {
  float a;
  int b;
};
struct L3 {
  long a, b, c;
};
struct S9 {
  char s[9];
};
struct FF {
  float x, y;
};
struct F3 {
  float a[3];
};
union UFI {
  float f;
  int i;
};

void take_cc(struct CC);
void take_dd(struct DD);
void take_dl(struct DL);
void take_ld(struct LD);
void take_ffi(struct FFI);
void take_fi(struct FI);
void take_l3(struct L3);
void take_s9(struct S9);
void take_ff(struct FF);
void take_f3(struct F3);
void take_ufi(union UFI);

struct CC g_cc;
struct DD g_dd;
struct DL g_dl;
struct LD g_ld;
struct FFI g_ffi;
struct FI g_fi;
struct L3 g_l3;
struct S9 g_s9;
struct FF g_ff;
struct F3 g_f3;
union UFI g_ufi;

// CHECK-LABEL: call_cc:
// CHECK: , {{%[re]?dil?}}
// CHECK: {{call|jmp}}{{.*}}take_cc
// NEVER-LABEL: call_cc:
// NEVER-NOT: %xmm
// NEVER: {{call|jmp}}{{.*}}take_cc
void call_cc(void) {
  take_cc(g_cc);
}

// CHECK-LABEL: call_dd:
// CHECK-DAG: , %xmm0
// CHECK-DAG: , %xmm1{{([^0-9]|$)}}
// CHECK: {{call|jmp}}{{.*}}take_dd
void call_dd(void) {
  take_dd(g_dd);
}

// CHECK-LABEL: call_dl:
// CHECK-DAG: , %xmm0
// CHECK-DAG: , {{%[re]?dil?}}
// CHECK: {{call|jmp}}{{.*}}take_dl
// NEVER-LABEL: call_dl:
// NEVER-NOT: %xmm1{{([^0-9]|$)}}
// NEVER: {{call|jmp}}{{.*}}take_dl
void call_dl(void) {
  take_dl(g_dl);
}

// CHECK-LABEL: call_ld:
// CHECK-DAG: , {{%[re]?dil?}}
// CHECK-DAG: , %xmm0
// CHECK: {{call|jmp}}{{.*}}take_ld
void call_ld(void) {
  take_ld(g_ld);
}

// CHECK-LABEL: call_ffi:
// CHECK-DAG: , %xmm0
// CHECK-DAG: , {{%[re]?dil?}}
// CHECK: {{call|jmp}}{{.*}}take_ffi
void call_ffi(void) {
  take_ffi(g_ffi);
}

// CHECK-LABEL: call_fi:
// CHECK: , {{%[re]?dil?}}
// CHECK: {{call|jmp}}{{.*}}take_fi
// NEVER-LABEL: call_fi:
// NEVER-NOT: %xmm
// NEVER: {{call|jmp}}{{.*}}take_fi
void call_fi(void) {
  take_fi(g_fi);
}

// MEMORY: 24 bytes copied to the outgoing area at (%rsp) (through any register: gcc -O2
// copies with xmm moves).
// CHECK-LABEL: call_l3:
// CHECK: {{push|\(%rsp\)|rep movs}}
// CHECK: {{call|jmp}}{{.*}}take_l3
void call_l3(void) {
  take_l3(g_l3);
}

// CHECK-LABEL: call_s9:
// CHECK-DAG: , {{%[re]?dil?}}
// CHECK-DAG: , {{%[re]?sil?}}
// CHECK: {{call|jmp}}{{.*}}take_s9
// NEVER-LABEL: call_s9:
// NEVER-NOT: %xmm
// NEVER: {{call|jmp}}{{.*}}take_s9
void call_s9(void) {
  take_s9(g_s9);
}

// {float x, y}: one xmm register holds both.
// CHECK-LABEL: call_ff:
// CHECK: , %xmm0
// CHECK: {{call|jmp}}{{.*}}take_ff
// NEVER-LABEL: call_ff:
// NEVER-NOT: %xmm1{{([^0-9]|$)}}
// NEVER: {{call|jmp}}{{.*}}take_ff
void call_ff(void) {
  take_ff(g_ff);
}

// CHECK-LABEL: call_f3:
// CHECK-DAG: , %xmm0
// CHECK-DAG: , %xmm1{{([^0-9]|$)}}
// CHECK: {{call|jmp}}{{.*}}take_f3
void call_f3(void) {
  take_f3(g_f3);
}

// CHECK-LABEL: call_ufi:
// CHECK: , {{%[re]?dil?}}
// CHECK: {{call|jmp}}{{.*}}take_ufi
// NEVER-LABEL: call_ufi:
// NEVER-NOT: %xmm
// NEVER: {{call|jmp}}{{.*}}take_ufi
void call_ufi(void) {
  take_ufi(g_ufi);
}

// Scalars: floats take %xmm0.. in order, integers %rdi.. in order, each independently.
// CHECK-LABEL: call_scalars:
// CHECK-DAG: , %xmm0
// CHECK-DAG: , %xmm1{{([^0-9]|$)}}
// CHECK-DAG: , {{%[re]?dil?}}
// CHECK-DAG: , {{%[re]?sil?}}
// CHECK: {{call|jmp}}{{.*}}take_scalars
void take_scalars(double, int, float, long);
double g_d;
float g_f;
int g_i;
long g_l;
void call_scalars(void) {
  take_scalars(g_d, g_i, g_f, g_l);
}
