// An inline function is emitted only when something emitted uses it (gcc, even at -O0):
// unused `static inline` helpers vanish with the string literals only they used, so the
// reference to a function defined nowhere does not reach the linker; used ones, those used
// only through an initializer, and chains of them stay. The program is tests/run/unused_inline.c,
// which also runs it.
// RUN: %minicc -S %S/../../run/unused_inline.c -o - | %FileCheck %s
// CHECK-NOT: unused_helper
// CHECK-NOT: only_by_unused
// CHECK-NOT: unused string
// CHECK: used_helper:
// CHECK: chain_b:
// CHECK: chain_a:
// CHECK-NOT: unused_helper
