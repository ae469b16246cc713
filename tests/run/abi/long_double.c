// long double (x87 extended, psABI 3.2.3 class X87): arithmetic, conversions to and from
// double and integers, comparisons with NaN, passing in memory (also more than one, and mixed
// with doubles in registers), returning in %st(0), struct { long double } by value, variadic
// long doubles through printf("%Lf") and va_arg. Values printed as their 10 significant bytes.
// issue 3 allows minicc to reject long double with a diagnostic instead: then this test fails
// until it is implemented.
// REQUIRES: minicc-longdouble, minicc-struct, minicc-varargs
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdarg.h>
int printf(const char*, ...);

static void pl(const char* what, long double x) {
  union {
    long double d;
    unsigned long u[2];
  } t;
  t.u[1] = 0;
  t.d = x;
  printf("%s: %04lx %016lx %La\n", what, t.u[1] & 0xffff, t.u[0], x);
}

struct X {
  long double x;
};
struct XD {
  long double x;
  double d;
};

static long double mul_add(long double a, double b, long double c, int n) {
  return a * b + c * n;
}
static struct X make_x(long double v) {
  struct X r = {v};
  return r;
}
static long double take_x(struct X a, struct XD b) {
  return a.x - b.x + b.d;
}
static long double vsum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long double s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, long double) * (i + 1);
  va_end(ap);
  return s;
}

long double g_ld = 1.0L / 3;

int main(void) {
  long double a = 1.5L, b = -2.25L, third = g_ld;
  pl("a+b", a + b);
  pl("a*b", a * b);
  pl("a/b", a / b);
  pl("-a", -a);
  pl("third", third);
  pl("(double)third", (double)third);
  pl("from long", (long double)-9000000000000000001L);
  pl("from ulong", (long double)18446744073709551615UL);
  printf("to long %ld, to ulong %lu, to int %d\n", (long)(a * 1e18L), (unsigned long)(1e19L + 0.5L),
         (int)b);
  union {
    long double d;
    unsigned long u[2];
  } nan;
  nan.u[0] = 0xC000000000000000UL;
  nan.u[1] = 0x7fff;
  printf("nan != nan %d, nan < 1 %d, a < b %d, a > b %d\n", nan.d != nan.d, nan.d < 1, a<b, a> b);
  pl("mul_add", mul_add(a, 0.5, b, 3));
  pl("make_x", make_x(third).x);
  struct XD xd = {a, 0.125};
  pl("take_x", take_x(make_x(b), xd));
  pl("vsum", vsum(3, a, b, third));
  printf("%Lf %Le %Lg %.20Lg\n", a, b, third, third);
  printf("mixed %Lf %f %Lf %d\n", a, 2.5, b, 7);
  return 0;
}
