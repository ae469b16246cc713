// Old-style (K&R) function definitions (C11 6.9.1p6): an identifier list typed by a
// declaration list, undeclared parameters default to int (gcc warns). Without a prototype in
// scope the function has none: callers pass default-promoted arguments and the definition
// receives float as double and char/short as int, converting to the declared types. With a
// prototype in scope, gcc lets it govern how the arguments arrive. Calls go both ways between
// minicc and gcc objects.
// RUN: %cc -w %s %inputs/old_style_definitions_other.c -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc -w %s %inputs/old_style_definitions_other.c -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
// RUN: %cc -w -c %inputs/old_style_definitions_other.c -o %t.other.o
// RUN: %minicc -w %s %t.other.o -o %t.mixed && %t.mixed > %t.mixed.out
// RUN: diff %t.expected %t.mixed.out
// RUN: %minicc -w -c %inputs/old_style_definitions_other.c -o %t.other-minicc.o
// RUN: %cc -w %s %t.other-minicc.o -o %t.reverse && %t.reverse > %t.reverse.out
// RUN: diff %t.expected %t.reverse.out
int printf(const char *, ...);

int sum3(a, b, c) int a; char *b; { return a + b[0] + c; }

double scale(x, n) float x; short n; { return x * n; }

int narrow(c, s, u, f) char c; short s; unsigned char u; float f;
{
  return c + s + u + (int)(f * 10);
}

long pointers(p, fn, arr) int *p; int (*fn)(); int arr[];
{
  return *p + fn(2) + arr[1];
}

static int twice(x) { return 2 * x; }

// Later parameters' declarations may use earlier ones.
int last(n, v) int n; int v[n]; { return v[n - 1]; }

// A prototype in scope governs: arguments arrive as double and int.
double governed(double, int);
double governed(x, n) float x; short n; { return x + n; }

// gcc extension: a prototype naming the declared (unpromoted) type.
int by_float(float);
int by_float(f) float f; { return (int)(f * 4); }

// Declared without a prototype first, defined old-style, then a compatible prototype.
long later();
long later(a, b) long a; int b; { return a * b; }
long later(long, int);

int register_param(r) register int r; { return r + 1; }

int other_sum();
int other_float();

int main(void) {
  printf("sum3 %d\n", sum3(1, "A", 2));
  printf("scale %g\n", scale(1.5f, 4));
  printf("narrow %d\n", narrow('a', 300, 200, 1.25f));
  int value = 5, arr[2] = {7, 11};
  printf("pointers %ld\n", pointers(&value, twice, arr));
  printf("twice %d\n", twice(21));
  printf("last %d\n", last(2, arr));
  printf("governed %g\n", governed(2.5, 3));
  printf("by_float %d\n", by_float(2.5f));
  printf("later %ld\n", later(6L, 7));
  printf("register %d\n", register_param(41));
  printf("other_sum %d other_float %d\n", other_sum(1, 2, 3.5), other_float(1.75f));
  return 0;
}
