// Bitwise & | ^ ~ on every width and signedness, with constants and masks, and common idioms
// (popcount, bit reversal, rotate, lowest set bit, sign tricks).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int popcount(unsigned long v) {
  int n = 0;
  while (v) {
    v &= v - 1;
    n++;
  }
  return n;
}

static unsigned reverse_bits(unsigned v) {
  unsigned r = 0;
  for (int i = 0; i < 32; i++) {
    r = (r << 1) | (v & 1);
    v >>= 1;
  }
  return r;
}

static unsigned rotl(unsigned v, int s) {
  return (v << s) | (v >> ((32 - s) & 31));
}
static unsigned long rotl64(unsigned long v, int s) {
  return (v << s) | (v >> ((64 - s) & 63));
}

static long long vals[] = {0,
                           1,
                           -1,
                           0x55,
                           0xaa,
                           0x7f,
                           0x80,
                           0xff,
                           0x1234,
                           0x8000,
                           0xffff,
                           0x12345678,
                           0x80000000LL,
                           0xffffffffLL,
                           0x123456789abcdef0LL,
                           -0x7fffffffffffffffLL - 1};

int main(void) {
  int n = sizeof vals / sizeof vals[0];
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < n; j += 3) {
      long long a = vals[i], b = vals[j];
      printf("%llx %llx: %llx %llx %llx %llx", a, b, a & b, a | b, a ^ b, ~a);
      int ia = a, ib = b;
      printf(" | %x %x %x %x", ia & ib, ia | ib, ia ^ ib, ~ia);
      short sa = a, sb = b;
      printf(" | %d %d %d %d", sa & sb, sa | sb, sa ^ sb, ~sa);
      unsigned char ca = a, cb = b;
      printf(" | %d %d %d %d", ca & cb, ca | cb, ca ^ cb, ~ca);
      signed char da = a;
      printf(" | %d %d %d\n", da & cb, da | cb, da ^ ib);
    }
  }
  for (int i = 0; i < n; i++)
    printf("pop %d rev %x rot %x %x %lx\n", popcount(vals[i]), reverse_bits(vals[i]),
           rotl(vals[i], 7), rotl(vals[i], 31), rotl64(vals[i], 13));
  unsigned long x = 0xf0f0f0f0f0f0f0f0UL;
  printf("%lx %lx %lx %lx\n", x & -x, x & 0xff, x | 0xf, x ^ ~0UL);
  int neg = -37;
  printf("%d %d %d %d\n", neg & 0xff, neg | 1, neg ^ -1, (neg >> 31) ^ neg);
  long mask = 1L << 40;
  printf("%d %d %ld\n", (x & mask) != 0, ((x >> 4) & mask) != 0, mask - 1);
  // Compound bitwise assignment on each width.
  unsigned char uc = 0x0f;
  uc |= 0xf0;
  uc &= 0x3c;
  uc ^= 0xff;
  short s = 0x1234;
  s ^= 0x7fff;
  s &= -16;
  long l = 0;
  l |= (long)(1UL << 63) >> 63;
  printf("%d %d %ld\n", uc, s, l);
  return 0;
}
