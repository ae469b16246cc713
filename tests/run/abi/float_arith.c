// float and double (C11 6.2.5p10, Annex F): arithmetic, every conversion to and from every
// integer type (incl. unsigned long <-> double above 2^63 and below 2^53), comparisons with
// NaN (x != x is true, every ordered comparison false), -0.0, unary minus, ++/--, compound
// assignment, ?:, global initializers, float <-> double. Values are printed as bit patterns
// (%a would round nothing, but bits also show the sign of zero and NaN payloads).
// REQUIRES: minicc-float
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

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
static double dfrom(unsigned long u) {
  union {
    double d;
    unsigned long u;
  } t;
  t.u = u;
  return t.d;
}
static void pd(const char* what, double d) {
  printf("%s: %#lx %a\n", what, dbits(d), d);
}
static void pf(const char* what, float f) {
  printf("%s: %#x %a\n", what, fbits(f), (double)f);
}

double g_d = 1.5;
float g_f = -2.25f;
double g_neg_zero = -0.0;
double g_table[4] = {0.1, 1e300, -3.0, 1.0 / 3.0};
float g_ftable[3] = {0.1f, 3.4e38f, 1e-45f};
double g_from_int = 7;
float g_from_long = 123456789L;
long g_to_long = (long)2.75;
struct point {
  double x;
  float y;
  int z;
} g_pt = {0.5, 0.25f, 3};

static void arithmetic(void) {
  double a = 3.5, b = -0.125, z = 0.0;
  float fa = 1.1f, fb = 3.0f;
  pd("a+b", a + b);
  pd("a-b", a - b);
  pd("a*b", a * b);
  pd("a/b", a / b);
  pd("-a", -a);
  pd("-z", -z);
  pd("z*-1", z * -1.0);
  pf("fa+fb", fa + fb);
  pf("fa*fb", fa * fb);
  pf("fa/fb", fa / fb);
  pf("-fa", -fa);
  pd("fa+a (double)", fa + a);
  pd("1/3", 1.0 / 3.0);
  pf("1/3f", 1.0f / 3.0f);
  pd("big*big (inf)", 1e300 * 1e300);
  pd("-big*big (-inf)", -1e300 * 1e300);
  pd("tiny/big (denormal)", 1e-300 / 1e10);
  pf("float overflow", 3e38f * 10.0f);
  double c = a;
  c += 1.25;
  pd("c+=", c);
  c -= b;
  pd("c-=", c);
  c *= 4;
  pd("c*=", c);
  c /= 3;
  pd("c/=", c);
  c++;
  pd("c++", c);
  --c;
  pd("--c", c);
  float f = 0.5f;
  f += 1;
  f *= fb;
  f -= 0.25;
  f /= 2;
  pf("float compound", f);
  f++;
  f--;
  ++f;
  pf("float incdec", f);
  pd("?:", a > b ? a : b);
  pd("?: mixed", a < b ? 1 : b);
  pd("globals", g_d + g_f + g_neg_zero + g_table[3] + g_pt.x + g_pt.y + g_pt.z);
  pd("g_neg_zero", g_neg_zero);
  for (int i = 0; i < 4; i++) pd("g_table", g_table[i]);
  for (int i = 0; i < 3; i++) pf("g_ftable", g_ftable[i]);
  pd("g_from_int", g_from_int);
  pf("g_from_long", g_from_long);
  printf("g_to_long %ld\n", g_to_long);
}

