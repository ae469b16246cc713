// psABI 3.5.7, caller side of variadic calls: %al holds the number of xmm registers that
// carry arguments (an upper bound, 0-8), set last before the call and after every other use
// of %rax; variadic arguments are classified like named ones (floats promoted to double,
// C11 6.5.2.2p7; structs and unions by their classes, in registers while they last).
// A call through a declaration without a prototype is variadic too. Expected values from
// `gcc -O0 -S` on this file.
// REQUIRES: minicc-float, minicc-struct, minicc-union
// RUN: %minicc -S %s -o - | %FileCheck %s

int printf(const char*, ...);
void vf(int n, ...);
struct DD {
  double x, y;
};
struct DL {
  double d;
  long l;
};
union UFI {
  float f;
  int i;
};
struct L3 {
  long a, b, c;
};

// No floating argument: %al = 0 (any way of zeroing it), nothing touches %rax afterwards.
// CHECK-LABEL: al_zero:
// CHECK: {{movl \$0, %eax|xorl %eax, %eax|movb \$0, %al}}
// CHECK-NOT: {{, %[re]?ax|, %al}}
// CHECK: call{{.*}}printf
void al_zero(int i) {
  printf("%d\n", i);
}

// Three doubles (loaded from globals) in %xmm0..%xmm2: %al = 3.
double g_a, g_b, g_c;
// CHECK-LABEL: al_three:
// CHECK-DAG: , %xmm0
// CHECK-DAG: , %xmm1{{([^0-9]|$)}}
// CHECK-DAG: , %xmm2
// CHECK: {{movl|movb}} $3, {{%eax|%al}}
// CHECK-NOT: {{, %[re]?ax|, %al}}
// CHECK: call{{.*}}printf
void al_three(void) {
  printf("%f %f %f\n", g_a, g_b, g_c);
}

// Nine doubles: eight in registers, the ninth on the stack; %al = 8.
// CHECK-LABEL: al_nine:
// CHECK-DAG: , %xmm7
// CHECK-DAG: {{push|, \(%rsp\)}}
// CHECK: {{movl|movb}} $8, {{%eax|%al}}
// CHECK-NOT: {{, %[re]?ax|, %al}}
// CHECK: call{{.*}}printf
void al_nine(double a) {
  printf("%f %f %f %f %f %f %f %f %f\n", a, a, a, a, a, a, a, a, a);
}

// A float is promoted to double (cvtss2sd) and counts as one xmm register.
// CHECK-LABEL: al_float:
// CHECK: cvtss2sd
// CHECK: {{movl|movb}} $1, {{%eax|%al}}
// CHECK-NOT: {{, %[re]?ax|, %al}}
// CHECK: call{{.*}}printf
void al_float(float f) {
  printf("%f\n", f);
}

// A variadic {double, double} takes two xmm registers: %al = 2.
struct DD g_dd;
// CHECK-LABEL: al_struct_dd:
// CHECK-DAG: , %xmm0
// CHECK-DAG: , %xmm1{{([^0-9]|$)}}
// CHECK: {{movl|movb}} $2, {{%eax|%al}}
// CHECK-NOT: {{, %[re]?ax|, %al}}
// CHECK: call{{.*}}vf
void al_struct_dd(void) {
  vf(1, g_dd);
}

// A variadic {double, long}: %xmm0 and %rsi (after n in %edi); %al = 1.
struct DL g_dl;
// CHECK-LABEL: al_struct_dl:
// CHECK-DAG: , %xmm0
// CHECK-DAG: , {{%[re]?sil?}}
// CHECK: {{movl|movb}} $1, {{%eax|%al}}
// CHECK-NOT: {{, %[re]?ax|, %al}}
// CHECK: call{{.*}}vf
void al_struct_dl(void) {
  vf(1, g_dl);
}

// A small union through `...` takes the next free integer register (%rsi), not the stack.
union UFI g_ufi;
// CHECK-LABEL: union_in_register:
// CHECK: , {{%[re]?sil?}}
// CHECK: call{{.*}}vf
// NEVER-LABEL: union_in_register:
// NEVER-NOT: (%rsp)
// NEVER: call{{.*}}vf
// RUN: %minicc -S %s -o - | %FileCheck --check-prefix=NEVER %s
void union_in_register(void) {
  vf(1, g_ufi);
}

// A MEMORY struct through `...` is copied to the stack; it uses no xmm register: %al = 0.
struct L3 g_l3;
// CHECK-LABEL: al_memory:
// CHECK: {{movl \$0, %eax|xorl %eax, %eax|movb \$0, %al}}
// CHECK-NOT: {{, %[re]?ax|, %al}}
// CHECK: call{{.*}}vf
void al_memory(void) {
  vf(1, g_l3);
}

// No prototype: the call is variadic, so %al is set (one double).
int noproto();
// CHECK-LABEL: al_noproto:
// CHECK: {{movl|movb}} $1, {{%eax|%al}}
// CHECK-NOT: {{, %[re]?ax|, %al}}
// CHECK: call{{.*}}noproto
int al_noproto(void) {
  return noproto(2.5);
}
