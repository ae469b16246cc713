// <stdarg.h> (minicc's runtime/include): va_list, va_start/va_arg/va_end/va_copy in variadic
// functions of minicc's, a va_list handed to glibc's vsnprintf, and va_arg of every promoted
// type (C11 7.16).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdarg.h>
#include <stdio.h>

static long sum(int count, ...) {
  va_list ap;
  va_start(ap, count);
  long total = 0;
  for (int i = 0; i < count; i++) total += va_arg(ap, int);
  va_end(ap);
  return total;
}

static void mixed(const char *kinds, ...) {
  va_list ap, again;
  va_start(ap, kinds);
  va_copy(again, ap);
  for (const char *k = kinds; *k; k++) {
    switch (*k) {
    case 'i': printf("i=%d ", va_arg(ap, int)); break;
    case 'l': printf("l=%ld ", va_arg(ap, long)); break;
    case 'u': printf("u=%u ", va_arg(ap, unsigned)); break;
    case 'd': printf("d=%g ", va_arg(ap, double)); break;
    case 's': printf("s=%s ", va_arg(ap, char *)); break;
    case 'p': printf("p=%d ", *va_arg(ap, int *)); break;
    }
  }
  printf("| first again %d\n", va_arg(again, int));
  va_end(again);
  va_end(ap);
}

static int format(char *out, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(out, size, fmt, ap);
  va_end(ap);
  return n;
}

int main(void) {
  printf("sum %ld %ld %ld\n", sum(0), sum(3, 1, 2, 3), sum(8, 1, -2, 3, -4, 5, -6, 7, -8));
  int seven = 7;
  char c = 'A';
  short s = -3;
  float f = 2.5f;
  mixed("ilu", 1, 1L << 40, 4000000000u);
  mixed("idsp", (int)c, (double)f, "text", &seven);
  mixed("ii", s, c);
  char buf[64];
  int n = format(buf, sizeof buf, "%s-%d-%.2f-%c", "fmt", 42, 3.14159, 'z');
  printf("format %d %s\n", n, buf);
  return 0;
}
