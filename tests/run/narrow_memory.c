// Narrow integers in memory: loads from arrays, globals, struct members and through pointers of
// every width are sign- or zero-extended by their own type before they are compared, used as
// indexes, passed, returned or widened; stores truncate (C11 6.3.1.1, 6.3.1.3).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

signed char g_sc[6] = {-128, -1, 0, 1, 127, -100};
unsigned char g_uc[6] = {0, 1, 127, 128, 200, 255};
short g_s[6] = {-32768, -1, 0, 1, 32767, -300};
unsigned short g_us[6] = {0, 1, 32767, 32768, 40000, 65535};
int g_i[6] = {-2147483647 - 1, -1, 0, 1, 2147483647, -300};
unsigned g_u[6] = {0, 1, 0x7fffffff, 0x80000000u, 3000000000u, 0xffffffffu};

static int lookup[256];

static long widen_sc(const signed char* p) {
  return *p;
}
static unsigned long widen_uc(const unsigned char* p) {
  return *p;
}
static long widen_s(const short* p) {
  return *p;
}
static long widen_us(const unsigned short* p) {
  return *p;
}
static long widen_i(const int* p) {
  return *p;
}
static long widen_u(const unsigned* p) {
  return *p;
}

int main(void) {
  for (int k = 0; k < 6; k++) {
    printf("%d:", k);
    // Branches on loaded values.
    if (g_sc[k] < 0) printf(" sc-neg");
    if (g_uc[k] > 127) printf(" uc-high");
    if (g_s[k] < -1) printf(" s-lt-1");
    if (g_us[k] >= 32768) printf(" us-high");
    if (g_i[k] <= 0) printf(" i-nonpos");
    if (g_u[k] > 0x7fffffffu) printf(" u-high");
    if (g_sc[k] == -1) printf(" sc-m1");
    if (g_uc[k] == 255) printf(" uc-255");
    if (g_us[k] == 65535) printf(" us-max");
    // Values and widenings.
    printf(" | %ld %lu %ld %ld %ld %ld", widen_sc(&g_sc[k]), widen_uc(&g_uc[k]), widen_s(&g_s[k]),
           widen_us(&g_us[k]), widen_i(&g_i[k]), widen_u(&g_u[k]));
    long sum = g_sc[k] + g_uc[k] + g_s[k] + g_us[k] + (long)g_i[k] + g_u[k];
    printf(" | %ld", sum);
    // As array indexes (an unsigned char index is never negative).
    lookup[g_uc[k]] += k + 1;
    printf(" | %d", lookup[g_uc[k]]);
    // Mixed comparisons between loaded values of different types.
    printf(" | %d %d %d %d\n", g_sc[k] < g_uc[k], g_s[k] < g_us[k], g_i[k] < g_u[k],
           g_sc[k] < g_u[k]);
  }
  // Stores truncate; neighbours are untouched.
  unsigned char bytes[4] = {1, 2, 3, 4};
  int wide = 0x1ff;
  bytes[1] = wide;
  bytes[2] = -1;
  printf("%d %d %d %d\n", bytes[0], bytes[1], bytes[2], bytes[3]);
  short halves[3] = {7, 8, 9};
  long big = 0x123456789L;
  halves[1] = big;
  printf("%d %d %d\n", halves[0], halves[1], halves[2]);
  int ints[3] = {5, 6, 7};
  ints[1] = 0xfedcba9876543210L;
  printf("%d %d %d\n", ints[0], ints[1], ints[2]);
  // Through pointers of a different type onto the same bytes (char may alias anything).
  unsigned word = 0x80ff7f01u;
  signed char* sp = (signed char*)&word;
  unsigned char* up = (unsigned char*)&word;
  printf("%d %d %d %d | %d %d %d %d\n", sp[0], sp[1], sp[2], sp[3], up[0], up[1], up[2], up[3]);
  // Loop over bytes with a narrow induction variable and an accumulator.
  unsigned char counter;
  int total = 0;
  for (counter = 250; counter != 4; counter++) total += counter;
  printf("%d\n", total);
  signed char sc = -3;
  unsigned idx = sc; // converts to 4294967293
  printf("%u %d\n", idx, idx > 100);
  // Conditional of narrow operands.
  unsigned char a = 200;
  signed char b = -56;
  int pick = a > 100 ? b : a;
  printf("%d %d\n", pick, (unsigned char)b == a);
  return 0;
}
