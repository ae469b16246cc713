// <limits.h> (minicc's runtime/include, then glibc's through #include_next): the C11 5.2.4.2.1
// limits, used in #if and in code, and glibc's MB_LEN_MAX and POSIX limits.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <limits.h>
#include <stdio.h>

#if CHAR_MIN < 0 && INT_MAX == 2147483647 && LONG_MAX > INT_MAX
static const char *model = "signed char, LP64";
#else
static const char *model = "unexpected";
#endif

int main(void) {
  printf("%s\n", model);
  printf("char %d %d %d %d %d %d\n", CHAR_BIT, CHAR_MIN, CHAR_MAX, SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
  printf("short %d %d %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
  printf("int %d %d %u\n", INT_MIN, INT_MAX, UINT_MAX);
  printf("long %ld %ld %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
  printf("llong %lld %lld %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
  printf("mb %d path %d name %d iov %d\n", MB_LEN_MAX, PATH_MAX, NAME_MAX, _POSIX_ARG_MAX);
  unsigned wrapped = UINT_MAX;
  wrapped++;
  long sum = (long)INT_MAX + 1;
  printf("%u %ld %d\n", wrapped, sum, (int)sizeof(INT_MAX) + (int)sizeof(LONG_MAX));
  return 0;
}
