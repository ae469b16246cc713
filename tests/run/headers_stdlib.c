// <stdlib.h> from glibc: malloc/calloc/realloc/free, conversions (atoi, strtol, strtoul),
// abs/labs, div-free integer helpers, qsort with a minicc comparator, exit status via exit().
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdio.h>
#include <stdlib.h>

static int by_value(const void* a, const void* b) {
  long x = *(const long*)a, y = *(const long*)b;
  return (x > y) - (x < y);
}

int main(void) {
  long* v = malloc(100 * sizeof *v);
  for (int i = 0; i < 100; i++) v[i] = (i * 7919L) % 101 - 50;
  qsort(v, 100, sizeof *v, by_value);
  printf("%ld %ld %ld\n", v[0], v[50], v[99]);
  v = realloc(v, 200 * sizeof *v);
  v[199] = 5;
  printf("%ld %ld\n", v[99], v[199]);
  free(v);
  int* z = calloc(10, sizeof *z);
  int zs = 0;
  for (int i = 0; i < 10; i++) zs += z[i];
  printf("%d\n", zs);
  free(z);
  printf("%d %d %ld\n", atoi("  -123xyz"), atoi("0"), atol("9876543210"));
  char* end;
  printf("%ld ", strtol("0x1fZ", &end, 16));
  printf("%c %ld %lu\n", *end, strtol("-777", 0, 8), strtoul("18446744073709551615", 0, 10));
  printf("%d %ld %lld\n", abs(-5), labs(-0x100000000L), llabs(-3LL));
  printf("%d\n", RAND_MAX > 0);
  fflush(stdout);
  exit(0);
}
