// Arithmetic on char, signed char, unsigned char, short and unsigned short: operands are
// promoted to int (C11 6.3.1.1p2), the result stored back is converted modulo 2^N (gcc's
// implementation-defined conversion, C11 6.3.1.3p3).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int vals[] = {0,   1,   -1,  2,    3,    -3,    7,      100,   -100,  127,   -128,   128,
                     200, 255, 256, -129, 1000, 32767, -32768, 32768, 65535, 65536, -65535, 40000};

static void chars(int x, int y) {
  char a = x, b = y;
  signed char sa = x, sb = y;
  unsigned char ua = x, ub = y;
  char r;
  unsigned char ur;
  signed char sr;
  printf("c %d %d:", a, b);
  r = a + b;
  printf(" %d", r);
  r = a - b;
  printf(" %d", r);
  r = a * b;
  printf(" %d", r);
  if (b) {
    r = a / b;
    printf(" %d", r);
    r = a % b;
    printf(" %d", r);
  }
  printf(" | %d %d %d", a + b, a - b, a * b);
  sr = sa * sb;
  printf(" s %d %d", sr, sa * sb);
  ur = ua + ub;
  printf(" u %d", ur);
  ur = ua - ub;
  printf(" %d", ur);
  ur = ua * ub;
  printf(" %d", ur);
  if (ub) {
    ur = ua / ub;
    printf(" %d %d", ur, ua % ub);
  }
  printf(" | %d %d %d %d\n", ua + ub, ua - ub, ua * ub, -ua);
}

static void shorts(int x, int y) {
  short a = x, b = y;
  unsigned short ua = x, ub = y;
  short r;
  unsigned short ur;
  printf("s %d %d:", a, b);
  r = a + b;
  printf(" %d", r);
  r = a - b;
  printf(" %d", r);
  r = a * b;
  printf(" %d", r);
  if (b) {
    r = a / b;
    printf(" %d %d", r, a % b);
  }
  printf(" | %d %d %d", a + b, a - b, a * b);
  ur = ua + ub;
  printf(" u %d", ur);
  ur = ua - ub;
  printf(" %d", ur);
  ur = (unsigned)ua * ub;
  printf(" %d", ur);
  if (ub) printf(" %d %d", ua / ub, ua % ub);
  // ua * ub would overflow int for 65535*65535 (UB): multiply as unsigned instead.
  printf(" | %d %d %u %d\n", ua + ub, ua - ub, (unsigned)ua * ub, -ua);
}

int main(void) {
  int n = sizeof vals / sizeof vals[0];
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      chars(vals[i], vals[j]);
      shorts(vals[i], vals[j]);
    }
  return 0;
}
