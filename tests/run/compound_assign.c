// = and every compound assignment (+= -= *= /= %= &= |= ^= <<= >>=) on every integer width:
// E1 op= E2 is E1 = E1 op E2 with E1 evaluated once (C11 6.5.16.2p3), computed in the
// promoted/common type and converted back to E1's type.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

#define ALL_OPS(T, FMT, init, rhs, shift)                                                          \
  do {                                                                                             \
    T v = init;                                                                                    \
    printf(#T ":");                                                                                \
    v += rhs;                                                                                      \
    printf(" " FMT, v);                                                                            \
    v -= rhs;                                                                                      \
    printf(" " FMT, v);                                                                            \
    v *= rhs;                                                                                      \
    printf(" " FMT, v);                                                                            \
    v /= rhs;                                                                                      \
    printf(" " FMT, v);                                                                            \
    v = init;                                                                                      \
    v %= rhs;                                                                                      \
    printf(" " FMT, v);                                                                            \
    v = init;                                                                                      \
    v &= rhs;                                                                                      \
    printf(" " FMT, v);                                                                            \
    v |= rhs;                                                                                      \
    printf(" " FMT, v);                                                                            \
    v ^= rhs;                                                                                      \
    printf(" " FMT, v);                                                                            \
    v = (init) < 0 ? -(init) : (init);                                                             \
    v <<= shift;                                                                                   \
    printf(" " FMT, v);                                                                            \
    v >>= shift;                                                                                   \
    printf(" " FMT, v);                                                                            \
    v = init;                                                                                      \
    printf(" " FMT, (T)(v += rhs));                                                                \
    printf("\n");                                                                                  \
  } while (0)

static int calls;
static int index_of(int i) {
  calls++;
  return i;
}

int main(void) {
  // The brief's classic: char arithmetic wraps on the store back (gcc: modulo 2^8).
  char c = 100;
  c += 100;
  printf("%d\n", c);
  unsigned char uc = 250;
  uc += 10;
  printf("%d\n", uc);
  uc -= 20;
  printf("%d\n", uc);
  short s = 30000;
  s += 30000;
  printf("%d\n", s);
  unsigned short us = 1;
  us -= 2;
  printf("%d\n", us);
  unsigned u = 0;
  u -= 1;
  printf("%u\n", u);
  u *= u;
  printf("%u\n", u);

  ALL_OPS(char, "%d", 100, 7, 1);
  ALL_OPS(char, "%d", -100, 3, 2);
  ALL_OPS(signed char, "%d", 127, 2, 0);
  ALL_OPS(unsigned char, "%d", 200, 60, 1);
  ALL_OPS(unsigned char, "%d", 255, 255, 7);
  ALL_OPS(short, "%d", 32767, 2, 1);
  ALL_OPS(short, "%d", -32767, 3, 0);
  ALL_OPS(unsigned short, "%d", 65535, 2, 15);
  ALL_OPS(int, "%d", 1000000, 1000, 10);
  ALL_OPS(int, "%d", -1000000, 7, 3);
  ALL_OPS(unsigned, "%u", 4000000000u, 3000000000u, 31);
  ALL_OPS(long, "%ld", 0x100000000L, 0x10000L, 20);
  ALL_OPS(long, "%ld", -0x7fffffffL, 65537L, 1);
  ALL_OPS(unsigned long, "%lu", 0xfffffffffffffff0ul, 0x20ul, 63);
  ALL_OPS(long long, "%lld", -5LL, -2LL, 60);
  ALL_OPS(unsigned long long, "%llu", 1ULL, 0xffffffffffffffffULL, 0);

  // Mixed widths on the right: the right operand's type participates in the conversion.
  char mc = 10;
  mc *= 1000L;
  printf("%d\n", mc);
  unsigned char muc = 7;
  muc -= 1u << 31;
  printf("%d\n", muc);
  int mi = -7;
  mi /= 2u;
  printf("%d\n", mi);
  int mi2 = 100;
  mi2 += 0xffffffffu;
  printf("%d\n", mi2);
  long ml = -1;
  ml &= 0xffffffffu;
  printf("%ld\n", ml);
  unsigned mu = 5;
  mu -= -1L;
  printf("%u\n", mu);
  short ms = -1;
  ms >>= 3L;
  printf("%d\n", ms);

  // The left operand is evaluated once.
  int arr[5] = {1, 2, 3, 4, 5};
  calls = 0;
  arr[index_of(2)] += 10;
  arr[index_of(3)] <<= 2;
  arr[index_of(4)] *= arr[0];
  printf("%d %d %d %d %d calls=%d\n", arr[0], arr[1], arr[2], arr[3], arr[4], calls);
  int* p = arr;
  *p++ += 100;
  printf("%d %d %d\n", arr[0], arr[1], (int)(p - arr));
  // Assignments are expressions with the value stored.
  int a, b, d;
  a = b = d = 7;
  printf("%d %d %d\n", a, b, d);
  char cc;
  int wide = (cc = 300);
  printf("%d %d\n", wide, cc);
  int x = 5;
  int y = (x += 3) * 2;
  printf("%d %d\n", x, y);
  long chain = 1;
  int small = 2;
  chain += small += 3;
  printf("%ld %d\n", chain, small);
  return 0;
}
