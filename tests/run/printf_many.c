// Variadic calls to glibc's printf with many integer arguments (more than the six argument
// registers), mixed widths and pointers to strings: the extra arguments go on the stack in
// order and %al is set (psABI 3.5.7); narrow arguments are promoted (C11 6.5.2.2p7).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);
int sprintf(char*, const char*, ...);

int main(void) {
  printf("%d %d %d %d %d %d %d %d %d %d\n", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  printf("%d %ld %u %lu %lld %llu %x %lx %o %c %s %d %hd %hhd %hu %hhu\n", -1, -2L, 3u, 4ul, -5LL,
         6ull, 255, 0xdeadbeefcafeL, 8, 'Z', "str", -2147483647 - 1, (short)-3, (signed char)-4,
         (unsigned short)65535, (unsigned char)255);
  char c = -7;
  unsigned char uc = 250;
  short s = -30000;
  unsigned short us = 60000;
  long l = -0x123456789L;
  unsigned long ul = 0xffffffffffffffffUL;
  printf("%d %d %d %d %ld %lu %d %d %d %d %ld %lu\n", c, uc, s, us, l, ul, c, uc, s, us, l, ul);
  printf("%s|%s|%s|%s|%s|%s|%s|%s\n", "a", "bb", "ccc", "dddd", "eeeee", "f", "g", "h");
  printf("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#o\n", 42, 42, 42, 42, 42, 3054, 3054, 3054, 8);
  printf("%ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld\n", 1L,
         -2L, 3L, -4L, 5L, -6L, 7L, -8L, 9L, -10L, 11L, -12L, 13L, -14L, 15L, -16L, 17L, -18L, 19L,
         0x7fffffffffffffffL);
  // Arguments that are expressions and calls.
  int x = 3;
  char buf[64];
  int n = sprintf(buf, "%d-%d-%d-%d-%d-%d-%d", x, x * 2, x * 3, x + 1, x - 1, x << 4, -x);
  printf("%s %d\n", buf, n);
  printf("%d %s %d %s %d %s %d\n", n, buf, n + 1, buf + 2, n * 2, buf + 4, printf("inner "));
  printf("%%d literal and %c%c%c\n", 'e', 'n', 'd');
  return 0;
}
