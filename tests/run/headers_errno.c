// <errno.h> from glibc: errno (a macro over __errno_location) set by strtol, strtod, fopen and
// math functions, assigned by the program, and the E* constants with strerror (C11 7.5).
// RUN: %cc -w %s -o %t.gcc -lm && %t.gcc > %t.expected
// RUN: %minicc %s -o %t -lm && %t > %t.out
// RUN: diff %t.expected %t.out
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  errno = 0;
  long big = strtol("99999999999999999999", 0, 10);
  printf("strtol %ld %d %s\n", big, errno == ERANGE, strerror(errno));
  errno = 0;
  strtol("12", 0, 10);
  printf("ok %d\n", errno);
  errno = 0;
  FILE *f = fopen("/nonexistent-minicc-dir/file", "r");
  printf("fopen %d %d %s\n", f == NULL, errno == ENOENT, strerror(errno));
  errno = 0;
  volatile double minus_one = -1.0;
  double r = sqrt(minus_one);
  printf("sqrt %d %d\n", isnan(r) != 0, errno == EDOM);
  errno = EINVAL;
  int *where = &errno;
  *where += 0;
  printf("assigned %d %d %d %d\n", errno == EINVAL, EDOM != ERANGE, EINTR > 0, EAGAIN > 0);
  return 0;
}
