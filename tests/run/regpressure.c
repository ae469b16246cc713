// Register pressure: many values live at once, values live across calls (must survive in
// callee-saved registers or spill slots), long expression trees, loops with many induction
// variables, division and shifts (fixed registers) mixed into busy code.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static long opaque(long v) {
  return v;
}
static void clobber(void) {
  volatile long sink = 0;
  sink++;
}

static long twenty_live(long seed) {
  long a = seed + 1, b = seed * 3, c = seed - 7, d = seed ^ 0x55, e = seed * 4, f = seed >> 1;
  long g = a + b, h = c - d, i = e * f, j = a ^ h, k = b | c, l = d & e;
  long m = f + g + h, n = i - j, o = k * 2, p = l + 1, q = a * b, r = c * d;
  long s = e - f, t = g ^ i;
  return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r + s + t;
}

static long live_across_calls(long seed) {
  long a = opaque(seed), b = opaque(seed + 1), c = opaque(seed + 2), d = opaque(seed + 3);
  long e = opaque(seed + 4), f = opaque(seed + 5), g = opaque(seed + 6), h = opaque(seed + 7);
  clobber();
  long i = opaque(a * b), j = opaque(c * d), k = opaque(e * f), l = opaque(g * h);
  clobber();
  return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i + j + k + l;
}

static int narrow_live_across_calls(int seed) {
  char a = seed;
  unsigned char b = seed * 3;
  short c = seed * 1000;
  unsigned short d = seed * 5000;
  int e = seed * 100000;
  clobber();
  opaque(0);
  return a + b + c + d + e;
}

static long expression_tree(long x, long y, long z) {
  return ((x + y) * (y - z) + (x * z - y) * (z + 1)) ^
         (((long)((unsigned long)x << 3) | (y >> 2)) - ((z & 0xff) * (x - 1))) +
             (((x ^ y) + (y ^ z)) * ((z ^ x) - 3)) - ((x + 1) * (y + 2) * (z + 3));
}

static long divisions(long a, long b, long c) {
  long q1 = a / b, r1 = a % b, q2 = b / c, r2 = b % c, q3 = a / c;
  unsigned long uq = (unsigned long)a / (unsigned long)c;
  int shift = (int)(c & 15);
  return q1 + r1 * 3 + q2 * 5 + r2 * 7 + q3 * 11 + (long)(uq >> shift) +
         (long)((unsigned long)a << shift) + (b >> shift);
}

static long many_inductions(int n) {
  long s1 = 0, s2 = 1, s3 = 2, s4 = 3, s5 = 4, s6 = 5, s7 = 6, s8 = 7;
  for (int i = 0, j = n, k = 1; i < n; i++, j--, k += 2) {
    s1 += i;
    s2 ^= j;
    s3 += k * s1 % 1000;
    s4 = (s4 * 31 + i) % 1000003;
    s5 += s2 & 0xff;
    s6 -= j * 3;
    s7 = s7 * 7 % 10007 + k;
    s8 += s1 ^ s7;
  }
  return s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8;
}

static int args_passthrough(int a, int b, int c, int d, int e, int f, int g, int h) {
  // Arguments live across a call that needs the argument registers for its own arguments.
  int r = (int)opaque(h);
  return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + r * 8;
}

static long swap_args(long a, long b, long c, long d) {
  return a * 1000 + b * 100 + c * 10 + d;
}
static long permute(long a, long b, long c, long d) {
  // Calls whose arguments are a permutation of the incoming argument registers.
  return swap_args(d, c, b, a) + swap_args(b, a, d, c) * 10000;
}

int main(void) {
  for (long s = -3; s <= 3; s++) printf("%ld ", twenty_live(s * 1000003));
  printf("\n");
  for (long s = 0; s < 4; s++) printf("%ld ", live_across_calls(s * 17));
  printf("\n");
  for (int s = -2; s <= 2; s++) printf("%d ", narrow_live_across_calls(s * 37));
  printf("\n");
  printf("%ld %ld\n", expression_tree(3, 5, 7), expression_tree(-100, 12345, -9));
  printf("%ld %ld\n", divisions(1000003, 97, 13), divisions(-999999, 1234, -7));
  printf("%ld\n", many_inductions(5000));
  printf("%d\n", args_passthrough(1, 2, 3, 4, 5, 6, 7, 8));
  printf("%ld\n", permute(1, 2, 3, 4));
  return 0;
}
