// All six comparisons on every integer width and signedness, as values (0/1 of type int)
// and as branch conditions, including against constants and zero.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static long long vals[] = {0,
                           1,
                           -1,
                           2,
                           127,
                           -128,
                           128,
                           255,
                           32767,
                           -32768,
                           65535,
                           0x7fffffff,
                           -0x7fffffffLL - 1,
                           0xffffffffLL,
                           0x7fffffffffffffffLL,
                           -0x7fffffffffffffffLL - 1};

#define CMP_VALUES(T, a, b)                                                                        \
  printf(#T " %d%d%d%d%d%d", (T)a<(T)b, (T)a <= (T)b, (T)a>(T) b, (T)a >= (T)b, (T)a == (T)b,      \
         (T)a != (T)b)

static int branches_int(int a, int b) {
  int r = 0;
  if (a < b) r |= 1;
  if (a <= b) r |= 2;
  if (a > b) r |= 4;
  if (a >= b) r |= 8;
  if (a == b) r |= 16;
  if (a != b) r |= 32;
  if (!(a < b)) r |= 64;
  return r;
}

static int branches_unsigned(unsigned a, unsigned b) {
  int r = 0;
  if (a < b) r |= 1;
  if (a <= b) r |= 2;
  if (a > b) r |= 4;
  if (a >= b) r |= 8;
  if (a == b) r |= 16;
  if (a != b) r |= 32;
  return r;
}

static int branches_long(long a, long b) {
  int r = 0;
  while (a < b) {
    r |= 1;
    break;
  }
  for (; a > b;) {
    r |= 4;
    break;
  }
  r |= a <= b ? 2 : 0;
  r |= a >= b ? 8 : 0;
  return r;
}

static int branches_unsigned_long(unsigned long a, unsigned long b) {
  return (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4;
}

static int branches_char(unsigned char a, signed char b, short c, unsigned short d) {
  int r = 0;
  if (a < b) r |= 1;
  if (b < c) r |= 2;
  if (c < d) r |= 4;
  if (a == d) r |= 8;
  if (b > d) r |= 16;
  return r;
}

static int against_constants(long v) {
  int r = 0;
  if (v == 0) r |= 1;
  if (v < 0) r |= 2;
  if (v > 0) r |= 4;
  if (v >= 100) r |= 8;
  if (v < -1000) r |= 16;
  if (v == 0x7fffffffffffffffL) r |= 32;
  if (v > 0xffffffffL) r |= 64;
  if ((unsigned long)v > 5) r |= 128;
  if ((int)v <= 0) r |= 256;
  if (0 < v) r |= 512;
  if (v) r |= 1024;
  if (!v) r |= 2048;
  return r;
}

int main(void) {
  int n = sizeof vals / sizeof vals[0];
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < n; j++) {
      long long a = vals[i], b = vals[j];
      printf("%lld %lld:", a, b);
      CMP_VALUES(char, a, b);
      CMP_VALUES(unsigned char, a, b);
      CMP_VALUES(short, a, b);
      CMP_VALUES(unsigned short, a, b);
      CMP_VALUES(int, a, b);
      CMP_VALUES(unsigned, a, b);
      CMP_VALUES(long, a, b);
      CMP_VALUES(unsigned long, a, b);
      CMP_VALUES(long long, a, b);
      CMP_VALUES(unsigned long long, a, b);
      printf(" br %d %d %d %d %d\n", branches_int(a, b), branches_unsigned(a, b),
             branches_long(a, b), branches_unsigned_long(a, b), branches_char(a, b, a, b));
    }
    printf("k %lld %d\n", vals[i], against_constants(vals[i]));
  }
  // Comparison results are int 0/1 usable in arithmetic.
  int x = 3, y = 5;
  printf("%d %d %d\n", (x < y) + (x < y), (x > y) - 1, (x == 3) * 10 + (y != 5));
  // Pointer comparisons.
  int arr[4];
  int *p = &arr[1], *q = &arr[3];
  printf("%d %d %d %d %d %d\n", p<q, p <= q, p> q, p >= q, p == q, p != q);
  printf("%d %d\n", p + 2 == q, (void*)0 == (int*)0);
  return 0;
}
