// Thread-local storage: the access models gcc -O0 picks (x86-64 TLS ABI). Without -fPIC an
// object of this unit (defined here, or static) is local-exec: `%fs:x@tpoff` folded into the
// load or store, its address `%fs:0` plus `x@tpoff`; an extern one is initial-exec: its offset
// from the GOT (`x@gottpoff`), then `%fs:(%reg)`. With -fPIC every object is general-dynamic:
// gcc's exact sequence around `call __tls_get_addr@PLT` (the linker relaxes it by pattern),
// which clobbers the caller-saved registers like any call.
// RUN: %minicc -S %s -o - | %FileCheck %s --check-prefixes=CHECK,EXEC
// RUN: %minicc -O2 -S %s -o - | %FileCheck %s --check-prefixes=CHECK,EXEC
// RUN: %minicc -fPIC -S %s -o - | %FileCheck %s --check-prefixes=CHECK,PIC
// RUN: %minicc -fpic -O2 -S %s -o - | %FileCheck %s --check-prefixes=CHECK,PIC

_Thread_local int defined = 5;
static __thread int hidden;
extern __thread int outside;
_Thread_local long table[10];

// CHECK-LABEL: read_defined:
// EXEC: movl %fs:defined@tpoff, %eax
// PIC: data16 leaq defined@tlsgd(%rip), %rdi
// PIC-NEXT: .value 0x6666
// PIC-NEXT: rex64
// PIC-NEXT: call __tls_get_addr@PLT
// PIC-NEXT: movl (%rax), %eax
int read_defined(void) {
  return defined;
}

// CHECK-LABEL: write_hidden:
// EXEC: movl %edi, %fs:hidden@tpoff
// PIC: data16 leaq hidden@tlsgd(%rip), %rdi
// PIC: call __tls_get_addr@PLT
// PIC: movl %{{[a-z0-9]+}}, (%rax)
void write_hidden(int v) {
  hidden = v;
}

// CHECK-LABEL: address_of_defined:
// EXEC: movq %fs:0, %[[TP:[a-z0-9]+]]
// EXEC-NEXT: leaq defined@tpoff(%[[TP]]), %rax
// PIC: data16 leaq defined@tlsgd(%rip), %rdi
// PIC: call __tls_get_addr@PLT
// CHECK-NOT: call
// CHECK: ret
int* address_of_defined(void) {
  return &defined;
}

// CHECK-LABEL: read_outside:
// EXEC: movq outside@gottpoff(%rip), %[[OFF:[a-z0-9]+]]
// EXEC-NEXT: movl %fs:(%[[OFF]]), %eax
// PIC: data16 leaq outside@tlsgd(%rip), %rdi
// PIC: call __tls_get_addr@PLT
int read_outside(void) {
  return outside;
}

// CHECK-LABEL: address_of_outside:
// EXEC-DAG: movq %fs:0, %[[TP2:[a-z0-9]+]]
// EXEC-DAG: movq outside@gottpoff(%rip), %[[OFF2:[a-z0-9]+]]
// EXEC: addq %[[TP2]], %[[OFF2]]
// PIC: data16 leaq outside@tlsgd(%rip), %rdi
int* address_of_outside(void) {
  return &outside;
}

// CHECK-LABEL: element:
// EXEC: movq %fs:table@tpoff(,%{{[a-z0-9]+}},8), %rax
// PIC: call __tls_get_addr@PLT
// PIC: movq (%rax,%{{[a-z0-9]+}},8), %rax
long element(int i) {
  return table[i];
}

// CHECK-LABEL: fourth:
// EXEC: movq %fs:table@tpoff+32, %rax
// PIC: call __tls_get_addr@PLT
// PIC: movq 32(%rax), %rax
long fourth(void) {
  return table[4];
}

// A value live across the __tls_get_addr call stays in a callee-saved register (or the frame).
// CHECK-LABEL: across:
// PIC: mov{{[lq]}} %{{[er]}}di, %{{[re]?(bx|1[2-5])}}
// PIC: call __tls_get_addr@PLT
// PIC: addl {{.*}}%{{[re]?(bx|1[2-5])d?}}
int across(int k) {
  return k + defined;
}

// CHECK: .section .tdata,"awT",@progbits
// CHECK: .globl defined
// CHECK: .type defined, @object
// CHECK-NEXT: .size defined, 4
// CHECK-NEXT: defined:
// CHECK: .section .tbss,"awT",@nobits
// CHECK-NOT: .globl hidden
// CHECK: .type hidden, @object
// CHECK-NEXT: .size hidden, 4
// CHECK-NEXT: hidden:
// CHECK-NEXT: .zero 4
// CHECK: .section .tbss,"awT",@nobits
// CHECK: .globl table
// CHECK: .size table, 80
// CHECK-NOT: outside:
