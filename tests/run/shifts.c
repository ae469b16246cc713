// Shifts on every integer width by every count 0..width-1, by variables and by constants:
// the left operand is promoted and the result has its type (C11 6.5.7p3); right shift of a
// negative value is arithmetic in gcc (implementation-defined, C11 6.5.7p5); left shift of
// signed values only where the result is representable (C11 6.5.7p4).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int ivals[] = {0, 1, -1, 5, -5, 0x7fffffff, -2147483647 - 1, 0x12345678, -0x12345678};
static long lvals[] = {0,
                       1,
                       -1,
                       0x7fffffffffffffffL,
                       -0x7fffffffffffffffL - 1,
                       0x123456789abcdefL,
                       -0x123456789abcdefL,
                       0xffffffffL};

int main(void) {
  for (int i = 0; i < (int)(sizeof ivals / sizeof ivals[0]); i++) {
    int v = ivals[i];
    unsigned u = v;
    for (int s = 0; s < 32; s++) {
      printf("i %d >> %d = %d, u %u >> %d = %u, u << = %u", v, s, v >> s, u, s, u >> s, u << s);
      if (v >= 0 && (v >> (31 - s)) == 0) printf(", i << = %d", v << s);
      printf("\n");
    }
  }
  for (int i = 0; i < (int)(sizeof lvals / sizeof lvals[0]); i++) {
    long v = lvals[i];
    unsigned long u = v;
    for (long s = 0; s < 64; s++) {
      printf("l %ld >> %ld = %ld, ul %lu: %lu %lu", v, s, v >> s, u, u >> s, u << s);
      long long ll = v;
      unsigned long long ull = u;
      printf(" ll %lld %llu %llu\n", ll >> s, ull >> s, ull << s);
    }
  }
  // Narrow types: promoted to int before shifting.
  for (int s = 0; s < 31; s++) {
    signed char c = -100;
    unsigned char uc = 200;
    short sh = -30000;
    unsigned short us = 60000;
    char r = uc << (s < 23 ? s : 23);
    printf("n %d: %d %d %d %d %d", s, c >> s, uc >> s, sh >> s, us >> s, r);
    if (s < 23) printf(" %d %d", uc << s, (unsigned short)us << (s < 15 ? s : 15));
    printf("\n");
  }
  // The count may have any integer type; the result has the promoted left operand's type.
  unsigned char cnt8 = 3;
  long cnt64 = 33;
  unsigned long long one = 1;
  printf("%d %u %lu %llu\n", 1 << cnt8, 1u << cnt8, 1ul << cnt64, one << cnt64);
  printf("%d %d\n", (int)sizeof(1 << cnt64), (int)sizeof(one << cnt8));
  printf("%lu\n", (unsigned long)(1u << 31u) + 0);
  // Constant shifts, including by 0 and width-1.
  int x = -8;
  unsigned ux = 0x80000000u;
  printf("%d %d %d %u %u %u\n", x >> 0, x >> 1, x >> 31, ux >> 0, ux >> 31, ux << 0);
  printf("%d %d %u\n", -1 >> 31, 0x20000000 << 1 >> 1, 0xffffffffu << 31);
  long lx = -1;
  printf("%ld %lu %ld\n", lx >> 63, (unsigned long)lx >> 63, 1L << 62);
  // Compound shifts.
  int a = 1;
  a <<= 10;
  printf("%d ", a);
  a >>= 3;
  printf("%d ", a);
  unsigned char b = 0xff;
  b <<= 4;
  printf("%d ", b);
  b >>= 1;
  printf("%d ", b);
  short c = 1;
  c <<= 14;
  printf("%d ", c);
  c = -c;
  c >>= 3;
  printf("%d\n", c);
  return 0;
}
