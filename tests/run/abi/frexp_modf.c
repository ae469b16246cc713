// <math.h> functions from libm that return a double and write a second result through a
// pointer (C11 7.12.6.4 frexp, 7.12.6.12 modf, modff), and others taking/returning doubles
// and floats in xmm registers (ldexp with an int in %edi, fabs, sqrt, floor, fmod, pow,
// copysign, nextafter) -- results as bit patterns.
// REQUIRES: minicc-float
// RUN: %cc -w %s -o %t.gcc -lm && %t.gcc > %t.expected
// RUN: %minicc %s -o %t -lm && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);
double frexp(double, int*);
float frexpf(float, int*);
double modf(double, double*);
float modff(float, float*);
double ldexp(double, int);
double fabs(double);
double sqrt(double);
float sqrtf(float);
double floor(double);
double ceil(double);
double fmod(double, double);
double pow(double, double);
double copysign(double, double);
double nextafter(double, double);

static unsigned long dbits(double d) {
  union {
    double d;
    unsigned long u;
  } t;
  t.d = d;
  return t.u;
}
static unsigned fbits(float f) {
  union {
    float f;
    unsigned u;
  } t;
  t.f = f;
  return t.u;
}

int main(void) {
  double xs[] = {0.0, -0.0, 1.0, -1.5, 1024.75, 3.0e-310, 1e300, -123.456, 0.1, 2.5};
  for (int k = 0; k < 10; k++) {
    double x = xs[k];
    int e = -99;
    double m = frexp(x, &e);
    double ip = -99;
    double fp = modf(x, &ip);
    printf("%a: frexp %#lx exp %d | modf %#lx int %#lx | ldexp %#lx | fabs %#lx floor %#lx "
           "ceil %#lx\n",
           x, dbits(m), e, dbits(fp), dbits(ip), dbits(ldexp(m, e)), dbits(fabs(x)),
           dbits(floor(x)), dbits(ceil(x)));
    float fx = (float)x;
    int fe = -99;
    float fm = frexpf(fx, &fe);
    float fip = -99;
    float ffp = modff(fx, &fip);
    printf("  float: frexpf %#x exp %d | modff %#x int %#x | sqrtf(|x|) %#x\n", fbits(fm), fe,
           fbits(ffp), fbits(fip), fbits(sqrtf(fx < 0 ? -fx : fx)));
  }
  printf("sqrt2 %#lx fmod %#lx pow %#lx copysign %#lx nextafter %#lx\n", dbits(sqrt(2.0)),
         dbits(fmod(10.5, 3.0)), dbits(pow(2.0, 0.5)), dbits(copysign(3.0, -0.0)),
         dbits(nextafter(1.0, 2.0)));
  // Results of several pointer-writing calls used together.
  int e1, e2;
  double i1, i2;
  double r = frexp(48.0, &e1) + frexp(0.375, &e2) + modf(7.25, &i1) + modf(-7.75, &i2);
  printf("combined %a %d %d %a %a\n", r, e1, e2, i1, i2);
  return 0;
}
