// #pragma weak: `.weak` (and `.set` for an alias) after every `.globl`, so the binding ends
// weak, as gcc emits them; kept in the IR text form; malformed ones are gcc's warning.
// RUN: %minicc -S %s -o - | %FileCheck %s
// RUN: %minicc --emit-ir %s -o %t.ir && %FileCheck %s --check-prefix=IR < %t.ir
// RUN: %minicc --emit-ir %t.ir -o - | diff %t.ir -
// RUN: %minicc -fsyntax-only -DMALFORMED %s 2>&1 | %FileCheck %s --check-prefix=WARN
// CHECK: .globl f
// CHECK: .weak f
// CHECK-NEXT: .weak g
// CHECK-NEXT: .set g,f
// IR: weak @f
// IR-NEXT: weak @g alias @f
#pragma weak f
int f(void) { return 1; }
#pragma weak g = f
#ifdef MALFORMED
// WARN: pragma-weak.c:[[@LINE+1]]:9: warning: malformed '#pragma weak', ignored [-Wpragmas]
#pragma weak = f
#endif
