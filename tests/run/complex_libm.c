// glibc's complex functions from libm (compiled by gcc) called by minicc code: complex double,
// float and long double arguments and results cross the boundary in the psABI's registers
// (%xmm0/%xmm1, packed %xmm0, memory and %st(0)/%st(1)).
// RUN: %cc -w %s -o %t.gcc -lm && %t.gcc > %t.expected
// RUN: %minicc %s -o %t -lm && %t > %t.out
// RUN: diff %t.expected %t.out
#include <complex.h>
#include <stdio.h>

int main(void) {
  double complex z = 3.0 + 4.0 * I;
  printf("cabs %.15g carg %.15g\n", cabs(z), carg(z));
  double complex e = cexp(z), s = csqrt(-4.0 + 0.0 * I), l = clog(z), p = cpow(z, 2.0);
  printf("cexp %.12g %.12g\n", creal(e), cimag(e));
  printf("csqrt %.12g %.12g\n", creal(s), cimag(s));
  printf("clog %.12g %.12g\n", creal(l), cimag(l));
  printf("cpow %.9g %.9g\n", creal(p), cimag(p));
  float complex f = csqrtf(-9.0f + 0.0if);
  printf("csqrtf %g %g cabsf %g\n", crealf(f), cimagf(f), cabsf(3.0f + 4.0if));
  long double complex L = cexpl(1.0L + 1.0iL);
  printf("cexpl %.15Lg %.15Lg cabsl %Lg\n", creall(L), cimagl(L), cabsl(6.0L + 8.0iL));
  printf("conj %g %g, cproj %g\n", creal(conj(z)), cimag(conj(z)), creal(cproj(z)));
  double (*fp)(double complex) = creal; // the library function itself
  printf("via pointer %g\n", fp(z));
  return 0;
}
