// Complex arithmetic (C11 6.2.5p11, 6.3.1.6-8, Annex G): + - part by part, * and / through
// libgcc's __mul?c3/__div?c3 when both operands are complex (so infinities and NaNs come out as
// Annex G says) and part by part with a real operand, ==/!=, unary - and GNU ~ (conjugate),
// real <-> complex <-> complex conversions, compound assignment, ++, GNU __real__/__imag__ as
// values and lvalues, truth values, sizeof/_Alignof, imaginary constants, <complex.h>'s I.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <complex.h>
#include <math.h>
#include <stdio.h>

// NaNs print without their sign: Annex G does not fix it.
static void pv(double x) {
  if (isnan(x))
    printf(" nan");
  else
    printf(" %g", x);
}
static void show(const char* s, double complex z) {
  printf("%s:", s);
  pv(__real__ z);
  pv(__imag__ z);
  printf("\n");
}
static void showf(const char* s, float complex z) {
  printf("%s:", s);
  pv(__real__ z);
  pv(__imag__ z);
  printf(" (float)\n");
}
static void showl(const char* s, long double complex z) {
  printf("%s: %Lg %Lg (long double)\n", s, __real__ z, __imag__ z);
}

static double complex values[] = {0, 0, 0, 0, 0, 0, 0, 0};

int main(void) {
  double complex a = 1.0 + 2.0 * I, b = 3.0 - 1.5 * I;
  show("add", a + b);
  show("sub", a - b);
  show("mul", a * b);
  show("div", a / b);
  show("real*c", 2.0 * a);
  show("c*real", a * 3);
  show("real/c", 2.0 / a);
  show("c/real", a / 4.0);
  show("real-c", 1.0 - a);
  show("c+int", a + 5);
  show("neg", -a);
  show("plus", +a);
  show("conj", ~a);
  float complex f = (1.0f + 1.0if) * (2.0f - 3.0if);
  showf("fmul", f);
  showf("fdiv", f / (0.5f + 0.25if));
  long double complex L = (1.0L + 2.0iL) * (3.0L + 4.0iL);
  showl("lmul", L);
  showl("ldiv", L / (1.0L - 1.0iL));
  showl("lsum", L + L - 1);
  // Annex G: an infinite operand gives an infinite result, not NaN.
  double complex inf = INFINITY + 0.0 * I;
  show("inf*c", inf * (1.0 + 1.0 * I));
  show("infnan*c", (INFINITY + NAN * I) * (1.0 + 1.0 * I));
  show("c/0", a / (0.0 + 0.0 * I));
  show("c/inf", a / (INFINITY + INFINITY * I));
  show("inf/c", (INFINITY + 1.0 * I) / (2.0 + 3.0 * I));
  show("nan*c", (NAN + NAN * I) * (1.0 + 1.0 * I));
  showf("finf*c", (INFINITY + 0.0if) * (1.0f + 1.0if));
  show("real inf * c", INFINITY * (1.0 + 1.0 * I));
  printf("eq %d %d %d %d %d\n", a == a, a != b, a == 1.0, (1.0 + 0.0 * I) == 1.0,
         (NAN + 0.0 * I) != (NAN + 0.0 * I));
  double r = a;
  int i = b;
  _Bool t = 0.0 + 1.0 * I, u = 0.0 + 0.0 * I;
  float complex narrowed = a;
  long double complex widened = b;
  printf("conv %g %d %d %d\n", r, i, t, u);
  showf("narrowed", narrowed);
  showl("widened", widened);
  show("cast", (double complex)3.5f);
  printf("to float %g, to long %ld\n", (float)(2.5 + 1.0 * I), (long)(-7.9 + 3.0 * I));
  a += b;
  show("+=", a);
  a *= b;
  show("*=", a);
  a /= 2.0;
  show("/=", a);
  a -= 1;
  show("-=", a);
  a /= (1.0 + 1.0 * I);
  show("/=c", a);
  double d = 3.0;
  d += b; // computed in complex, converted back to double
  printf("d %g\n", d);
  f *= 2;
  showf("f*=", f);
  __real__ a = 7.0;
  __imag__ a = 8.0;
  show("parts", a);
  __imag__ a += 1;
  show("imag+=", a);
  double complex before = a++;
  show("post++ old", before);
  show("post++ new", a);
  show("pre--", --a);
  printf("real/imag of real: %g %g %d\n", __real__ 2.5, __imag__ 2.5, __imag__ 3);
  printf("sizes %zu %zu %zu %zu %zu %zu\n", sizeof(float complex), _Alignof(float complex),
         sizeof(double complex), _Alignof(double complex), sizeof L,
         _Alignof(long double complex));
  if (a) puts("a is true");
  if (!(0.0 * I)) puts("0i is false");
  printf("logic %d %d\n", a && 0.0 * I, a || 0);
  for (int k = 0; k < 8; ++k) values[k] = k + k * 0.5 * I;
  double complex sum = 0;
  for (int k = 0; k < 8; ++k) sum += values[k] * values[7 - k];
  show("loop sum", sum);
  double complex* p = &values[3];
  show("through pointer", *p * 2);
  show("conditional", r > 0 ? a : b);
  show("conditional mixed", r < 0 ? a : 2.0);
  _Complex x = 1.5; // a lone _Complex is _Complex double (gcc)
  show("lone", x);
  double _Complex y = 2;
  show("order", y);
  show("creal/cimag", creal(a) + cimag(a) * I);
  return 0;
}
