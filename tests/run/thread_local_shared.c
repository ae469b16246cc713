// -fPIC thread-local storage: Inputs/tls_lib.c as a shared object built by gcc and by minicc
// (general-dynamic accesses through __tls_get_addr, which the linker may relax), used by a
// program that reads and writes the library's thread-local objects from several threads.
// RUN: %cc -w -fPIC -shared -pthread %inputs/tls_lib.c -o %t.gcc.so
// RUN: %cc -w -pthread %s %t.gcc.so -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc -fPIC -shared -pthread %inputs/tls_lib.c -o %t.so
// RUN: %cc -w -pthread %s %t.so -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
// RUN: %minicc -O2 -fpic -shared -pthread %inputs/tls_lib.c -o %t.O2.so
// RUN: %minicc -pthread %s %t.O2.so -o %t.O2 && %t.O2 > %t.O2.out
// RUN: diff %t.expected %t.O2.out
#include <pthread.h>
#include <stdio.h>

extern __thread int lib_value;
extern _Thread_local long lib_array[8];
int lib_bump(int by);
long lib_sum(void);
int* lib_value_address(void);
long* lib_element_address(int i);
int lib_in_thread(int by);

static void* worker(void* argument) {
  int k = *(int*)argument;
  lib_value *= k;
  *lib_element_address(k) += 10 * k;
  *(int*)argument = lib_bump(k) * 3 + (int)lib_sum() + (lib_value_address() == &lib_value);
  return 0;
}

int main(void) {
  int values[4] = {1, 2, 3, 4};
  pthread_t threads[4];
  for (int i = 0; i < 4; ++i) pthread_create(&threads[i], 0, worker, &values[i]);
  for (int i = 0; i < 4; ++i) pthread_join(threads[i], 0);
  printf("threads %d %d %d %d\n", values[0], values[1], values[2], values[3]);
  printf("main %d %ld\n", lib_value, lib_array[3]);
  int bumped = lib_bump(2);
  int in_thread = lib_in_thread(6);
  printf("bump %d in thread %d, then main %d sum %ld\n", bumped, in_thread, lib_value, lib_sum());
  return 0;
}
