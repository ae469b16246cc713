// gcc's bit built-ins (popcount, clz, ctz, ffs, parity, clrsb, bswap) in every width, on
// constants (folded at compile time) and on values only known at run time, at -O0 and -O2.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
// RUN: %minicc -O2 %s -o %t.O2 && %t.O2 > %t.out.O2
// RUN: diff %t.expected %t.out.O2
#include <stdio.h>

static unsigned long long seed = 88172645463325252ull;
static unsigned long long next(void) { // xorshift: values the compiler cannot see
  seed ^= seed << 13;
  seed ^= seed >> 7;
  seed ^= seed << 17;
  return seed;
}

static volatile unsigned long long opaque;
static unsigned long long hide(unsigned long long v) {
  opaque = v;
  return opaque;
}

static void show32(unsigned u) {
  int s = (int)u;
  printf("%08x: pop %d par %d ffs %d clrsb %d bswap %08x bswap16 %04x", u,
         __builtin_popcount(u), __builtin_parity(u), __builtin_ffs(s), __builtin_clrsb(s),
         __builtin_bswap32(u), (unsigned)__builtin_bswap16((unsigned short)u));
  if (u) printf(" clz %d ctz %d", __builtin_clz(u), __builtin_ctz(u));
  printf("\n");
}

static void show64(unsigned long long u) {
  long l = (long)u;
  long long ll = (long long)u;
  unsigned long ul = (unsigned long)u;
  printf("%016llx: pop %d %d par %d %d ffs %d %d clrsb %d %d bswap %016llx", u,
         __builtin_popcountl(ul), __builtin_popcountll(u), __builtin_parityl(ul),
         __builtin_parityll(u), __builtin_ffsl(l), __builtin_ffsll(ll), __builtin_clrsbl(l),
         __builtin_clrsbll(ll), (unsigned long long)__builtin_bswap64(u));
  if (u)
    printf(" clz %d %d ctz %d %d", __builtin_clzl(ul), __builtin_clzll(u), __builtin_ctzl(ul),
           __builtin_ctzll(u));
  printf("\n");
}

// Constant operands: gcc folds these; so must minicc, in constant expressions too.
enum { POP = __builtin_popcount(0xf0f0u), CLZ = __builtin_clz(1u), CTZLL = __builtin_ctzll(1ull << 40) };
static int table[__builtin_popcountll(0xffull) + __builtin_ffs(8)];
static const unsigned swapped = __builtin_bswap32(0x11223344u);
static const int expected = __builtin_expect(7, 0) + __builtin_parity(7u) + __builtin_clrsb(-1);
_Static_assert(__builtin_clzll(1) == 63, "clzll");
_Static_assert(__builtin_bswap16(0x1234) == 0x3412, "bswap16");

static int classify(unsigned x) {
  switch (x) {
  case __builtin_popcount(0x7u): return 3;
  case __builtin_ctz(0x100u): return 8;
  default: return -1;
  }
}

int main(void) {
  static const unsigned long long edges[] = {0,
                                             1,
                                             2,
                                             3,
                                             0x7f,
                                             0x80,
                                             0xff,
                                             0x100,
                                             0x7fff,
                                             0x8000,
                                             0xffff,
                                             0x12345678,
                                             0x7fffffff,
                                             0x80000000,
                                             0xffffffff,
                                             0x100000000ull,
                                             0x7fffffffffffffffull,
                                             0x8000000000000000ull,
                                             0xffffffffffffffffull,
                                             0x0123456789abcdefull,
                                             0xfedcba9876543210ull};
  for (unsigned i = 0; i < sizeof edges / sizeof edges[0]; ++i) {
    show32((unsigned)hide(edges[i]));
    show64(hide(edges[i]));
  }
  for (int i = 0; i < 40; ++i) {
    unsigned long long r = next() >> (i % 63);
    show32((unsigned)r);
    show64(r);
  }
  // Literal operands inline (folded at -O2, selected at -O0 after mem2reg).
  printf("%d %d %d %d %d %d\n", __builtin_popcount(0xdeadbeefu), __builtin_clz(0x00010000u),
         __builtin_ctzll(0x8000000000000000ull), __builtin_ffsll(0), __builtin_clrsbll(0),
         __builtin_parityll(0xfffffffffffffffeull));
  printf("%x %llx\n", __builtin_bswap32(0xaabbccddu),
         (unsigned long long)__builtin_bswap64(0x0102030405060708ull));
  printf("%d %d %d %zu %x %d\n", POP, CLZ, CTZLL, sizeof table / sizeof table[0], swapped,
         expected);
  printf("%d %d %d\n", classify(3), classify(8), classify(9));
  // Results have type int (bswap: its unsigned type).
  printf("%zu %zu %zu %zu\n", sizeof(__builtin_clzll(1)), sizeof(__builtin_bswap16(1)),
         sizeof(__builtin_bswap32(1)), sizeof(__builtin_bswap64(1)));
  return 0;
}
