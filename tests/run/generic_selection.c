// _Generic (C11 6.5.1.1): the controlling expression's type after lvalue conversion and
// array/function decay, unqualified, picks the compatible association or `default`; the
// controlling expression is not evaluated; the result keeps the association's type, value,
// lvalue-ness and constness.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);

#define TYPE_NAME(x)                                                                         \
  _Generic((x), _Bool: "_Bool", char: "char", signed char: "signed char",                   \
           unsigned char: "unsigned char", short: "short", unsigned short: "unsigned short", \
           int: "int", unsigned: "unsigned", long: "long", unsigned long: "unsigned long",   \
           long long: "long long", unsigned long long: "unsigned long long",                \
           float: "float", double: "double", long double: "long double",                    \
           char *: "char *", const char *: "const char *", int *: "int *",                  \
           int (*)(void): "int (*)(void)", struct point: "struct point",                    \
           default: "other")

struct point { int x, y; };
enum color { RED, GREEN };
typedef int integer;
static int answer(void) { return 42; }
static int calls;
static int count(void) { return ++calls; }

// The classic use: a type-generic function chosen at compile time.
static double absd(double x) { return x < 0 ? -x : x; }
static long absl(long x) { return x < 0 ? -x : x; }
static int absi(int x) { return x < 0 ? -x : x; }
#define ABS(x) _Generic((x), double: absd, long: absl, default: absi)(x)

int main(void) {
  char c = 'a';
  const int ci = 3;
  volatile short vs = 2;
  int arr[4] = {1, 2, 3, 4};
  const char *text = "hi";
  struct point p = {1, 2};
  unsigned char uc = 200;
  printf("%s %s %s\n", TYPE_NAME(c), TYPE_NAME(ci), TYPE_NAME(vs));
  printf("%s %s %s\n", TYPE_NAME(arr), TYPE_NAME("literal"), TYPE_NAME(text));
  printf("%s %s %s\n", TYPE_NAME(answer), TYPE_NAME(p), TYPE_NAME(RED));
  printf("%s %s %s\n", TYPE_NAME(1u), TYPE_NAME(2L), TYPE_NAME(3ULL));
  printf("%s %s %s\n", TYPE_NAME(1.0f), TYPE_NAME(1.0), TYPE_NAME(1.0L));
  printf("%s %s %s\n", TYPE_NAME(c + c), TYPE_NAME(uc), TYPE_NAME((_Bool)1));
  printf("%s %s\n", TYPE_NAME((integer)1), TYPE_NAME(&p));
  printf("%s %s\n", TYPE_NAME(c == c), TYPE_NAME(sizeof c));
  // Not evaluated.
  int r = _Generic(count(), int: 7, default: 8);
  printf("r %d calls %d\n", r, calls);
  // An lvalue result can be assigned and have its address taken.
  int a = 1, b = 2;
  _Generic(a, int: b, default: a) = 20;
  int *pb = &_Generic(1.0, double: b, default: a);
  printf("a %d b %d *pb %d\n", a, b, *pb);
  // A constant result is a constant expression.
  static int table[_Generic(1L, long: 5, default: 1)];
  enum { SIZE = _Generic('x', int: 3, char: 4) };
  printf("table %zu SIZE %d\n", sizeof table / sizeof table[0], SIZE);
  printf("abs %g %ld %d\n", ABS(-2.5), ABS(-7L), ABS(-3));
  // default anywhere in the list; function type selection through a pointer.
  int (*fp)(void) = _Generic(fp, default: 0, int (*)(void): answer);
  printf("fp %d\n", fp());
  return 0;
}
