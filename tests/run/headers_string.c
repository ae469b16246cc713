// <string.h> from glibc: strlen, strcpy/strncpy, strcat, strcmp/strncmp, strchr/strrchr,
// strstr, memcpy/memmove/memset/memcmp on buffers owned by minicc code.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdio.h>
#include <string.h>

int main(void) {
  char buf[64];
  strcpy(buf, "hello");
  strcat(buf, ", world");
  printf("%s %lu\n", buf, strlen(buf));
  printf("%d %d %d\n", strcmp("abc", "abd") < 0, strcmp("b", "a") > 0, strncmp("abcx", "abcy", 3));
  printf("%s %s\n", strchr(buf, 'o'), strrchr(buf, 'o'));
  printf("%s %d\n", strstr(buf, "wor"), strstr(buf, "xyz") == NULL);
  char dst[16];
  memset(dst, 'x', sizeof dst);
  dst[15] = 0;
  printf("%s\n", dst);
  memcpy(dst, "12345", 5);
  printf("%s\n", dst);
  memmove(dst + 2, dst, 6);
  printf("%s\n", dst);
  printf("%d %d\n", memcmp("aaa", "aab", 3) < 0, memcmp(dst, dst, 10));
  strncpy(dst, "ab", 4);
  printf("%s %d %d\n", dst, dst[2], dst[3]);
  long nums[4] = {1, 2, 3, 4};
  long copy[4];
  memcpy(copy, nums, sizeof nums);
  memset(nums, 0, sizeof nums);
  printf("%ld %ld %ld\n", copy[3], nums[3], copy[0] + copy[1]);
  return 0;
}
