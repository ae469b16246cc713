// va_list objects crossing the compiler boundary (psABI 3.5.7: the 24-byte va_list layout is
// the contract): minicc's va_start consumed by a gcc-built function, gcc's va_start consumed by
// a minicc function after gcc read part of it, with ints, longs, doubles and structs in and
// beyond the register save area. Inputs/va_cross_lib.c is always built by gcc.
// REQUIRES: minicc-float, minicc-struct, minicc-varargs
// RUN: %cc -w -c %inputs/va_cross_lib.c -o %t.lib.o
// RUN: %cc -w %s %t.lib.o -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s %t.lib.o -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdarg.h>
int printf(const char*, ...);
struct dl {
  double d;
  long l;
};
struct dd {
  double x, y;
};
double lib_vsum(const char* kinds, va_list ap);
double lib_sum_via_mini(const char* kinds, ...);

double mini_vsum(const char* kinds, va_list ap) {
  double s = 0;
  for (const char* k = kinds; *k; k++) {
    if (*k == 'i') s += va_arg(ap, int);
    if (*k == 'l') s += va_arg(ap, long);
    if (*k == 'd') s += va_arg(ap, double);
    if (*k == 'L') {
      struct dl v = va_arg(ap, struct dl);
      s += v.d * 3 + v.l;
    }
    if (*k == 'D') {
      struct dd v = va_arg(ap, struct dd);
      s += v.x * 2 + v.y;
    }
    printf("%c=%g ", *k, s);
  }
  printf("\n");
  return s;
}

// minicc's va_start; gcc's code reads the arguments, after minicc read some.
static double sum_via_lib(const char* kinds, ...) {
  va_list ap;
  va_start(ap, kinds);
  long first = va_arg(ap, long);
  double s = first + lib_vsum(kinds + 1, ap);
  va_end(ap);
  return s;
}

int main(void) {
  struct dl l = {0.5, 7};
  struct dd d = {1.25, -3.0};
  printf("%g\n", sum_via_lib("lidLD", 100L, 2, 0.25, l, d));
  printf("%g\n", sum_via_lib("liiiiiiiidddddddddd", 1L, 2, 3, 4, 5, 6, 7, 8, 9, 0.5, 1.5, 2.5, 3.5,
                             4.5, 5.5, 6.5, 7.5, 8.5, 9.5));
  printf("%g\n", sum_via_lib("lDDDDDL", 1L, d, d, d, d, d, l));
  printf("%g\n", lib_sum_via_mini("idLDl", 10, 0.75, l, d, 12L));
  printf("%g\n", lib_sum_via_mini("iiiiiiiiddddddddddL", 1, 2, 3, 4, 5, 6, 7, 8, 0.5, 1.5, 2.5, 3.5,
                                  4.5, 5.5, 6.5, 7.5, 8.5, 9.5, l));
  return 0;
}
