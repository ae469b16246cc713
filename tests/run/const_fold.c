// The same operations with all-constant operands, as a constant folder would see them: the
// folded value must match the run-time semantics (wraparound, truncation toward zero,
// arithmetic right shift, unsigned conversions, narrow casts).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

int main(void) {
  printf("%d %d %d %d\n", -7 / 2, -7 % 2, 7 / -2, 7 % -2);
  printf("%ld %ld\n", -9223372036854775807L / 10, -9223372036854775807L % 10);
  printf("%u %u %u\n", -7u / 2, 0u - 1, (0u - 1) / 0x10000u);
  printf("%lu %lu\n", -1ul / 3, -1ul % 1000);
  printf("%d %d %d\n", -8 >> 1, -1 >> 10, -2147483647 - 1 >> 31);
  printf("%ld %lu\n", -0x100000000L >> 4, 0x8000000000000000ul >> 63);
  printf("%u %u %lu\n", 1u << 31, 0xffffffffu << 4, 1ul << 63);
  printf("%d %d %d %d\n", (char)200, (unsigned char)-1, (short)0x12345, (unsigned short)-1);
  printf("%d %u %ld %lu\n", (int)0x123456789L, (unsigned)-1L, (long)0xffffffffu, (unsigned long)-1);
  printf("%d %d %d\n", (signed char)0x80, (char)(127 + 1), (short)(32767 + 1));
  printf("%d %d %d %d\n", -1 < 0u, -1L < 0u, -1 < 0ul, (unsigned char)1 > -1);
  printf("%d %d %d\n", ~0, ~0u == 0xffffffffu, !5);
  printf("%d %d %d\n", 1 ? 2 : 3, 0 ? 2 : 3, (1, 2));
  printf("%d %d %d\n", 3 && 0, 0 || 4, !0 + !1);
  printf("%u %lu\n", 0xffffffffu * 0xffffffffu, 0xfffffffffffffffful * 3);
  printf("%d\n", 2147483647 + 0 - 2147483647);
  printf("%lld %llu\n", (long long)0x8000000000000000ull, 0x7fffffffffffffffll + 1ull);
  printf("%d %d\n", 'a' * 2, '\377' + 1);
  printf("%d %d\n", 100 * 100 * 100, (100 * 100 * 100) / 7 % 13);
  printf("%ld\n", 1000000L * 1000000L);
  printf("%d %d %d %d\n", 0x7fffffff == 2147483647, 017 == 15, 0x10 == 16, 10 == 012);
  // Literal types (C11 6.4.4.1p5): decimal without suffix goes int, long; hex may be unsigned.
  printf("%lu %lu %lu %lu %lu\n", sizeof 2147483647, sizeof 2147483648, sizeof 0x7fffffff,
         sizeof 0x80000000, sizeof 0xffffffff);
  printf("%lu %lu %lu %lu\n", sizeof 4294967296, sizeof 0x100000000, sizeof 1u, sizeof 1ul);
  printf("%d %d\n", 0x80000000 > 0, -2147483648 < 0);
  return 0;
}
