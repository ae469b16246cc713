/* examples/qsort.c — glibc's qsort calling back into a comparator compiled by minicc.
   Build and run:  minicc qsort.c -o qsort && ./qsort */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Descending order of absolute value; ties broken by the sign (negative first). */
static int compare_magnitude(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  int ax = x < 0 ? -x : x, ay = y < 0 ? -y : y;
  if (ax != ay) return ax < ay ? 1 : -1;
  return (x > y) - (x < y);
}

static int compare_strings(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(void) {
  int numbers[] = {12, -7, 3, 0, -12, 45, 7, -1, 19, 3};
  int count = sizeof numbers / sizeof numbers[0];
  qsort(numbers, count, sizeof numbers[0], compare_magnitude);
  printf("by magnitude:");
  for (int i = 0; i < count; i++) printf(" %d", numbers[i]);
  printf("\n");

  const char *words[] = {"register", "allocator", "minicc", "assembly", "linker", "cpp"};
  int nwords = sizeof words / sizeof words[0];
  qsort(words, nwords, sizeof words[0], compare_strings);
  printf("sorted:");
  for (int i = 0; i < nwords; i++) printf(" %s", words[i]);
  printf("\n");
  return 0;
}
