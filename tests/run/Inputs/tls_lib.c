// The other translation unit of thread_local_extern.c and thread_local_shared.c: thread-local
// objects defined here and used there, and the reverse. Built by gcc and by minicc, also with
// -fPIC -shared (then every access is general-dynamic through __tls_get_addr).
#include <pthread.h>

__thread int lib_value = 3;
_Thread_local long lib_array[8] = {1, 2, 3, 4, 5, 6, 7, 8};
static __thread int lib_hidden = 40;
_Thread_local struct lib_pair {
  char tag;
  long amount;
} lib_pair = {'L', 11};

int lib_bump(int by) {
  lib_value += by;
  lib_hidden += 2 * by;
  return lib_value * 1000 + lib_hidden;
}

long lib_sum(void) {
  long s = 0;
  for (int i = 0; i < 8; ++i) s += lib_array[i] * (i + 1);
  return s + lib_pair.amount + lib_pair.tag;
}

int* lib_value_address(void) {
  return &lib_value;
}

long* lib_element_address(int i) {
  return &lib_array[i];
}

static void* lib_thread(void* argument) {
  int by = *(int*)argument;
  lib_bump(by);
  lib_array[by % 8] += 100;
  *(int*)argument = lib_bump(1) + (int)lib_sum();
  return 0;
}

// Runs a thread of its own on the library's copies and returns what it saw.
int lib_in_thread(int by) {
  pthread_t t;
  pthread_create(&t, 0, lib_thread, &by);
  pthread_join(t, 0);
  return by;
}