static void conversions(void) {
  signed char sc = -100;
  unsigned char uc = 200;
  short s = -30000;
  unsigned short us = 60000;
  int i = -2000000000;
  unsigned u = 4000000000u;
  long l = -9000000000000000000L;
  unsigned long ul = 18000000000000000000UL;
  long long ll = 9007199254740993LL;               // 2^53 + 1: rounds
  unsigned long long ull = 9223372036854775808ULL; // 2^63
  _Bool bo = 1;
  pd("sc", sc);
  pd("uc", uc);
  pd("s", s);
  pd("us", us);
  pd("i", i);
  pd("u", u);
  pd("l", l);
  pd("ul", ul);
  pd("ll", ll);
  pd("ull", ull);
  pd("bool", bo);
  pd("ul 2^64-1", 18446744073709551615UL);
  pd("ul 2^63+1025", 9223372036854777857UL);
  pd("ul small", (unsigned long)12345);
  pf("f from ul", ul);
  pf("f from l", l);
  pf("f from u", u);
  pf("f from i", i);
  pf("f from ull 2^64-1", 18446744073709551615ULL);
  double values[] = {0.0,
                     -0.0,
                     0.5,
                     -0.5,
                     1.99,
                     -1.99,
                     127.9,
                     -128.9,
                     255.5,
                     32767.7,
                     -32768.9,
                     65535.9,
                     2147483647.9,
                     -2147483648.9,
                     4294967295.5,
                     1e18,
                     -1e18,
                     9223372036854774784.0,
                     9223372036854775808.0,
                     18446744073709549568.0};
  for (int k = 0; k < 20; k++) {
    double d = values[k];
    printf("%a:", d);
    if (d > -129 && d < 128) printf(" sc=%d", (signed char)d);
    if (d > -1 && d < 256) printf(" uc=%d", (unsigned char)d);
    if (d > -32769 && d < 32768) printf(" s=%d", (short)d);
    if (d > -1 && d < 65536) printf(" us=%d", (unsigned short)d);
    if (d > -2147483649.0 && d < 2147483648.0) printf(" i=%d", (int)d);
    if (d > -1 && d < 4294967296.0) printf(" u=%u", (unsigned)d);
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) printf(" l=%ld", (long)d);
    if (d > -1 && d < 18446744073709551616.0) printf(" ul=%lu", (unsigned long)d);
    printf(" bool=%d", (_Bool)d);
    float f = d;
    printf(" f=%#x", fbits(f));
    if (f > -2147483649.0f && f < 2147483648.0f) printf(" fi=%d", (int)f);
    if (f > -1 && f < 18446744073709551616.0f) printf(" ful=%lu", (unsigned long)f);
    printf("\n");
  }
  pf("d->f rounding", 0.1);
  pf("d->f overflow", 1e300);
  pf("d->f underflow", 1e-300);
  pd("f->d", 0.1f);
}

static void comparisons(void) {
  double nan = dfrom(0x7ff8000000000000UL), inf = dfrom(0x7ff0000000000000UL);
  double one = 1.0, nzero = -0.0, zero = 0.0;
  float fnan = (float)nan, fone = 1.0f;
  printf("nan: != %d == %d < %d <= %d > %d >= %d\n", nan != nan, nan == nan,
         nan<one, nan <= one, nan> one, nan >= one);
  printf("nan vs one: != %d == %d\n", nan != one, one == nan);
  printf("fnan: != %d == %d < %d > %d\n", fnan != fnan, fnan == fnan, fnan<fone, fnan> fone);
  printf("!nan %d, nan ? 1 : 0 = %d, nan && 1 = %d\n", !nan, nan ? 1 : 0, nan && 1);
  printf("-0 == 0: %d, -0 < 0: %d\n", nzero == zero, nzero < zero);
  printf("inf > 1e308: %d, -inf < -1e308: %d\n", inf > 1e308, -inf < -1e308);
  int branches = 0;
  if (nan < one) branches += 1;
  if (!(nan < one)) branches += 2;
  if (nan != nan) branches += 4;
  if (nan == nan) branches += 8;
  if (one < 2.0) branches += 16;
  if (fone >= 1.0f) branches += 32;
  while (nan > 0) branches += 1000;
  printf("branches %d\n", branches);
  double xs[] = {-1.5, -0.0, 0.0, 0.5, 1.5};
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 5; j++)
      printf("%d%d%d%d%d%d ", xs[i]<xs[j], xs[i] <= xs[j], xs[i]> xs[j], xs[i] >= xs[j],
             xs[i] == xs[j], xs[i] != xs[j]);
  printf("\n");
}

static double poly(double x, int n) {
  double r = 0;
  for (int k = n; k >= 0; k--) r = r * x + k;
  return r;
}

static float mix(float a, double b, int c, float d, long e, double f) {
  return a * b + c - d / e + f;
}

int main(void) {
  arithmetic();
  conversions();
  comparisons();
  pd("poly", poly(0.5, 10));
  pf("mix", mix(1.5f, 2.25, 3, 4.5f, 5, -6.125));
  return 0;
}
