// _Bool (C11 6.2.5p2, 6.3.1.2): conversion of any nonzero value (of any width, pointers too)
// to 1, arithmetic on _Bool, _Bool parameters and returns, _Bool in arrays and globals.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

_Bool g_true = 42;
_Bool g_false;
_Bool g_arr[4] = {0, 1, 2, -1};

static _Bool is_positive(long v) {
  return v > 0;
}
static _Bool to_bool(long v) {
  return v;
}
static int count(_Bool a, _Bool b, _Bool c) {
  return a + b + c;
}

int main(void) {
  _Bool b = 256;
  _Bool c = 0x100000000L;
  _Bool d = -1;
  _Bool e = 0;
  int x = 0;
  _Bool f = &x;
  _Bool g = (int*)0;
  printf("%d %d %d %d %d %d\n", b, c, d, e, f, g);
  printf("%d %d %d %d\n", to_bool(2), to_bool(0x100000000L), to_bool(0), to_bool(-5));
  printf("%d %d\n", is_positive(10), is_positive(-10));
  printf("%d %d\n", count(5, 0, 0x100), count(0x100000000L != 0, 1, 1));
  printf("%d %d %d %d %d %d\n", g_true, g_false, g_arr[0], g_arr[1], g_arr[2], g_arr[3]);
  _Bool t = 1;
  t += 1;
  printf("%d ", t);
  t -= 1;
  printf("%d ", t);
  t *= 5;
  printf("%d ", t);
  t = t + t;
  printf("%d ", t);
  t = 0;
  t |= 4;
  printf("%d ", t);
  t &= 2;
  printf("%d\n", t);
  printf("%d %d %d\n", b + b, -b, ~b);
  printf("%lu\n", sizeof(_Bool));
  unsigned char raw = 7;
  _Bool from_uchar = raw;
  _Bool from_char = (char)-128;
  _Bool from_short = (short)0x100;
  printf("%d %d %d\n", from_uchar, from_char, from_short);
  return 0;
}
