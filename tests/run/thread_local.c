// C11 _Thread_local and gcc's __thread: every thread has its own copy of each object, starting
// from the object's initial value. Four threads each run the same work on their own copies;
// the main thread's copies are untouched by them. Objects of every kind: scalars (static,
// extern-visible, block-scope static), an array indexed at run time, a struct, a const one,
// and addresses taken with & and used through pointers. -O0 and -O2 (mem2reg, gvn, licm see
// the globals as addresses).
// RUN: %cc -w -pthread %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc -pthread %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
// RUN: %minicc -O2 -pthread %s -o %t.O2 && %t.O2 > %t.O2.out
// RUN: diff %t.expected %t.O2.out
#include <pthread.h>
#include <stdio.h>
#include <string.h>

_Thread_local int counter = 7;
static __thread long total;
__thread char name[16] = "main";
_Thread_local struct point {
  int x, y;
  double w;
} where = {1, 2, 0.5};
static _Thread_local const int id_base = 1000;
_Thread_local unsigned char bytes[40];
extern _Thread_local int counter; // a redeclaration agrees
_Thread_local float ratio = 1.5f;
_Thread_local long double wide = 2.25L;

static int next_call(void) {
  static _Thread_local int calls; // one per thread too
  return ++calls;
}

static int* counter_address(void) {
  return &counter;
}

static void bump(int* p, int by) {
  *p += by;
}

struct result {
  int index, counter, calls, x, y, byte_sum;
  long total;
  char name[16];
  float ratio;
  double w, wide;
  int same_address;
};

static void work(int index, struct result* r) {
  for (int i = 0; i < 10 + index; ++i) {
    counter++;
    total += i * (index + 1);
    bytes[(i * 7 + index) % 40] += (unsigned char)i;
  }
  bump(&counter, 100 * index);
  bump(counter_address(), 1);
  snprintf(name, sizeof name, "thread%d", index);
  where.x += index;
  where.y *= index + 3;
  where.w *= index + 1;
  ratio *= (float)(index + 2);
  wide += index;
  int* p = &where.y;
  *p += id_base;
  next_call();
  r->calls = next_call();
  unsigned char* b = bytes;
  int sum = 0;
  for (int i = 0; i < 40; ++i) sum += b[i] * (i + 1);
  r->index = index;
  r->counter = counter;
  r->total = total;
  r->x = where.x;
  r->y = where.y;
  r->w = where.w;
  r->byte_sum = sum;
  r->ratio = ratio;
  r->wide = (double)wide;
  memcpy(r->name, name, sizeof name);
  r->same_address = counter_address() == &counter && *counter_address() == counter;
}

struct job {
  int index;
  struct result result;
  long* address_of_total; // each thread's &total differs
};

static void* run(void* argument) {
  struct job* job = argument;
  job->address_of_total = &total;
  work(job->index, &job->result);
  return 0;
}

static void show(const struct result* r) {
  printf("%d: counter %d total %ld calls %d name %s where %d %d %.2f bytes %d ratio %.2f wide "
         "%.2f same %d\n",
         r->index, r->counter, r->total, r->calls, r->name, r->x, r->y, r->w, r->byte_sum, r->ratio,
         r->wide, r->same_address);
}

int main(void) {
  struct job jobs[4];
  pthread_t threads[4];
  for (int i = 0; i < 4; ++i) {
    jobs[i].index = i + 1;
    pthread_create(&threads[i], 0, run, &jobs[i]);
  }
  for (int i = 0; i < 4; ++i) pthread_join(threads[i], 0);
  for (int i = 0; i < 4; ++i) show(&jobs[i].result);
  int distinct = 1;
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < i; ++j) distinct &= jobs[i].address_of_total != jobs[j].address_of_total;
  printf("distinct addresses %d, main's differs %d\n", distinct,
         jobs[0].address_of_total != &total);
  // The main thread's copies still hold their initial values.
  printf("main: counter %d total %ld name %s where %d %d %.2f ratio %.2f wide %.2f calls %d\n",
         counter, total, name, where.x, where.y, where.w, ratio, (double)wide, next_call());
  struct result mine;
  work(0, &mine);
  show(&mine);
  return 0;
}
