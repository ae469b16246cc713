/* examples/mixed/main.c — compiled by minicc, linked with vector_gcc.o compiled by gcc.
   minicc calls gcc's functions, and gcc's code calls minicc's functions by name and through a
   pointer: the System V ABI is the only contract between them. */
#include <stdio.h>

#include "vector.h"

long minicc_weight(int index, int count) { return count - index; }

static long square_plus_index(long value, int index) { return value * value + index; }

int main(void) {
  long values[] = {3, -1, 4, -1, 5, -9, 2, 6};
  int count = sizeof values / sizeof values[0];
  printf("sum (gcc)              = %ld\n", vector_sum(values, count));
  printf("weighted (gcc->minicc) = %ld\n", vector_weighted(values, count));
  vector_map(values, count, square_plus_index);
  printf("mapped:");
  for (int i = 0; i < count; i++) printf(" %ld", values[i]);
  printf("\nsum after map          = %ld\n", vector_sum(values, count));
  return 0;
}
