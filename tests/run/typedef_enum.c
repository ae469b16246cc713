// typedef names (C11 6.7.8) and enumerations (C11 6.7.2.2): implicit and explicit values,
// negative and constant-expression values, enums as int, typedefs of pointers, arrays and
// function pointers, typedef names shadowed by variables in inner scopes.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

typedef int integer;
typedef unsigned long size;
typedef char* string;
typedef int vector[4];
typedef int (*binop)(int, int);
typedef integer* intptr;

enum color { RED, GREEN, BLUE };
enum flags { READ = 1, WRITE = 2, EXEC = 4, ALL = READ | WRITE | EXEC };
enum mixed { A = -3, B, C, D = 10, E, F = D * 2, G = 'x', H = sizeof(long) };
typedef enum { SMALL = 1, LARGE = 1000000 } magnitude;

static integer add(integer a, integer b) {
  return a + b;
}
static const char* color_name(enum color c) {
  switch (c) {
  case RED: return "red";
  case GREEN: return "green";
  case BLUE: return "blue";
  }
  return "?";
}

int main(void) {
  integer i = 5;
  size s = 0xffffffffffffffffUL;
  string str = "typedef string";
  vector v = {1, 2, 3, 4};
  binop op = add;
  intptr ip = &i;
  printf("%d %lu %s %d %d %d %d\n", i, s, str, v[3], (int)sizeof(vector), op(2, 3), *ip);
  printf("%d %d %d\n", RED, GREEN, BLUE);
  printf("%d %d %d %d\n", READ, WRITE, EXEC, ALL);
  printf("%d %d %d %d %d %d %d %d\n", A, B, C, D, E, F, G, H);
  for (enum color c = RED; c <= BLUE; c++) printf("%s ", color_name(c));
  printf("\n");
  enum flags f = READ | EXEC;
  printf("%d %d %d\n", f, (f & WRITE) != 0, (int)sizeof(enum flags));
  magnitude m = LARGE;
  printf("%d %d\n", m, m * 2 + SMALL);
  int colors[BLUE + 1];
  colors[GREEN] = 7;
  printf("%d %d\n", colors[GREEN], (int)(sizeof colors / sizeof colors[0]));
  {
    int integer = 3; // an ordinary identifier hides the typedef name in this scope
    printf("%d\n", integer * 2);
  }
  integer after = 9;
  printf("%d\n", after);
  return 0;
}
