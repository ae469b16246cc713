// strtod/strtof/atof from glibc (C11 7.22.1.3): double and float return values in %xmm0 and
// an end pointer written through a char ** argument; decimal, hexadecimal, infinities, NaN,
// overflow to HUGE_VAL (errno ERANGE), denormals, leading space and trailing junk. Results are
// printed as bit patterns.
// REQUIRES: minicc-float
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);
double strtod(const char*, char**);
float strtof(const char*, char**);
double atof(const char*);
int* __errno_location(void);

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
  const char* inputs[] = {"0",
                          "-0",
                          "1.5",
                          "  -2.25e3xyz",
                          "0x1.8p3",
                          "1e308",
                          "1e309",
                          "-1e309",
                          "4.9e-324",
                          "1e-400",
                          "inf",
                          "-Infinity",
                          "nan",
                          "3.14159265358979323846",
                          "123456789012345678901234567890",
                          ".5e-1",
                          "1e",
                          "abc",
                          "0.1",
                          "340282356779733661637539395458142568448",
                          "1.17549435e-38",
                          "7.0e-46"};
  int n = sizeof inputs / sizeof inputs[0];
  for (int k = 0; k < n; k++) {
    char* end;
    *__errno_location() = 0;
    double d = strtod(inputs[k], &end);
    int derr = *__errno_location();
    *__errno_location() = 0;
    char* fend;
    float f = strtof(inputs[k], &fend);
    int ferr = *__errno_location();
    printf("\"%s\": d %#lx consumed %d erange %d | f %#x consumed %d erange %d | atof %#lx\n",
           inputs[k], dbits(d), (int)(end - inputs[k]), derr == 34, fbits(f),
           (int)(fend - inputs[k]), ferr == 34, dbits(atof(inputs[k])));
  }
  double sum = 0;
  for (int k = 0; k < 3; k++) sum += strtod(inputs[k + 2], 0) * strtof(inputs[k + 2], 0);
  printf("sum %a\n", sum);
  return 0;
}
