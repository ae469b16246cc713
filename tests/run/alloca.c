// alloca (glibc's <alloca.h>, which minicc's runtime/include replaces so that it maps to
// __builtin_alloca without __GNUC__): blocks on the stack, 16-byte aligned, live until the
// function returns, many in one loop.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static char* dup_upper(const char* s, char* buf) {
  for (size_t i = 0;; i++) {
    buf[i] = s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i];
    if (!s[i]) break;
  }
  return buf;
}
int main(void) {
  long sum = 0;
  for (int i = 0; i < 100; i++) {
    int* p = alloca(sizeof(int) * (i + 1));
    for (int j = 0; j <= i; j++) p[j] = j;
    sum += p[i] + ((unsigned long)p % 16);
  }
  const char* w = "hello, alloca";
  printf("%ld %s\n", sum, dup_upper(w, __builtin_alloca(strlen(w) + 1)));
  return 0;
}
