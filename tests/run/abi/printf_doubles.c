// glibc's printf/snprintf with doubles from minicc code (psABI 3.5.7): %al counts the xmm
// registers used; more than eight doubles spill to the stack in order, interleaved with
// integers that have their own registers and their own stack order; floats are promoted to
// double (C11 6.5.2.2p7); every conversion (%f %e %g %a, widths, precisions, flags).
// REQUIRES: minicc-float
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);
int snprintf(char*, unsigned long, const char*, ...);

static double twice(double x) {
  return 2 * x;
}

int main(void) {
  double a = 1.5, b = -2.25, c = 1e-300, d = 6.02214076e23, e = -0.0;
  float f = 3.14159265f, g = -1e-10f;
  int i = 7;
  long l = -123456789012L;
  printf("%f %e %g %a\n", a, b, c, d);
  printf("%.3f|%10.2e|%-12g|%+.0f|%#g|%08.3f\n", a, b, c, d, e, b);
  printf("floats promoted: %f %g %a %e\n", f, g, f, g);
  printf("mixed: %d %f %ld %e %d %g %s %a %c %f\n", i, a, l, b, i + 1, c, "str", d, 'x', e);
  // Nine, twelve and sixteen doubles: %xmm0-7, then the stack.
  printf("9: %g %g %g %g %g %g %g %g %g\n", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0);
  printf("12: %g %g %g %g %g %g %g %g %g %g %g %g\n", a, b, c, d, e, 1.0 * f, 1.0 * g, a + 1, b + 1,
         twice(a), twice(b), twice(twice(a)));
  printf("16: %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f "
         "%.1f\n",
         0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5);
  // Interleaved: 10 integers and 10 doubles; integers 7-10 and doubles 9-10 on the stack.
  printf("interleaved: %d %f %d %f %d %f %d %f %d %f %d %f %d %f %d %f %d %f %d %f\n", 1, 0.1, 2,
         0.2, 3, 0.3, 4, 0.4, 5, 0.5, 6, 0.6, 7, 0.7, 8, 0.8, 9, 0.9, 10, 1.0);
  printf("longs then doubles: %ld %ld %ld %ld %ld %ld %ld %ld %f %f %f %f %f %f %f %f %f %f\n", 1L,
         2L, 3L, 4L, 5L, 6L, 7L, 8L, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
  printf("doubles then ints: %g %g %g %g %g %g %g %g %g %d %d %d %d %d %d %d\n", a, a, a, a, a, a,
         a, a, b, 1, 2, 3, 4, 5, 6, 7);
  char buf[200];
  int n = snprintf(buf, sizeof buf, "%.2f/%.2f/%.2f/%.2f/%.2f/%.2f/%.2f/%.2f/%.2f/%d", a, b, a, b,
                   a, b, a, b, a, i);
  printf("snprintf %d: %s\n", n, buf);
  n = snprintf(buf, 8, "%f", d);
  printf("truncated %d: %s\n", n, buf);
  printf("special: %f %f %e %g\n", 1e308 * 10, -1e308 * 10, 5e-324, 2.2250738585072014e-308);
  printf("rounding: %.0f %.0f %.0f %.0f %.1f %.2f\n", 0.5, 1.5, 2.5, -0.5, 0.05, 0.125);
  printf("a double computed in the call: %f %f\n", twice(a) + twice(b), a * b * i);
  return 0;
}
