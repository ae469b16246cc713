// <math.h> from glibc (linked with -lm): elementary functions, rounding, classification
// macros (fpclassify/isnan/isinf/isfinite/signbit, which glibc implements by size without
// __GNUC__), HUGE_VAL/INFINITY/NAN and M_PI (C11 7.12).
// RUN: %cc -w %s -o %t.gcc -lm && %t.gcc > %t.expected
// RUN: %minicc %s -o %t -lm && %t > %t.out
// RUN: diff %t.expected %t.out
#include <math.h>
#include <stdio.h>

int main(void) {
  volatile double two = 2.0, x = 0.75, big = 1e300, minus = -3.5;
  printf("sqrt %.17g %.17g\n", sqrt(two), sqrt(x));
  printf("pow %.17g %.17g %.17g\n", pow(two, 10), pow(two, 0.5), pow(minus, 3));
  printf("exp/log %.12g %.12g %.12g %.12g\n", exp(x), log(two), log10(1000.0), log2(two * 4));
  printf("trig %.12g %.12g %.12g %.12g\n", sin(x), cos(x), tan(x), atan2(1.0, minus));
  printf("round %g %g %g %g %g %g\n", floor(minus), ceil(minus), round(minus), trunc(minus),
         rint(2.5), nearbyint(-2.5));
  printf("misc %g %g %g %g %g\n", fabs(minus), fmod(10.0, 3.0), fmax(x, two), fmin(x, two),
         hypot(3.0, 4.0));
  int exponent;
  double mantissa = frexp(48.0, &exponent);
  double whole;
  double fraction = modf(minus, &whole);
  printf("frexp %g %d ldexp %g modf %g %g\n", mantissa, exponent, ldexp(0.75, 4), whole, fraction);
  printf("float versions %.7g %.7g %.7g\n", sqrtf(2.0f), sinf(0.5f), powf(2.0f, 0.5f));
  double inf = big * big, nan = inf - inf;
  printf("classify %d %d %d %d %d\n", fpclassify(inf) == FP_INFINITE, fpclassify(nan) == FP_NAN,
         fpclassify(0.0) == FP_ZERO, fpclassify(1e-310) == FP_SUBNORMAL,
         fpclassify(1.0) == FP_NORMAL);
  printf("is %d %d %d %d %d %d\n", isnan(nan) != 0, isinf(inf) != 0, isinf(-inf) != 0,
         isfinite(x) != 0, signbit(minus) != 0, signbit(two) != 0);
  printf("isnanf %d isinf(float) %d\n", isnan((float)nan) != 0, isinf((float)inf) != 0);
  printf("constants %g %g %d %.15g %.15g\n", HUGE_VAL, INFINITY, isnan(NAN) != 0, M_PI, M_E);
  return 0;
}
