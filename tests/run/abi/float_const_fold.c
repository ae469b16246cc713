// Constant folding of float, double and long double expressions, against gcc -O0's values. C11
// 6.3.1.8 and FLT_EVAL_METHOD 0: each operation happens in its own type (a float sum rounds in
// float, a long double quotient keeps 64 significand bits) and each conversion rounds once, so
// folding in a wider type and rounding after would show here. The same expressions appear as
// static initializers (Sema's evaluator writes the bytes), as constant expressions in code
// (Sema folds, the backend emits .rodata literals) and through locals that only the IR passes
// fold at -O2 (ir/ConstantFold). Values are printed with %a / %La, which are exact.
// REQUIRES: minicc-float, minicc-longdouble
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
// RUN: %minicc -O2 %s -o %t.O2 && %t.O2 > %t.O2.out
// RUN: diff %t.expected %t.O2.out
int printf(const char*, ...);

#define FLOATS(X)                                                                                \
  X(0.1f + 0.2f)                                                                                 \
  X(1.0f / 3.0f)                                                                                 \
  X(16777216.0f + 1.0f)                                                                          \
  X(0.1f * 3)                                                                                    \
  X(3.4028235e38f * 2.0f)                                                                        \
  X(1e-45f / 2)                                                                                  \
  X(-0.0f * 5)                                                                                   \
  X((float)0.1)                                                                                  \
  X((float)(0x1p0 + 0x1p-24 + 0x1p-53))                                                          \
  X((float)(0x1p0L + 0x1p-24L + 0x1p-60L))                                                       \
  X((float)9007199791611905L)                                                                    \
  X((float)18446744073709551615UL)                                                               \
  X((float)-9223372036854775807L)                                                                \
  X((float)16777217)                                                                             \
  X(0x1.fffffep127f)

#define DOUBLES(X)                                                                               \
  X(0.1 + 0.2)                                                                                   \
  X(1.0 / 3)                                                                                     \
  X(0.1f)                                                                                        \
  X(0.1f + 0.2)                                                                                  \
  X(0.1f * 0.1f)                                                                                 \
  X(4294967295.9000001 * -2147483648.9000001)                                                    \
  X(1e308 * 10)                                                                                  \
  X(5e-324 / 2)                                                                                  \
  X(-5e-324 / 2)                                                                                 \
  X((double)1.0L / 3)                                                                            \
  X((double)(1.0L / 3))                                                                          \
  X((double)(0x1p0L + 0x1p-53L + 0x1p-64L))                                                      \
  X((double)18446744073709551615UL)                                                              \
  X((double)9007199254740993L)                                                                   \
  X((double)-9000000000000000001L)                                                               \
  X(2.5 - 2.5)                                                                                   \
  X(-(2.5 - 2.5))                                                                                \
  X(1 ? 0.5f : 2.0)                                                                              \
  X(0x1.8p1 + 1.5e-1)

#define LONG_DOUBLES(X)                                                                          \
  X(1.0L / 3)                                                                                    \
  X(0.1L + 0.2L)                                                                                 \
  X(0.1L)                                                                                        \
  X(0.1)                                                                                         \
  X(0.1f)                                                                                        \
  X(0.1 + 0.2L)                                                                                  \
  X(2.0L / 3 * 3)                                                                                \
  X((long double)-9000000000000000001L)                                                          \
  X((long double)18446744073709551615UL)                                                         \
  X((long double)(-9223372036854775807L - 1))                                                    \
  X((long double)9223372036854775807L)                                                           \
  X((long double)(unsigned long)-1 / 7)                                                          \
  X(18446744073709551615.0L - 1)                                                                 \
  X(1e4000L * 1e-4000L)                                                                          \
  X(1.18973149535723176502e+4932L)                                                             \
  X(3.64519953188247460253e-4951L / 2)                                                           \
  X(-0.0L)                                                                                       \
  X(1e308 * 10.0L)                                                                               \
  X(0x1.fffffffffffffffep0L + 0x1p-63L)                                                          \
  X(0.1L > 0.1 ? 1.5L : -1.5L)                                                                   \
  X((long double)(float)0.1L)

