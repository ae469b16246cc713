// Arithmetic on int and unsigned int over edge values: + - * / % and unary - ~ +,
// with signed overflow avoided (C11 6.5p5) and unsigned wraparound exercised (C11 6.2.5p9).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int ivals[] = {0,          1,           -1,         2,           -2,
                      3,          -3,          7,          -7,          100,
                      -100,       12345,       -12345,     65535,       65536,
                      -65536,     0x7fff,      -32768,     2147483647,  -2147483647 - 1,
                      2147483646, -2147483647, 1073741824, -1073741824, 46341,
                      -46341};
static unsigned uvals[] = {0u,          1u,          2u,          3u,          7u,
                           100u,        65535u,      65536u,      0x7fffffffu, 0x80000000u,
                           0x80000001u, 0xfffffffeu, 0xffffffffu, 12345678u,   4000000000u};

static int fits(long long v) {
  return v >= -2147483647 - 1 && v <= 2147483647;
}

static void signed_pair(int a, int b) {
  printf("s %d %d:", a, b);
  if (fits((long long)a + b))
    printf(" add=%d", a + b);
  else
    printf(" add=ovf");
  if (fits((long long)a - b))
    printf(" sub=%d", a - b);
  else
    printf(" sub=ovf");
  if (fits((long long)a * b))
    printf(" mul=%d", a * b);
  else
    printf(" mul=ovf");
  if (b != 0 && !(a == -2147483647 - 1 && b == -1))
    printf(" div=%d rem=%d", a / b, a % b);
  else
    printf(" div=none");
  printf("\n");
}

static void unsigned_pair(unsigned a, unsigned b) {
  printf("u %u %u: add=%u sub=%u mul=%u", a, b, a + b, a - b, a * b);
  if (b != 0) printf(" div=%u rem=%u", a / b, a % b);
  printf("\n");
}

static void unary(int a) {
  if (a != -2147483647 - 1) printf("neg %d = %d\n", a, -a);
  printf("not %d = %d, plus %d, lnot %d\n", a, ~a, +a, !a);
  printf("uneg %u = %u, unot %u\n", (unsigned)a, -(unsigned)a, ~(unsigned)a);
}

int main(void) {
  int n = sizeof ivals / sizeof ivals[0];
  int m = sizeof uvals / sizeof uvals[0];
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) signed_pair(ivals[i], ivals[j]);
  for (int i = 0; i < m; i++)
    for (int j = 0; j < m; j++) unsigned_pair(uvals[i], uvals[j]);
  for (int i = 0; i < n; i++) unary(ivals[i]);

  // Constant operands (a folder may evaluate these at compile time).
  printf("%d %d %d %d\n", 7 / 2, -7 / 2, 7 / -2, -7 / -2);
  printf("%d %d %d %d\n", 7 % 2, -7 % 2, 7 % -2, -7 % -2);
  printf("%u %u %u\n", 0u - 1u, 0xffffffffu + 2u, 0x80000000u * 2u);
  printf("%d %d\n", 2147483647 - 1 + 1, -2147483647 - 1);
  printf("%u %u\n", 4000000000u / 3u, 4000000000u % 7u);
  // Strength-reducible operands on variables.
  for (int i = 0; i < n; i++) {
    int a = ivals[i];
    printf("c %d: %d %d %d %d %d %d", a, a / 1, a / 2, a / 4, a / 8, a / -4, a / 10);
    printf(" %d %d %d %d %d\n", a % 2, a % 4, a % 8, a % -8, a % 10);
    if (fits((long long)a * 3)) printf("  x3=%d", a * 3);
    if (fits((long long)a * 8)) printf("  x8=%d", a * 8);
    if (fits((long long)a * -1)) printf("  xm1=%d", a * -1);
    printf(" x0=%d x1=%d\n", a * 0, a * 1);
  }
  for (int i = 0; i < m; i++) {
    unsigned a = uvals[i];
    printf("uc %u: %u %u %u %u %u %u %u %u\n", a, a / 2, a / 8, a / 10, a % 2, a % 16, a % 10,
           a * 3, a * 16);
  }
  return 0;
}
