// <stdio.h> from glibc through cpp: printf family, puts/putchar, snprintf into buffers,
// sscanf, and stdout/stderr as FILE * objects.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdio.h>

int main(void) {
  printf("%s %d %ld %u %x\n", "stdio", -1, 1L << 40, 3000000000u, 255);
  puts("puts line");
  putchar('p');
  putchar('\n');
  char buf[32];
  int n = snprintf(buf, sizeof buf, "%05d|%s|%c", 42, "xy", 'z');
  printf("%s %d\n", buf, n);
  n = snprintf(buf, 8, "%s", "truncated string");
  printf("%s %d\n", buf, n);
  int a = 0, b = 0;
  char word[16];
  int got = sscanf("17 -4 word", "%d %d %15s", &a, &b, word);
  printf("%d %d %d %s\n", got, a, b, word);
  fprintf(stdout, "fprintf %d\n", 7);
  fputs("fputs\n", stdout);
  fprintf(stderr, "stderr is not compared\n");
  printf("%d %d\n", EOF, BUFSIZ > 0);
  fflush(stdout);
  return 0;
}
