// <ctype.h> from glibc (its macros read the locale's class table through __ctype_b_loc):
// every classification function over 0..255 and EOF, toupper/tolower (C11 7.4).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <ctype.h>
#include <stdio.h>

int main(void) {
  int (*const classes[])(int) = {isalnum, isalpha, isblank, iscntrl, isdigit, isgraph,
                                 islower, isprint, ispunct, isspace, isupper, isxdigit};
  const char *names = "alnum alpha blank cntrl digit graph lower print punct space upper xdigit";
  printf("%s\n", names);
  for (int k = 0; k < 12; k++) {
    unsigned long mask[4] = {0, 0, 0, 0};
    for (int c = 0; c < 256; c++)
      if (classes[k](c)) mask[c / 64] |= 1UL << (c % 64);
    printf("%2d: %016lx %016lx %016lx %016lx eof %d\n", k, mask[0], mask[1], mask[2], mask[3],
           classes[k](EOF) != 0);
  }
  // The macro forms (not through a function pointer).
  const char *text = "Hello, World 42!\t";
  int alpha = 0, digit = 0, space = 0, punct = 0, upper = 0;
  for (const char *p = text; *p; p++) {
    alpha += isalpha((unsigned char)*p) != 0;
    digit += isdigit((unsigned char)*p) != 0;
    space += isspace((unsigned char)*p) != 0;
    punct += ispunct((unsigned char)*p) != 0;
    upper += isupper((unsigned char)*p) != 0;
  }
  printf("%d %d %d %d %d\n", alpha, digit, space, punct, upper);
  char converted[32];
  int i = 0;
  for (const char *p = text; *p; p++, i++)
    converted[i] = (char)(i % 2 ? toupper((unsigned char)*p) : tolower((unsigned char)*p));
  converted[i - 1] = 0;
  printf("%s %c %c %d\n", converted, toupper('q'), tolower('Q'), toupper(EOF));
  return 0;
}
