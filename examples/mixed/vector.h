/* examples/mixed/vector.h — the interface between the two halves of the program. */
#ifndef VECTOR_H
#define VECTOR_H

/* Implemented in vector_gcc.c (gcc). */
long vector_sum(const long *values, int count);
void vector_map(long *values, int count, long (*transform)(long value, int index));
long vector_weighted(const long *values, int count);

/* Implemented in main.c (minicc), called from vector_gcc.c. */
long minicc_weight(int index, int count);

#endif
