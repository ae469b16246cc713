// Thread-local objects shared between minicc's and gcc's objects in both directions: this
// program uses the objects Inputs/tls_lib.c defines (initial-exec through the GOT) and defines
// the ones Inputs/tls_program.c uses; each side is built once by gcc and once by minicc.
// RUN: %cc -w -c %inputs/tls_lib.c -o %t.lib.gcc.o
// RUN: %cc -w -c %inputs/tls_program.c -o %t.prog.gcc.o
// RUN: %minicc -c %inputs/tls_lib.c -o %t.lib.o
// RUN: %minicc -c %inputs/tls_program.c -o %t.prog.o
// RUN: %cc -w -pthread %s %t.lib.gcc.o %t.prog.gcc.o -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc -pthread %s %t.lib.gcc.o %t.prog.gcc.o -o %t.1 && %t.1 > %t.1.out
// RUN: diff %t.expected %t.1.out
// RUN: %cc -w -pthread %s %t.lib.o %t.prog.o -o %t.2 && %t.2 > %t.2.out
// RUN: diff %t.expected %t.2.out
// RUN: %minicc -O2 -pthread %s %t.lib.o %t.prog.o -o %t.3 && %t.3 > %t.3.out
// RUN: diff %t.expected %t.3.out
#include <pthread.h>
#include <stdio.h>

extern __thread int lib_value;
extern _Thread_local long lib_array[8];
extern _Thread_local struct lib_pair {
  char tag;
  long amount;
} lib_pair;
int lib_bump(int by);
long lib_sum(void);
int* lib_value_address(void);
long* lib_element_address(int i);
int lib_in_thread(int by);

__thread int program_value = 21;
_Thread_local double program_scale[3] = {1.5, 2.5, 3.5};
int program_read(void);
void program_write(int v);
double program_scaled(int i);

static void* worker(void* argument) {
  int k = *(int*)argument;
  lib_value += k;
  lib_array[k] = -k;
  lib_pair.amount *= k;
  program_write(program_read() + k);
  double scaled = program_scaled(k % 3);
  *(int*)argument = lib_bump(k) + (int)lib_sum() + program_value * 7 + (int)(scaled * 10) +
                    (lib_value_address() == &lib_value) + (lib_element_address(k) == &lib_array[k]);
  return 0;
}

int main(void) {
  int values[3] = {1, 2, 3};
  pthread_t threads[3];
  for (int i = 0; i < 3; ++i) pthread_create(&threads[i], 0, worker, &values[i]);
  for (int i = 0; i < 3; ++i) pthread_join(threads[i], 0);
  printf("threads %d %d %d\n", values[0], values[1], values[2]);
  printf("main: lib_value %d pair %c %ld program %d scale %.1f %.1f\n", lib_value, lib_pair.tag,
         lib_pair.amount, program_value, program_scale[0], program_scale[2]);
  int bumped = lib_bump(5);
  long sum = lib_sum();
  printf("bump %d sum %ld in thread %d\n", bumped, sum, lib_in_thread(4));
  printf("same %d %d\n", lib_value_address() == &lib_value,
         *lib_element_address(2) == lib_array[2]);
  return 0;
}
