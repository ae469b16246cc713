// Casts between every pair of integer types over edge values: truncation, sign extension,
// zero extension, and _Bool conversion (C11 6.3.1.2, 6.3.1.3).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static long long vals[] = {0,
                           1,
                           -1,
                           127,
                           128,
                           -128,
                           -129,
                           255,
                           256,
                           32767,
                           32768,
                           -32768,
                           65535,
                           65536,
                           0x7fffffff,
                           0x80000000LL,
                           -0x80000000LL,
                           0xffffffffLL,
                           0x100000000LL,
                           0x123456789abcdefLL,
                           -0x123456789abcdefLL,
                           0x7fffffffffffffffLL,
                           -0x7fffffffffffffffLL - 1,
                           0x8080808080808080LL - 0x7fffffffffffffffLL - 1 + 0x7fffffffffffffffLL};

static void from_long_long(long long v) {
  printf("%lld: %d %d %d %d %d %d %u %ld %lu %lld %llu\n", v, (_Bool)v, (char)v, (signed char)v,
         (unsigned char)v, (short)v, (unsigned short)v, (unsigned)v, (long)v, (unsigned long)v,
         (long long)v, (unsigned long long)v);
  // Through each narrow type and back to 64 bits.
  long a = (char)v, b = (unsigned char)v, c = (short)v, d = (unsigned short)v, e = (int)v,
       f = (unsigned)v;
  printf("  %ld %ld %ld %ld %ld %ld\n", a, b, c, d, e, f);
  unsigned long ua = (char)v, ub = (signed char)v, uc = (short)v, ue = (int)v;
  printf("  %lu %lu %lu %lu\n", ua, ub, uc, ue);
  // Chains of casts.
  printf("  %d %d %d %u\n", (short)(char)v, (unsigned short)(signed char)v, (char)(short)v,
         (unsigned)(unsigned char)(int)v);
}

static void from_narrow(signed char sc, unsigned char uc, short s, unsigned short us, int i,
                        unsigned u) {
  long l1 = sc, l2 = uc, l3 = s, l4 = us, l5 = i, l6 = u;
  unsigned long u1 = sc, u2 = uc, u3 = s, u4 = us, u5 = i, u6 = u;
  printf("n %ld %ld %ld %ld %ld %ld / %lu %lu %lu %lu %lu %lu\n", l1, l2, l3, l4, l5, l6, u1, u2,
         u3, u4, u5, u6);
  int i1 = sc, i2 = uc, i3 = s, i4 = us;
  unsigned v1 = sc, v2 = uc, v3 = s, v4 = us;
  printf("  %d %d %d %d %u %u %u %u\n", i1, i2, i3, i4, v1, v2, v3, v4);
}

int main(void) {
  int n = sizeof vals / sizeof vals[0];
  for (int k = 0; k < n; k++) from_long_long(vals[k]);
  for (int k = 0; k < n; k++) {
    long long v = vals[k];
    from_narrow(v, v, v, v, v, v);
  }
  // _Bool: any nonzero value converts to 1.
  long long big = 0x100000000LL;
  int half = 256;
  printf("%d %d %d %d\n", (_Bool)big, (_Bool)half, (_Bool)(char)half, (_Bool)-1);
  // Pointer <-> integer casts of the same width round trip.
  int x = 5;
  int* p = &x;
  unsigned long addr = (unsigned long)p;
  int* q = (int*)addr;
  printf("%d %d\n", q == p, *q);
  printf("%d\n", (int)(long)(void*)0);
  return 0;
}
