// gcc's generic overflow built-ins (__builtin_{add,sub,mul}_overflow): operands and result of
// any integer types, the exact result wrapped into *res, the value whether it was wrapped.
// Every combination of signedness and width over boundary values, at -O0 and -O2.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
// RUN: %minicc -O2 %s -o %t.O2 && %t.O2 > %t.out.O2
// RUN: diff %t.expected %t.out.O2
#include <limits.h>
#include <stdio.h>

static const long long values[] = {0,         1,        -1,        2,          -2,
                                   127,       -128,     255,       32767,      -32768,
                                   65535,     INT_MAX,  INT_MIN,   UINT_MAX,   0x100000000ll,
                                   LLONG_MAX, LLONG_MIN, 0x7fffffff00000001ll, -0x80000001ll,
                                   3037000499ll, 3037000500ll, 4294967296ll, -4294967296ll};
#define NV (sizeof values / sizeof values[0])

#define CHECK(OP, TA, TB, TR)                                                                  \
  for (unsigned i = 0; i < NV; ++i)                                                            \
    for (unsigned j = 0; j < NV; ++j) {                                                        \
      TA a = (TA)values[i];                                                                    \
      TB b = (TB)values[j];                                                                    \
      TR r = 0;                                                                                \
      int o = __builtin_##OP##_overflow(a, b, &r);                                             \
      hash = hash * 31 + (unsigned long long)r * 7 + (unsigned long long)o;                    \
      count += o;                                                                              \
    }

#define ALL_RESULTS(OP, TA, TB)                                                                \
  CHECK(OP, TA, TB, signed char)                                                               \
  CHECK(OP, TA, TB, unsigned char)                                                             \
  CHECK(OP, TA, TB, short)                                                                     \
  CHECK(OP, TA, TB, unsigned short)                                                            \
  CHECK(OP, TA, TB, int)                                                                       \
  CHECK(OP, TA, TB, unsigned)                                                                  \
  CHECK(OP, TA, TB, long)                                                                      \
  CHECK(OP, TA, TB, unsigned long)

#define ALL_OPERANDS(OP)                                                                       \
  ALL_RESULTS(OP, int, int)                                                                    \
  ALL_RESULTS(OP, unsigned, int)                                                               \
  ALL_RESULTS(OP, long, long)                                                                  \
  ALL_RESULTS(OP, unsigned long, long)                                                         \
  ALL_RESULTS(OP, long, unsigned long)                                                         \
  ALL_RESULTS(OP, unsigned long, unsigned long)                                                \
  ALL_RESULTS(OP, short, unsigned char)                                                        \
  ALL_RESULTS(OP, _Bool, long long)

int main(void) {
  unsigned long long hash = 0;
  unsigned count = 0;
  ALL_OPERANDS(add)
  printf("add %u %llx\n", count, hash);
  ALL_OPERANDS(sub)
  printf("sub %u %llx\n", count, hash);
  ALL_OPERANDS(mul)
  printf("mul %u %llx\n", count, hash);
  // Constant operands, and the overflow flag used directly as a condition.
  int r;
  long long big;
  unsigned char small;
  int o = __builtin_add_overflow(INT_MAX, 1, &r);
  printf("%d %d\n", o, r);
  o = __builtin_sub_overflow(0u, 1u, &r);
  printf("%d %d\n", o, r);
  o = __builtin_mul_overflow(LLONG_MIN, -1, &big);
  printf("%d %lld\n", o, big);
  o = __builtin_mul_overflow(16, 16, &small);
  printf("%d %d\n", o, small);
  if (__builtin_mul_overflow(100000, 100000, &r))
    printf("wrapped to %d\n", r);
  unsigned long long product;
  o = __builtin_mul_overflow(-3, -5, &product);
  printf("%d %llu\n", o, product);
  o = __builtin_mul_overflow(ULLONG_MAX, ULLONG_MAX, &product);
  printf("%d %llu\n", o, product);
  o = __builtin_sub_overflow(5, 7, &product);
  printf("%d %llu\n", o, product);
  printf("%zu\n", sizeof __builtin_add_overflow(1, 2, &r));
  return 0;
}
