// Variadic functions defined in minicc code (C11 7.16, psABI 3.5.7): va_arg over int, long,
// unsigned, pointers, doubles (floats arrive promoted), structs of every class and a union;
// more than six integer and eight floating variadic arguments (register save area, then the
// overflow area); named struct parameters before the `...`; va_copy; a va_list passed to
// helpers and forwarded to glibc's vprintf/vsnprintf/vfprintf.
// REQUIRES: minicc-float, minicc-struct, minicc-union, minicc-varargs
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdarg.h>
int printf(const char*, ...);
int vprintf(const char*, va_list);
int vsnprintf(char*, unsigned long, const char*, va_list);
typedef struct _IO_FILE FILE;
extern FILE* stdout;
int vfprintf(FILE*, const char*, va_list);

struct dd {
  double x, y;
};
struct dl {
  double d;
  long l;
};
struct ll {
  long a, b;
};
struct ff {
  float x, y;
};
struct big {
  long a, b, c;
};
union u {
  int i;
  float f;
};

static int my_printf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vprintf(fmt, ap);
  va_end(ap);
  return n;
}

static int my_snprintf_twice(char* buf, unsigned long size, const char* fmt, ...) {
  va_list ap, aq;
  va_start(ap, fmt);
  va_copy(aq, ap);
  int n = vsnprintf(buf, size, fmt, ap);
  printf("first: %s\n", buf);
  int m = vfprintf(stdout, fmt, aq);
  printf(" <- second (%d %d)\n", n, m);
  va_end(aq);
  va_end(ap);
  return n;
}

// Sums `count` values described by `kinds`: i int, l long, d double, p char *, D struct dd,
// L struct dl, Q struct ll, F struct ff, B struct big, U union u.
static double vsum(const char* kinds, va_list ap) {
  double s = 0;
  for (const char* k = kinds; *k; k++) {
    switch (*k) {
    case 'i': s += va_arg(ap, int); break;
    case 'l': s += va_arg(ap, long); break;
    case 'u': s += va_arg(ap, unsigned); break;
    case 'd': s += va_arg(ap, double); break;
    case 'p': s += *va_arg(ap, char*); break;
    case 'D': {
      struct dd v = va_arg(ap, struct dd);
      s += v.x * 2 + v.y;
      break;
    }
    case 'L': {
      struct dl v = va_arg(ap, struct dl);
      s += v.d * 3 + v.l;
      break;
    }
    case 'Q': {
      struct ll v = va_arg(ap, struct ll);
      s += v.a * 5 + v.b;
      break;
    }
    case 'F': {
      struct ff v = va_arg(ap, struct ff);
      s += v.x * 7 + v.y;
      break;
    }
    case 'B': {
      struct big v = va_arg(ap, struct big);
      s += v.a * 11 + v.b * 13 + v.c;
      break;
    }
    case 'U': s += va_arg(ap, union u).i; break;
    }
    printf("%c:%g ", *k, s);
  }
  printf("\n");
  return s;
}

static double sum(const char* kinds, ...) {
  va_list ap;
  va_start(ap, kinds);
  double s = vsum(kinds, ap);
  va_end(ap);
  return s;
}

// Named struct parameters use registers (or the stack) before the variadic ones start.
static double after_structs(struct dl a, struct ll b, const char* kinds, ...) {
  va_list ap;
  va_start(ap, kinds);
  double s = a.d + a.l + b.a + b.b + vsum(kinds, ap);
  va_end(ap);
  return s;
}
static double after_memory(struct big a, int n, ...) {
  va_list ap;
  va_start(ap, n);
  double s = a.a + a.b + a.c;
  for (int i = 0; i < n; i++) s += va_arg(ap, double) * (i + 1);
  va_end(ap);
  return s;
}
// Five longs leave %r9 free; the named struct goes to the stack, the first variadic long to %r9.
static long split(long a, long b, long c, long d, long e, struct ll s, ...) {
  va_list ap;
  va_start(ap, s);
  long first = va_arg(ap, long);
  long second = va_arg(ap, long);
  va_end(ap);
  return a + b + c + d + e + s.a * 100 + s.b * 1000 + first * 10000 + second * 100000;
}
// Reads the same arguments twice through va_copy, interleaved.
static double twice(int n, ...) {
  va_list ap, aq;
  va_start(ap, n);
  va_copy(aq, ap);
  double s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, double) - va_arg(aq, double) / 2;
  va_end(aq);
  va_end(ap);
  return s;
}

int main(void) {
  my_printf("%d %s %f %c %ld %e\n", 42, "forwarded", 2.5, 'z', -7L, 1e-5);
  my_printf("%d %d %d %d %d %d %d %d %f %f %f %f %f %f %f %f %f %f\n", 1, 2, 3, 4, 5, 6, 7, 8, 0.5,
            1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5);
  char buf[64];
  my_snprintf_twice(buf, sizeof buf, "[%d|%.3f|%s|%x]", -3, 3.14159, "ok", 255u);
  struct dd d = {1.5, -2.0};
  struct dl l = {0.25, 9};
  struct ll q = {3, 4};
  struct ff f = {0.5f, 0.75f};
  struct big b = {1, 2, 3};
  union u un;
  un.i = 77;
  char c = 'A';
  float fl = 1.25f;
  printf("sum %g\n", sum("ildpu", 1, 2L, 3.5, &c, 4000000000u));
  printf("sum %g\n", sum("DLQFBU", d, l, q, f, b, un));
  printf("sum %g\n", sum("iiiiiiiidddddddddd", 1, 2, 3, 4, 5, 6, 7, 8, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5,
                         6.5, 7.5, 8.5, fl));
  printf("sum %g\n", sum("DDDDDL", d, d, d, d, d, l));
  printf("sum %g\n", sum("QQQQi", q, q, q, q, 5));
  printf("sum %g\n", sum("dLdLdLdL", 0.5, l, 0.5, l, 0.5, l, 0.5, l));
  printf("after_structs %g\n", after_structs(l, q, "dQi", 2.5, q, 6));
  printf("after_memory %g\n", after_memory(b, 3, 1.0, 2.0, fl));
  printf("split %ld\n", split(1, 2, 3, 4, 5, q, 6L, 7L));
  printf("twice %g\n", twice(10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0));
  return 0;
}
