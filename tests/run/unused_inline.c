// An inline function is emitted only when something emitted uses it (gcc, even at -O0):
// unused `static inline` helpers vanish with the string literals only they used, so the
// reference to a function defined nowhere does not reach the linker; used ones, those used
// only through an initializer, and chains of them stay (the assembly's shape: tests/lit/frontend/unused-inline.c).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
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
