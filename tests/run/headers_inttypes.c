// <inttypes.h> from glibc: the PRI/SCN format macros with printf/sscanf, strtoimax/strtoumax,
// imaxabs and imaxdiv (C11 7.8).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <inttypes.h>
#include <stdio.h>

int main(void) {
  int8_t a = -8;
  uint16_t b = 65535;
  int32_t c = -2147483647 - 1;
  uint64_t d = 18446744073709551615u;
  int64_t e = -9223372036854775807 - 1;
  printf("%" PRId8 " %" PRIu16 " %" PRId32 " %" PRIu64 " %" PRIi64 "\n", a, b, c, d, e);
  printf("%" PRIx32 " %" PRIX64 " %" PRIo16 " %" PRIxPTR " %" PRIdMAX "\n", (uint32_t)0xdeadbeef,
         (uint64_t)0xABCDEF0123456789, (uint16_t)8, (uintptr_t)0x1000, (intmax_t)-5);
  int32_t parsed32 = 0;
  uint64_t parsed64 = 0;
  int n = sscanf("-123 18446744073709551000", "%" SCNd32 " %" SCNu64, &parsed32, &parsed64);
  printf("sscanf %d %" PRId32 " %" PRIu64 "\n", n, parsed32, parsed64);
  char *end;
  intmax_t im = strtoimax("-9223372036854775808rest", &end, 10);
  uintmax_t um = strtoumax("0xffffffffffffffff", 0, 16);
  printf("strtoimax %" PRIdMAX " '%s' %" PRIuMAX "\n", im, end, um);
  imaxdiv_t q = imaxdiv(-17, 5);
  printf("imaxabs %" PRIdMAX " imaxdiv %" PRIdMAX " %" PRIdMAX "\n", imaxabs(-42), q.quot, q.rem);
  return 0;
}
