// An inline function is emitted only when something emitted uses it (gcc, even at -O0):
// unused `static inline` helpers vanish with the string literals only they used, so the
// reference to a function defined nowhere does not reach the linker; used ones, those used
// only through an initializer, and chains of them stay (executed: tests/run/unused_inline.c).
// RUN: %minicc -S %s -o - | %FileCheck %s
// CHECK-NOT: unused_helper
// CHECK-NOT: only_by_unused
// CHECK-NOT: unused string
// CHECK: used_helper:
// CHECK: chain_b:
// CHECK: chain_a:
// CHECK-NOT: unused_helper
#include <stdio.h>
void never_defined(void);
static inline int unused_helper(void) { never_defined(); puts("unused string"); return 1; }
static inline int used_helper(int x) { return x * 2; }
static inline int chain_b(int x) { return x + 1; }
static inline int chain_a(int x) { return chain_b(x) * 3; }
static inline int only_by_unused(int x) { return x; }
static inline int calls_only_by_unused(void) { return only_by_unused(4); }
static int (*table[])(int) = {chain_a};
inline int inline_def(int x) { return x - 1; }
int main(void) { printf("%d %d\n", used_helper(20), table[0](1)); return 0; }
