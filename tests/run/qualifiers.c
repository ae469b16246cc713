// Type qualifiers and function specifiers at run time (C11 6.7.3, 6.7.4): const objects and
// pointers to const read correctly (const globals live in read-only data), volatile accesses
// all happen (a volatile loop counter, volatile through pointers), restrict-qualified
// parameters, qualified struct members; inline functions: static inline, an inline definition
// with an external definition elsewhere in the unit (extern inline), inline recursion.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);

static const int limits[3] = {10, 20, 30};
const char *const message = "const pointer to const";
static volatile int ticks;
struct Config { const int id; volatile int state; int *restrict data; };

static void add(int *restrict out, const int *restrict a, const int *restrict b, int n) {
  for (int i = 0; i < n; i++) out[i] = a[i] + b[i];
}

static inline int square(int x) { return x * x; }
inline int cube(int x) { return x * square(x); }
extern inline int cube(int x);
static inline unsigned long factorial(unsigned n) { return n < 2 ? 1 : n * factorial(n - 1); }

static void tick(volatile int *counter, int times) {
  for (int i = 0; i < times; i++) (*counter)++;
}

int main(void) {
  const int local = limits[1] + 1;
  const int *reader = limits;
  int values[3] = {1, 2, 3};
  int *const fixed = values;
  fixed[0] = 100;
  printf("const %d %d %d %s %d\n", local, reader[2], fixed[0], message, (int)sizeof limits);
  for (volatile int i = 0; i < 5; i = i + 1) ticks++;
  tick(&ticks, 3);
  printf("volatile %d\n", ticks);
  int data[2] = {7, 8};
  struct Config cfg = {.id = 42, .state = 1, .data = data};
  cfg.state += 2;
  printf("members %d %d %d\n", cfg.id, cfg.state, cfg.data[1]);
  int sum[3];
  add(sum, values, limits, 3);
  printf("restrict %d %d %d\n", sum[0], sum[1], sum[2]);
  printf("inline %d %d %lu\n", square(9), cube(3), factorial(10));
  const volatile int both = 5;
  printf("both %d\n", both);
  return 0;
}
