// Arithmetic on long, unsigned long, long long and unsigned long long over edge values
// (LLONG_MIN, LLONG_MAX, ULLONG_MAX, values crossing 32 bits): + - * / % and unary operators.
// Signed overflow is avoided by explicit range checks (C11 6.5p5).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

#define LMAX 9223372036854775807L
#define LMIN (-9223372036854775807L - 1)

static long lvals[] = {0,
                       1,
                       -1,
                       2,
                       -2,
                       7,
                       -7,
                       1000,
                       -1000,
                       2147483647L,
                       -2147483648L,
                       2147483648L,
                       4294967295L,
                       4294967296L,
                       -4294967296L,
                       0x123456789abcdefL,
                       -0x123456789abcdefL,
                       LMAX,
                       LMIN,
                       LMAX - 1,
                       LMIN + 1,
                       3037000499L,
                       -3037000500L,
                       0x100000000L + 7};
static unsigned long ulvals[] = {0ul,
                                 1ul,
                                 2ul,
                                 10ul,
                                 0xfffffffful,
                                 0x100000000ul,
                                 0x7ffffffffffffffful,
                                 0x8000000000000000ul,
                                 0x8000000000000001ul,
                                 0xfffffffffffffffeul,
                                 0xfffffffffffffffful,
                                 12345678901234567890ul};

static int add_ovf(long a, long b) {
  return (b > 0 && a > LMAX - b) || (b < 0 && a < LMIN - b);
}
static int sub_ovf(long a, long b) {
  return (b < 0 && a > LMAX + b) || (b > 0 && a < LMIN + b);
}
static int mul_ovf(long a, long b) {
  if (a == 0 || b == 0) return 0;
  if (a > 0) return b > 0 ? a > LMAX / b : b < LMIN / a;
  return b > 0 ? a < LMIN / b : a < LMAX / b;
}

static void signed_pair(long a, long b) {
  printf("l %ld %ld:", a, b);
  if (!add_ovf(a, b)) printf(" add=%ld", a + b);
  if (!sub_ovf(a, b)) printf(" sub=%ld", a - b);
  if (!mul_ovf(a, b)) printf(" mul=%ld", a * b);
  if (b != 0 && !(a == LMIN && b == -1)) printf(" div=%ld rem=%ld", a / b, a % b);
  printf("\n");
}

static void long_long_pair(long long a, long long b) {
  printf("ll %lld %lld:", a, b);
  if (!add_ovf(a, b)) printf(" add=%lld", a + b);
  if (!mul_ovf(a, b)) printf(" mul=%lld", a * b);
  if (b != 0 && !(a == LMIN && b == -1)) printf(" div=%lld rem=%lld", a / b, a % b);
  printf("\n");
}

static void unsigned_pair(unsigned long a, unsigned long b) {
  printf("ul %lu %lu: add=%lu sub=%lu mul=%lu", a, b, a + b, a - b, a * b);
  if (b != 0) printf(" div=%lu rem=%lu", a / b, a % b);
  printf("\n");
  unsigned long long x = a, y = b;
  printf("ull %llu %llu: %llu %llu %llx\n", x, y, x - y, x * y, x ^ y);
}

int main(void) {
  int n = sizeof lvals / sizeof lvals[0];
  int m = sizeof ulvals / sizeof ulvals[0];
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      signed_pair(lvals[i], lvals[j]);
      long_long_pair(lvals[i], lvals[j]);
    }
  for (int i = 0; i < m; i++)
    for (int j = 0; j < m; j++) unsigned_pair(ulvals[i], ulvals[j]);
  for (int i = 0; i < n; i++) {
    long a = lvals[i];
    if (a != LMIN) printf("neg %ld\n", -a);
    printf("not %ld lnot %d uneg %lu\n", ~a, !a, -(unsigned long)a);
    printf("c %ld: %ld %ld %ld %ld %ld %ld %ld %ld\n", a, a / 2, a / 16, a / 10, a / -3, a % 2,
           a % 16, a % 10, a % -3);
    if (!mul_ovf(a, 5)) printf("  x5=%ld", a * 5);
    if (!mul_ovf(a, 1024)) printf("  x1024=%ld", a * 1024);
    printf("\n");
  }
  // 64-bit constants and mixing with int.
  printf("%ld %ld %lu\n", LMAX, LMIN, 0xfffffffffffffffful);
  printf("%lld %llu\n", -9223372036854775807LL - 1, 18446744073709551615ULL);
  int k = -5;
  long big = 0x100000000L;
  printf("%ld %ld %ld\n", big + k, big * k, big / k);
  unsigned u = 0xffffffffu;
  printf("%ld %lu\n", big + u, (unsigned long)u * u);
  return 0;
}
