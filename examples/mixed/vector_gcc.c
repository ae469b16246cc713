/* examples/mixed/vector_gcc.c — compiled by gcc. Calls back into main.c (compiled by minicc)
   both through a function pointer and by name. */
#include "vector.h"

long vector_sum(const long *values, int count) {
  long sum = 0;
  for (int i = 0; i < count; i++) sum += values[i];
  return sum;
}

void vector_map(long *values, int count, long (*transform)(long value, int index)) {
  for (int i = 0; i < count; i++) values[i] = transform(values[i], i);
}

long vector_weighted(const long *values, int count) {
  long total = 0;
  for (int i = 0; i < count; i++) total += minicc_weight(i, count) * values[i];
  return total;
}
