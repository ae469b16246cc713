// && || ! short-circuit with side effects, ?: evaluating only one arm, and the comma
// operator (C11 6.5.13-6.5.17): every operand that must not be evaluated has a visible effect.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int trace;
static int t(int v, int id) {
  trace = trace * 10 + id;
  return v;
}

static int zero_divisor_guard(int a, int b) {
  return b != 0 && a / b > 2;
}
static int null_guard(int* p) {
  return p && *p == 7;
}
static int range(long v) {
  return v >= 10 && v < 20 || v == -1;
}

int main(void) {
  for (int a = 0; a < 2; a++)
    for (int b = 0; b < 2; b++)
      for (int c = 0; c < 2; c++) {
        int r;
        trace = 0;
        r = t(a, 1) && t(b, 2) && t(c, 3);
        printf("and %d%d%d=%d %d\n", a, b, c, r, trace);
        trace = 0;
        r = t(a, 1) || t(b, 2) || t(c, 3);
        printf("or %d%d%d=%d %d\n", a, b, c, r, trace);
        trace = 0;
        r = t(a, 1) && t(b, 2) || t(c, 3);
        printf("ao %d%d%d=%d %d\n", a, b, c, r, trace);
        trace = 0;
        r = t(a, 1) || t(b, 2) && t(c, 3);
        printf("oa %d%d%d=%d %d\n", a, b, c, r, trace);
        trace = 0;
        r = (t(a, 1) || t(b, 2)) && t(c, 3);
        printf("po %d%d%d=%d %d\n", a, b, c, r, trace);
        trace = 0;
        r = !t(a, 1) && !(t(b, 2) || !t(c, 3));
        printf("n %d%d%d=%d %d\n", a, b, c, r, trace);
        trace = 0;
        r = t(a, 1) ? t(b, 2) : t(c, 3);
        printf("q %d%d%d=%d %d\n", a, b, c, r, trace);
        trace = 0;
        r = t(a, 1) ? t(b, 2) ? 5 : 6 : t(c, 3) ? 7 : 8;
        printf("qq %d=%d %d\n", a, r, trace);
        trace = 0;
        if (t(a, 1) && (t(b, 2) || t(c, 3)))
          r = 1;
        else
          r = 0;
        printf("if %d%d%d=%d %d\n", a, b, c, r, trace);
        trace = 0;
        while (t(a, 1) || t(b, 2)) {
          r = 9;
          break;
        }
        printf("wh %d %d\n", r, trace);
      }
  // Nonzero values of every width are true; results are exactly 0 or 1.
  long big = 0x100000000L;
  char ch = -128;
  unsigned short us = 0x8000;
  printf("%d %d %d %d %d\n", !big, !!big, big && ch, !us || 0, (int)(big || 0));
  printf("%d %d %d\n", 5 && 7, 0 || -3, !0);
  int *np = 0, seven = 7;
  printf("%d %d %d %d\n", zero_divisor_guard(9, 0), zero_divisor_guard(9, 2), null_guard(np),
         null_guard(&seven));
  printf("%d %d %d %d\n", range(15), range(20), range(-1), range(9));
  // ?: with side effects, as an operand and nested; lvalue selection through pointers.
  int x = 1, y = 2;
  int z = x > y ? x++ : y++;
  printf("%d %d %d\n", x, y, z);
  *(x < y ? &x : &y) = 42;
  printf("%d %d\n", x, y);
  long lsel = x ? 0x100000000L : 1;
  printf("%ld\n", lsel);
  // Comma operator: left operands evaluated and discarded, result is the last.
  int c1 = 0, c2;
  c2 = (c1++, c1++, c1 * 10);
  printf("%d %d\n", c1, c2);
  for (int i = 0, j = 10; i < j; i += 3, j -= 2) printf("(%d,%d)", i, j);
  printf("\n");
  trace = 0;
  int cr = (t(1, 1), t(2, 2), t(3, 3));
  printf("%d %d\n", cr, trace);
  return 0;
}
