// Functions declared and defined with an empty parameter list f() (C11 6.7.6.3p14, 6.5.2.2p6):
// calls pass the promoted arguments (char/short to int, float to double) as gcc does, to
// definitions with prototypes elsewhere in the unit and to f() definitions; pointers to such
// functions; a later prototype completes the type.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);

int no_params();
int takes_two();
double takes_double();
long later();
int counter();

int no_params() { return 7; }
int takes_two(int a, int b) { return a * 10 + b; }
double takes_double(double d, int scale) { return d * scale; }
int counter() {
  static int n;
  return ++n;
}
long later(long a, long b);
long later(long a, long b) { return a - b; }

int main() {
  char c = 3;
  short s = 4;
  float f = 1.25f;
  printf("%d %d %d\n", no_params(), takes_two(c, s), takes_two(1, 2));
  printf("%g\n", takes_double(f, c));
  int (*fp)() = takes_two;
  int (*fp0)() = no_params;
  printf("%d %d\n", fp(5, 6), fp0());
  printf("%ld\n", later(100L, 58L));
  counter();
  counter();
  printf("%d\n", counter());
  return 0;
}
