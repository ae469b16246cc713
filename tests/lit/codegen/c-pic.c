// -fPIC (code for a shared object): a global symbol may be preempted by another module's
// definition, so its address comes from the GOT and calls go through the PLT, as gcc -fPIC
// does; static symbols stay PC-relative. Without -fPIC (and with -fPIE, the default) only
// undefined functions use the GOT/PLT.
// RUN: %minicc -fPIC -S %s -o - | %FileCheck %s --check-prefixes=CHECK,PIC
// RUN: %minicc -fpic -O2 -S %s -o - | %FileCheck %s --check-prefixes=CHECK,PIC
// RUN: %minicc -S %s -o - | %FileCheck %s --check-prefixes=CHECK,PIE
// RUN: %minicc -fPIC -fPIE -S %s -o - | %FileCheck %s --check-prefixes=CHECK,PIE

extern int ext;
int defined = 3;
static int local;
int callee(int x);
int defined_fn(int x) {
  return x + 1;
}
static int helper(int x) {
  return x * 2;
}

// CHECK-LABEL: read_ext:
// PIC: movq ext@GOTPCREL(%rip), %[[R:r[a-z0-9]+]]
// PIC-NEXT: movl (%[[R]]), %eax
// PIE: movl ext(%rip), %eax
int read_ext(void) {
  return ext;
}

// CHECK-LABEL: read_defined:
// PIC: movq defined@GOTPCREL(%rip), %[[R:r[a-z0-9]+]]
// PIC-NEXT: movl (%[[R]]), %eax
// PIE: movl defined(%rip), %eax
int read_defined(void) {
  return defined;
}

// CHECK-LABEL: read_local:
// CHECK: movl local(%rip), %eax
int read_local(void) {
  return local;
}

// CHECK-LABEL: write_defined:
// PIC: movq defined@GOTPCREL(%rip), %[[R:r[a-z0-9]+]]
// PIC-NEXT: movl %edi, (%[[R]])
// PIE: movl %edi, defined(%rip)
void write_defined(int x) {
  defined = x;
}

// CHECK-LABEL: call_defined:
// PIC: call defined_fn@PLT
// PIE: call defined_fn{{$}}
int call_defined(int x) {
  return defined_fn(x);
}

// CHECK-LABEL: call_static:
// CHECK: call helper{{$}}
int call_static(int x) {
  return helper(x);
}

// CHECK-LABEL: call_undefined:
// CHECK: call callee@PLT
int call_undefined(int x) {
  return callee(x);
}

// CHECK-LABEL: address_defined_fn:
// PIC: movq defined_fn@GOTPCREL(%rip), %rax
// PIE: leaq defined_fn(%rip), %rax
void* address_defined_fn(void) {
  return (void*)defined_fn;
}

// CHECK-LABEL: address_static_fn:
// CHECK: leaq helper(%rip), %rax
void* address_static_fn(void) {
  return (void*)helper;
}

// CHECK-LABEL: address_defined:
// PIC: movq defined@GOTPCREL(%rip), %rax
// PIE: leaq defined(%rip), %rax
int* address_defined(void) {
  return &defined;
}

// An index is added to the address from the GOT.
// CHECK-LABEL: indexed:
// PIC: movq defined@GOTPCREL(%rip), %[[R:r[a-z0-9]+]]
// PIC-NEXT: movl (%[[R]],%rdi,4), %eax
// PIE: leaq defined(%rip), %[[R:r[a-z0-9]+]]
// PIE-NEXT: movl (%[[R]],%rdi,4), %eax
int indexed(long i) {
  return (&defined)[i];
}
