// switch whose case values span the whole range of the controlling type (LONG_MIN..LONG_MAX,
// INT_MIN..INT_MAX, 0..ULONG_MAX): the span max - min + 1 does not fit in the type, so a
// dense-table heuristic must not compute it with wraparound (C11 6.8.4.2).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int on_long(long v) {
  switch (v) {
  case 0: return 1;
  case 1: return 2;
  case -0x7fffffffffffffffL - 1: return 3;
  case 0x7fffffffffffffffL: return 4;
  }
  return 0;
}

static int on_int(int v) {
  switch (v) {
  case -2147483647 - 1: return 1;
  case -1: return 2;
  case 0: return 3;
  case 1: return 4;
  case 2147483647: return 5;
  }
  return 0;
}

static int on_unsigned_long(unsigned long v) {
  switch (v) {
  case 0: return 1;
  case 1: return 2;
  case 2: return 3;
  case 0xfffffffffffffffful: return 4;
  }
  return 0;
}

int main(void) {
  long lv[] = {0, 1, 2, -1, -0x7fffffffffffffffL - 1, 0x7fffffffffffffffL};
  for (int k = 0; k < 6; k++) printf("%d ", on_long(lv[k]));
  printf("\n");
  int iv[] = {-2147483647 - 1, -1, 0, 1, 2, 2147483647};
  for (int k = 0; k < 6; k++) printf("%d ", on_int(iv[k]));
  printf("\n");
  unsigned long uv[] = {0, 1, 2, 3, 0xfffffffffffffffful, 0x8000000000000000ul};
  for (int k = 0; k < 6; k++) printf("%d ", on_unsigned_long(uv[k]));
  printf("\n");
  return 0;
}
