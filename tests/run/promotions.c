// Integer promotions (C11 6.3.1.1) and the usual arithmetic conversions (C11 6.3.1.8):
// which operand type wins, sign vs zero extension, unsigned comparisons.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

int main(void) {
  // int vs unsigned int: the int converts to unsigned.
  printf("%d %d %d %d\n", -1 < 1u, -1 > 1u, -1 == 0xffffffffu, 0u - 1 > 0);
  int m1 = -1;
  unsigned one = 1;
  printf("%d %d %u %u\n", m1<one, m1> one, m1 + one, m1 * one);
  printf("%u %u\n", m1 / 2u, (unsigned)m1 % 10u);
  // unsigned char / short promote to int, so no unsigned arithmetic happens.
  unsigned char uc = 200;
  printf("%d %d %d\n", uc + 100, uc * 2, (unsigned char)200 + 100);
  printf("%d %d\n", uc - 201 < 0, -uc);
  unsigned short us = 65535;
  printf("%d %d %d\n", us + 1, us - 65536 < 0, -us);
  printf("%d %d\n", (int)sizeof(us + us), (int)sizeof(uc));
  signed char sc = -1;
  printf("%d %d %d\n", sc < uc, sc == -1, sc + uc);
  char c = -128;
  printf("%d %d %d\n", c, c - 1, c * c);
  // long vs unsigned int: long can represent every unsigned int, so long wins (signed).
  long lm1 = -1L;
  printf("%d %d %ld\n", lm1 < one, -1L < 1u, lm1 + one);
  printf("%d %d\n", (int)sizeof(lm1 + one), (int)sizeof(1u + 1));
  // long vs unsigned long: unsigned long wins.
  printf("%d %d %lu\n", -1L < 1ul, lm1 > 0ul, lm1 + 1ul);
  // long long vs unsigned long (both 64-bit): unsigned long wins.
  long long llm1 = -1;
  printf("%d %llu\n", llm1 < 1ul, llm1 + 0ul);
  // unsigned int vs long long: long long wins.
  printf("%d %lld\n", one > -1LL, one - 2LL);
  // int vs unsigned long: int is sign-extended first, then converted.
  unsigned long ul = 10;
  int neg = -3;
  printf("%lu %lu %d\n", ul + neg, ul * neg, neg < ul);
  // unsigned int is zero-extended to long.
  unsigned big = 0xfffffff0u;
  long l = big;
  long l2 = (int)big;
  printf("%ld %ld %ld\n", l, l2, big + 0L);
  // Conditional operator result type follows the same rules.
  printf("%ld %lu %d\n", 1 ? m1 : 0L, 1 ? m1 : 0ul, (int)sizeof(1 ? uc : us));
  printf("%u\n", 1 ? m1 : 0u);
  // Bitwise operators on mixed types.
  printf("%u %lx %x\n", m1 & 0xffu, lm1 ^ 0xffffffffu, uc | 0x100);
  printf("%x %x\n", ~uc, ~us);
  // Character constants have type int.
  printf("%d %d\n", (int)sizeof('a'), 'a' + 1);
  // Shift result type is the promoted left operand's, not the count's.
  printf("%d %lu\n", uc << 1L, sizeof(uc << 1L));
  // Comparisons give int.
  printf("%lu %d\n", sizeof(1L < 2L), (uc > 100) + (us > 100));
  // Assignment converts to the left type (C11 6.5.16.1p2).
  unsigned char t1 = 300;
  signed char t2 = 200;
  short t3 = 40000;
  unsigned short t4 = -1;
  int t5 = 0x123456789L;
  unsigned t6 = -2;
  long t7 = 0xffffffffu;
  long t8 = -1;
  unsigned long t9 = -1;
  printf("%d %d %d %d %d %u %ld %ld %lu\n", t1, t2, t3, t4, t5, t6, t7, t8, t9);
  return 0;
}
