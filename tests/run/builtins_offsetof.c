// __builtin_offsetof (nested members, subscripts, anonymous members, flexible array) and
// __builtin_types_compatible_p, at run time and in constant expressions (static initializers,
// _Static_assert, array sizes, case labels).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stddef.h>
#include <stdio.h>
struct In {
  char c;
  double d[3];
};
struct S {
  int a;
  char b;
  struct In in[2];
  union {
    short s;
    long long l;
  };
  struct {
    int x, y;
  } pt;
  int tail[];
};
typedef struct S S;
enum E { A };
static unsigned long table[] = {__builtin_offsetof(S, in[1].d[2]),
                                __builtin_offsetof(struct S, pt.y)};
_Static_assert(__builtin_offsetof(struct S, b) == 4, "b");
_Static_assert(__builtin_types_compatible_p(int, const int), "qual");
int main(void) {
  printf("%zu %zu %zu %zu %zu %zu\n", __builtin_offsetof(struct S, a), __builtin_offsetof(S, b),
         __builtin_offsetof(S, in), __builtin_offsetof(S, in[1].d[1]), __builtin_offsetof(S, l),
         __builtin_offsetof(S, tail));
  printf("%lu %lu %zu\n", table[0], table[1], sizeof(__builtin_offsetof(S, a)));
  char arr[__builtin_offsetof(S, pt) + 1];
  printf("%zu\n", sizeof arr);
  printf("%d %d %d %d %d %d %d\n", __builtin_types_compatible_p(int, int),
         __builtin_types_compatible_p(int, long), __builtin_types_compatible_p(S, struct S),
         __builtin_types_compatible_p(int*, const int*),
         __builtin_types_compatible_p(int[3], int[]),
         __builtin_types_compatible_p(enum E, unsigned),
         __builtin_types_compatible_p(char, signed char));
  switch (4) {
  case __builtin_offsetof(S, b): printf("case\n");
  }
  return 0;
}
