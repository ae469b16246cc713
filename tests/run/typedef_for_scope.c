// Typedef-name feedback across scopes (C11 6.2.1p4, 6.8.5p5): a `for` declaration that hides a
// typedef name ends with the loop. When the loop body ends in an `if` without `else`, the parser
// has already read the next token to rule out an `else`; that token must still be classified
// with the outer (typedef) binding.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);

typedef int T;
typedef long U;

static int after_if(int c) {
  for (int T = 0; T < 3; T++)
    if (c) c++;
  T x = 10; // T is the typedef again
  return x + c;
}

static int after_nested(int c) {
  for (int T = 0; T < 2; T++)
    for (long U = 0; U < 2; U++)
      while (c < 0)
        if (c) c++;
  U y = 20;
  T z = 1;
  return (int)y + z + c;
}

static int after_else(int c) {
  for (int T = 0; T < 1; T++)
    if (c) c = 1; else c = 2;
  T w = 30;
  return w + c;
}

static int variable_after_typedef_loop(void) {
  int sum = 0;
  for (T i = 0; i < 4; i++)
    if (i & 1) sum += i;
  int T = 5; // a variable named T hides the typedef from here on
  return sum + T;
}

static int t_is_variable(void) {
  T T = 4; // declares a variable T of type T
  return T * 2;
}

int main(void) {
  printf("after_if %d %d\n", after_if(0), after_if(1));
  printf("after_nested %d %d\n", after_nested(0), after_nested(-3));
  printf("after_else %d %d\n", after_else(0), after_else(5));
  printf("variable %d\n", variable_after_typedef_loop());
  printf("t_is_variable %d\n", t_is_variable());
  return 0;
}
