// Function pointers (C11 6.3.2.1p4, 6.5.2.2): taking addresses with and without &, calling
// through (*fp)(...) and fp(...), arrays of them, as parameters, returned from functions,
// pointers to function pointers, comparison, and passing minicc functions to other code.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int add(int a, int b) {
  return a + b;
}
static int sub(int a, int b) {
  return a - b;
}
static int mul(int a, int b) {
  return a * b;
}
static int maxi(int a, int b) {
  return a > b ? a : b;
}

static int apply(int (*op)(int, int), int a, int b) {
  return op(a, b);
}
static int fold(int (*op)(int, int), const int* v, int n, int init) {
  for (int i = 0; i < n; i++) init = (*op)(init, v[i]);
  return init;
}

static int (*choose(char c))(int, int) {
  switch (c) {
  case '+': return add;
  case '-': return &sub;
  case '*': return mul;
  default: return 0;
  }
}

static long narrow_args(signed char a, unsigned short b, long c) {
  return a * 100000L + b + c;
}
static unsigned char narrow_ret(int v) {
  return v;
}

static void each(void (*visit)(int), int n) {
  for (int i = 0; i < n; i++) visit(i * i);
}
static int visited_sum;
static void visit_sum(int v) {
  visited_sum += v;
}
static void visit_print(int v) {
  printf("<%d>", v);
}

static long many(long a, long b, long c, long d, long e, long f, long g, long h) {
  return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8;
}

static int counter_a(void) {
  static int n;
  return ++n;
}
static int counter_b(void) {
  static int n = 100;
  return n += 100;
}

int main(void) {
  int (*fp)(int, int) = add;
  printf("%d %d %d\n", fp(2, 3), (*fp)(2, 3), (**fp)(2, 3));
  fp = &mul;
  printf("%d\n", fp(6, 7));
  int (*ops[4])(int, int) = {add, sub, mul, maxi};
  for (int i = 0; i < 4; i++) printf("%d ", ops[i](12, 5));
  printf("\n");
  for (int i = 0; i < 4; i++) printf("%d ", apply(ops[i], -3, 8));
  printf("\n");
  int v[5] = {3, 1, 4, 1, 5};
  printf("%d %d %d\n", fold(add, v, 5, 0), fold(mul, v, 5, 1), fold(maxi, v, 5, -100));
  const char* spec = "+-*/";
  for (int i = 0; spec[i]; i++) {
    int (*f)(int, int) = choose(spec[i]);
    if (f)
      printf("%c=%d ", spec[i], f(20, 4));
    else
      printf("%c=none ", spec[i]);
  }
  printf("%d\n", choose('*')(9, 9));
  // Pointers to function pointers.
  int (**pfp)(int, int) = &ops[1];
  printf("%d %d\n", (*pfp)(10, 3), pfp[1](10, 3));
  // Comparison.
  printf("%d %d %d\n", ops[0] == add, ops[0] == ops[1], choose('?') == 0);
  // Narrow parameters and returns through a pointer.
  long (*nf)(signed char, unsigned short, long) = narrow_args;
  unsigned char (*nr)(int) = narrow_ret;
  printf("%ld %d\n", nf(-5, 65535, 0x100000000L), nr(511));
  // Stack arguments through a pointer.
  long (*mf)(long, long, long, long, long, long, long, long) = many;
  printf("%ld\n", mf(1, 2, 3, 4, 5, 6, 7, 8));
  // Callbacks returning void.
  each(visit_sum, 10);
  each(visit_print, 4);
  printf(" %d\n", visited_sum);
  // Function pointers held in variables across calls.
  int (*ca)(void) = counter_a, (*cb)(void) = counter_b;
  for (int i = 0; i < 3; i++) {
    int (*t)(void) = ca;
    ca = cb;
    cb = t;
    printf("%d ", ca());
  }
  printf("\n");
  // Call through a conditional expression.
  for (int i = 0; i < 2; i++) printf("%d ", (i ? sub : add)(7, 2));
  printf("\n");
  return 0;
}
