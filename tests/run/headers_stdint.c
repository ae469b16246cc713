// <stdint.h> from glibc: exact-width, least, fast, pointer and max types with their limits
// and the INTn_C/UINTn_C macros (C11 7.20); sizes and values printed.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdint.h>
#include <stdio.h>

#define SIZES(a, b, c, d) printf("%s %d %d %d %d\n", #a, (int)sizeof(a), (int)sizeof(b), (int)sizeof(c), (int)sizeof(d))

int main(void) {
  SIZES(int8_t, int16_t, int32_t, int64_t);
  SIZES(uint8_t, uint16_t, uint32_t, uint64_t);
  SIZES(int_least8_t, int_least16_t, int_least32_t, int_least64_t);
  SIZES(int_fast8_t, int_fast16_t, int_fast32_t, int_fast64_t);
  SIZES(intptr_t, uintptr_t, intmax_t, uintmax_t);
  printf("%d %d %d %d\n", INT8_MIN, INT8_MAX, INT16_MIN, INT16_MAX);
  printf("%d %d %ld %ld\n", INT32_MIN, INT32_MAX, (long)INT64_MIN, (long)INT64_MAX);
  printf("%u %u %u %lu\n", UINT8_MAX, UINT16_MAX, UINT32_MAX, (unsigned long)UINT64_MAX);
  printf("%ld %ld %lu\n", (long)INTPTR_MIN, (long)INTPTR_MAX, (unsigned long)UINTPTR_MAX);
  printf("%ld %lu %lu\n", (long)INTMAX_MIN, (unsigned long)UINTMAX_MAX, (unsigned long)SIZE_MAX);
  printf("%ld %ld %d %d\n", (long)PTRDIFF_MIN, (long)PTRDIFF_MAX, SIG_ATOMIC_MIN, SIG_ATOMIC_MAX);
  printf("%ld %lu %d %d\n", (long)INT64_C(-9000000000), (unsigned long)UINT64_C(18000000000),
         (int)sizeof(INT32_C(1)), (int)sizeof(UINTMAX_C(1)));
  printf("%d %d %ld\n", INT_FAST8_MAX, INT_LEAST16_MIN, (long)INT_FAST32_MAX);
  uint8_t wrap = 250;
  wrap += 10;
  int16_t neg = -32768;
  uint64_t big = UINT64_MAX;
  big >>= 3;
  int32_t product = (int32_t)((uint32_t)INT32_MAX * 3u);
  printf("%u %d %lu %d\n", wrap, neg, (unsigned long)big, product);
  uintptr_t address = (uintptr_t)&wrap;
  printf("%d\n", (uint8_t *)address == &wrap);
  return 0;
}