#define INTEGERS(X)                                                                              \
  X((long)-9000000000000000001.0L)                                                               \
  X((unsigned long)18446744073709551615.0L)                                                      \
  X((unsigned long)18446744073709549568.0)                                                       \
  X((long)(-9223372036854775807.0L - 1))                                                         \
  X((int)-2.9L)                                                                                  \
  X((unsigned char)255.9f)                                                                       \
  X((long)(1.0L / 3 * 3 == 1))                                                                   \
  X((long)(0.1f == 0.1))                                                                         \
  X((long)(0.1L == 0.1))                                                                         \
  X((long)(0.1 + 0.2 == 0.3))                                                                    \
  X((long)(0.1f + 0.2f == 0.3f))                                                                 \
  X((long)(1e4000L > 1e308))                                                                     \
  X((long)!0.0L)                                                                                 \
  X((long)(0.5 && -0.0))                                                                         \
  X((long)(unsigned long)(0x1p63L + 0x1p62L))

#define STATIC_FLOAT(e) e,
#define STATIC_DOUBLE(e) e,
#define STATIC_LONG_DOUBLE(e) e,
#define STATIC_INTEGER(e) e,
static const float staticFloats[] = {FLOATS(STATIC_FLOAT)};
static const double staticDoubles[] = {DOUBLES(STATIC_DOUBLE)};
static const long double staticLongDoubles[] = {LONG_DOUBLES(STATIC_LONG_DOUBLE)};
static const long staticIntegers[] = {INTEGERS(STATIC_INTEGER)};

#define PRINT_FLOAT(e) printf("%-48s %a\n", #e, (double)(float)(e));
#define PRINT_DOUBLE(e) printf("%-48s %a\n", #e, (double)(e));
#define PRINT_LONG_DOUBLE(e) printf("%-48s %La\n", #e, (long double)(e));
#define PRINT_INTEGER(e) printf("%-48s %ld\n", #e, (long)(e));

// Locals initialised with constants: at -O2 mem2reg turns the loads into the constants and
// instsimplify folds the operations in the IR, each in its type.
static void foldedByTheIR(void) {
  float f1 = 0.1f, f2 = 0.2f, f3 = 3.0f;
  double d1 = 0.1, d2 = 0.2, d3 = 4294967295.9000001, d4 = -2147483648.9000001;
  long double l1 = 1.0L, l3 = 3.0L, l01 = 0.1L;
  long big = -9000000000000000001L;
  unsigned long umax = 18446744073709551615UL;
  unsigned long twoToThe53Plus = 9007199791611905UL; // 2^53 + 2^29 + 1
  long double third = l1 / l3;
  printf("ir f %a %a %a\n", (double)(f1 + f2), (double)(f1 * f3), (double)(l01 * f3));
  printf("ir d %a %a %a\n", d1 + d2, d3 * d4, (double)(f1 * f1));
  printf("ir ld %La %La %La\n", third, l01 + d2, third * l3);
  printf("ir conv %La %La %a %a\n", (long double)big, (long double)umax, (double)(float)umax,
         (double)(float)twoToThe53Plus);
  printf("ir trunc %a %a %ld %lu\n", (double)(float)(l1 + 0x1p-24L + 0x1p-60L), (double)third,
         (long)(long double)big, (unsigned long)(long double)umax);
  printf("ir cmp %d %d %d\n", l01 > d1, (double)l01 == d1, f1 + f2 == 0.3f);
}

int main(void) {
  unsigned i = 0;
  printf("-- constant expressions in code\n");
  FLOATS(PRINT_FLOAT)
  DOUBLES(PRINT_DOUBLE)
  LONG_DOUBLES(PRINT_LONG_DOUBLE)
  INTEGERS(PRINT_INTEGER)
  printf("-- static initializers\n");
  for (i = 0; i < sizeof staticFloats / sizeof staticFloats[0]; i++)
    printf("%a\n", (double)staticFloats[i]);
  for (i = 0; i < sizeof staticDoubles / sizeof staticDoubles[0]; i++)
    printf("%a\n", staticDoubles[i]);
  for (i = 0; i < sizeof staticLongDoubles / sizeof staticLongDoubles[0]; i++)
    printf("%La\n", staticLongDoubles[i]);
  for (i = 0; i < sizeof staticIntegers / sizeof staticIntegers[0]; i++)
    printf("%ld\n", staticIntegers[i]);
  printf("-- folded by the IR passes\n");
  foldedByTheIR();
  return 0;
}
