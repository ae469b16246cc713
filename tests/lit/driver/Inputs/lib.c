/* Compiled by gcc in the link tests: proves minicc passes objects and -l to the linker. */
#include <math.h>
#include <stdio.h>
volatile double two = 2.0; /* not folded: sqrt must come from libm */
int main(void) {
  printf("sqrt(2) = %.3f\n", sqrt(two));
  return 0;
}
