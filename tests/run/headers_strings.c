// <strings.h> (POSIX): strcasecmp/strncasecmp, ffs, bzero, bcmp, bcopy, index/rindex-free use.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdio.h>
#include <strings.h>

int main(void) {
  printf("strcasecmp %d %d %d\n", strcasecmp("Hello", "hELLO") == 0, strcasecmp("abc", "ABD") < 0,
         strcasecmp("b", "A") > 0);
  printf("strncasecmp %d %d\n", strncasecmp("MiniCC", "minigcc", 4) == 0,
         strncasecmp("abcX", "ABCy", 4) < 0);
  printf("ffs %d %d %d %d\n", ffs(0), ffs(1), ffs(0x80), ffs(-2147483647 - 1));
  char buf[8] = "abcdefg";
  bzero(buf + 2, 3);
  printf("bzero %d %d %d %c\n", buf[2], buf[4], buf[5], buf[6]);
  char copy[8];
  bcopy("xyz", copy, 4);
  printf("bcopy %s bcmp %d %d\n", copy, bcmp("abc", "abc", 3) == 0, bcmp("abc", "abd", 3) != 0);
  return 0;
}
