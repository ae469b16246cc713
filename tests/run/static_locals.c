// Static local variables keep their value across calls and are initialised once, before
// the program starts (C11 6.2.4p3); same-named statics in different functions and blocks are
// distinct objects.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int counter(void) {
  static int count;
  return ++count;
}

static int other_counter(void) {
  static int count = 100;
  count += 10;
  return count;
}

static long fib_memo(int n) {
  static long memo[100];
  static int calls;
  calls++;
  if (n < 2) return n;
  if (memo[n]) return memo[n];
  return memo[n] = fib_memo(n - 1) + fib_memo(n - 2);
}

static int fib_calls(void) {
  static int calls = -1;
  return ++calls;
}

static const char* next_word(void) {
  static const char* words[] = {"one", "two", "three"};
  static int i;
  const char* w = words[i];
  i = (i + 1) % 3;
  return w;
}

static int* address_of_static(void) {
  static int cell = 5;
  return &cell;
}

static int blocks(int k) {
  int r = 0;
  {
    static int x = 1;
    x *= 2;
    r += x;
  }
  {
    static int x = 1000;
    x -= k;
    r += x;
  }
  return r;
}

static unsigned char wrap(void) {
  static unsigned char c = 250;
  return c++;
}

static int* static_pointer(void) {
  static int target = 9;
  static int* p = &target;
  (*p)++;
  return p;
}

int main(void) {
  for (int i = 0; i < 5; i++) printf("%d ", counter());
  for (int i = 0; i < 3; i++) printf("%d ", other_counter());
  printf("%d\n", counter());
  printf("%ld %ld\n", fib_memo(50), fib_memo(90));
  int first = fib_calls();
  printf("%d %d\n", first, fib_calls());
  for (int i = 0; i < 5; i++) printf("%s ", next_word());
  printf("\n");
  *address_of_static() += 10;
  printf("%d\n", *address_of_static());
  for (int i = 0; i < 4; i++) printf("%d ", blocks(i));
  printf("\n");
  for (int i = 0; i < 8; i++) printf("%d ", wrap());
  printf("\n");
  static_pointer();
  printf("%d\n", *static_pointer());
  return 0;
}
