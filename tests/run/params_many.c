// Functions with 0 to 20 parameters of mixed integer widths and pointers: the first six
// INTEGER arguments in registers, the rest on the stack (psABI 3.2.3), narrow values extended
// correctly on both sides; arguments computed by calls; results of every width returned.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int p0(void) {
  return 42;
}
static long p1(long a) {
  return a * 2;
}
static int p2(char a, unsigned char b) {
  return a * 1000 + b;
}
static long p3(short a, unsigned short b, int c) {
  return a * 100000L + b * 10L + c;
}
static long p4(long a, int b, char c, unsigned d) {
  return a - b + c - d;
}
static unsigned long p5(unsigned char a, unsigned short b, unsigned c, unsigned long d,
                        signed char e) {
  return a + b + c + d + e;
}
static long p6(long a, long b, long c, long d, long e, long f) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f;
}
static long p7(int a, int b, int c, int d, int e, int f, int g) {
  printf("p7 %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g);
  return (long)a - b + c - d + e - f + g;
}
static long p8(char a, short b, int c, long d, unsigned char e, unsigned short f, unsigned g,
               unsigned long h) {
  printf("p8 %d %d %d %ld %d %d %u %lu\n", a, b, c, d, e, f, g, h);
  return a + b + c + d + e + f + g + h;
}
static int p9(int* a, long* b, char* c, int d, int e, int f, int* g, char h, long* i) {
  *a += d;
  *b += e;
  c[0] = h;
  *g = f;
  *i = *b * 2;
  return d + e + f + h;
}
static long p10(signed char a, signed char b, signed char c, signed char d, signed char e,
                signed char f, signed char g, signed char h, signed char i, signed char j) {
  printf("p10 %d %d %d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, h, i, j);
  return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10;
}
static unsigned long p12(unsigned short a, unsigned short b, unsigned short c, unsigned short d,
                         unsigned short e, unsigned short f, unsigned short g, unsigned short h,
                         unsigned short i, unsigned short j, unsigned short k, unsigned short l) {
  printf("p12 %d %d %d %d %d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, h, i, j, k, l);
  return (unsigned long)a * b + c * 3 + d + e + f + g + h + i + j + k + (unsigned long)l * 1000000;
}
static long p16(long a, int b, short c, char d, unsigned long e, unsigned f, unsigned short g,
                unsigned char h, long i, int j, short k, char l, unsigned long m, unsigned n,
                unsigned short o, unsigned char p) {
  printf("p16 %ld %d %d %d %lu %u %d %d %ld %d %d %d %lu %u %d %d\n", a, b, c, d, e, f, g, h, i, j,
         k, l, m, n, o, p);
  return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p;
}
static long p20(long a1, long a2, long a3, long a4, long a5, long a6, long a7, long a8, long a9,
                long a10, int a11, int a12, int a13, int a14, int a15, char a16, char a17,
                short a18, unsigned char a19, long a20) {
  printf("p20 %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %d %d %d %d %d %d %d %d %d %ld\n", a1, a2, a3,
         a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20);
  return a1 * 1 + a2 * 2 + a3 * 3 + a4 * 4 + a5 * 5 + a6 * 6 + a7 * 7 + a8 * 8 + a9 * 9 + a10 * 10 +
         a11 * 11 + a12 * 12 + a13 * 13 + a14 * 14 + a15 * 15 + a16 * 16 + a17 * 17 + a18 * 18 +
         a19 * 19 + a20 * 20;
}

// Narrow return values must be extended by the caller as their type says.
static char ret_char(int v) {
  return v;
}
static unsigned char ret_uchar(int v) {
  return v;
}
static short ret_short(int v) {
  return v;
}
static unsigned short ret_ushort(int v) {
  return v;
}
static unsigned ret_unsigned(long v) {
  return v;
}
static _Bool ret_bool(long v) {
  return v;
}
static void ret_void(int* p) {
  *p = 1;
}

static int id(int v) {
  return v;
}

int main(void) {
  printf("%d %ld %d %d\n", p0(), p1(-21), p2(-5, 250), p2(127, 0));
  printf("%ld %ld\n", p3(-32768, 65535, -1), p4(0x100000000L, -7, -128, 4000000000u));
  printf("%lu\n", p5(255, 65535, 4294967295u, 1, -1));
  printf("%ld\n", p6(1, 2, 3, 4, 5, 6));
  printf("%ld\n", p7(1, -2, 3, -4, 5, -6, 2147483647));
  printf("%ld\n", p8(-1, -2, -3, -4, 255, 65535, 4294967295u, 18446744073709551615ul));
  int a = 1, g = 0;
  long b = 2, i = 0;
  char c[2] = "x";
  printf("%d ", p9(&a, &b, c, 10, 20, 30, &g, 'z', &i));
  printf("%d %ld %s %d %ld\n", a, b, c, g, i);
  printf("%ld\n", p10(1, -2, 3, -4, 5, -6, 7, -8, 127, -128));
  printf("%lu\n", p12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 65535, 65534));
  printf("%ld\n", p16(-1, -2, -3, -4, 5, 6, 7, 8, 0x7fffffffffffffffL, -2147483647 - 1, 32767, 127,
                      18446744073709551615ul, 4294967295u, 65535, 255));
  printf("%ld\n", p20(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20));
  printf("%ld\n", p20(-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -13, -14, -15, -16, -17,
                      -18, 200, -20));
  // Arguments that are themselves calls (values must survive the nested calls).
  printf("%ld\n", p8(id(1), id(2), id(3), p1(4), id(5), id(6), id(7), p1(id(8))));
  printf("%ld\n", p6(p1(1), p1(p1(2)), id(3), p4(4, 5, 6, 7), id(id(5)), p0()));
  printf("%ld\n", p20(p1(1), 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
                      p6(1, 1, 1, 1, 1, id(1))));
  // Narrow returns.
  printf("%d %d %d %d %u %d\n", ret_char(200), ret_uchar(-1), ret_short(40000), ret_ushort(-2),
         ret_unsigned(-1L), ret_bool(0x100000000L));
  long widened = ret_char(255) + ret_uchar(255) + ret_short(65535) + ret_ushort(65535);
  printf("%ld\n", widened);
  int flag = 0;
  ret_void(&flag);
  printf("%d\n", flag);
  return 0;
}
