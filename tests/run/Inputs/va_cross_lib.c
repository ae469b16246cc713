/* Built by gcc only (tests/run/va_cross.c): variadic functions and va_list consumers on the
 * gcc side, so va_list objects cross the compiler boundary in both directions. */
#include <stdarg.h>
struct dl {
  double d;
  long l;
};
struct dd {
  double x, y;
};

/* Defined in the other translation unit (minicc's in the test). */
double mini_vsum(const char* kinds, va_list ap);

double lib_vsum(const char* kinds, va_list ap) {
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
  }
  return s;
}

/* gcc's va_start, consumed by minicc's mini_vsum: half here, the rest there. */
double lib_sum_via_mini(const char* kinds, ...) {
  va_list ap;
  va_start(ap, kinds);
  int first = va_arg(ap, int);
  double s = first + mini_vsum(kinds + 1, ap);
  va_end(ap);
  return s;
}
