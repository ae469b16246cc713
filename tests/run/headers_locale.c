// <locale.h> from glibc: setlocale queries and sets ("C", "POSIX", an unknown name fails),
// localeconv's lconv fields, and printf following the C locale (C11 7.11).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <limits.h>
#include <locale.h>
#include <stdio.h>

int main(void) {
  printf("initial %s\n", setlocale(LC_ALL, NULL));
  printf("set C %s\n", setlocale(LC_ALL, "C"));
  printf("numeric %s\n", setlocale(LC_NUMERIC, "POSIX"));
  printf("unknown %d\n", setlocale(LC_ALL, "xx_NOT.LOCALE") == NULL);
  struct lconv *lc = localeconv();
  printf("decimal '%s' thousands '%s' grouping %d currency '%s' frac %d\n", lc->decimal_point,
         lc->thousands_sep, lc->grouping[0], lc->currency_symbol, lc->frac_digits == CHAR_MAX);
  printf("categories %d %d %d %d %d %d\n", LC_ALL != LC_CTYPE, LC_COLLATE >= 0, LC_MONETARY >= 0,
         LC_NUMERIC >= 0, LC_TIME >= 0, LC_CTYPE >= 0);
  printf("%.3f\n", 1234.5678);
  return 0;
}
