// GNU typeof, __typeof__ and __typeof (C23 typeof) on expressions and type names, in every
// position a type specifier may take: the expression is not evaluated, its type is taken as
// written (arrays and functions do not decay, qualifiers are kept).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);

#define SWAP(a, b)                                                                           \
  do {                                                                                       \
    __typeof__(a) swap_tmp = (a);                                                            \
    (a) = (b);                                                                               \
    (b) = swap_tmp;                                                                          \
  } while (0)
#define MAX(a, b)                                                                            \
  ((a) > (b) ? (a) : (b))

struct point { short x, y; };
long global_long = 40;
typeof(global_long) global_copy = 2;           // file scope, from an expression
__typeof(struct point) origin = {3, 4};         // from a type name
typeof(int[3]) triple = {1, 2, 3};              // array type names
typeof(triple) another_triple = {7, 8, 9};      // arrays do not decay
typedef typeof(origin.x) coordinate;            // typedefs
static int add(int a, int b) { return a + b; }
typeof(add) *adder = add;                        // a function type: pointer to it
typeof(add(1, 2)) add_result;                    // the call's type, not evaluated

static int calls;
static int count(void) { return ++calls; }

struct holder {
  typeof(global_long) value;                     // members
  typeof(char[5]) name;
};

static typeof(origin) mirror(typeof(origin) p) { // return and parameter types
  typeof(p) q = {p.y, p.x};
  return q;
}

int main(void) {
  int i = 3, j = 9;
  double d = 1.5, e = -2.5;
  SWAP(i, j);
  SWAP(d, e);
  printf("swap %d %d %g %g\n", i, j, d, e);
  printf("sizes %zu %zu %zu %zu\n", sizeof global_copy, sizeof triple, sizeof another_triple,
         sizeof(coordinate));
  printf("adder %d result size %zu\n", adder(2, 3), sizeof add_result);
  typeof(count()) n = 5; // not evaluated
  printf("n %d calls %d\n", n, calls);
  struct holder h = {12345678901L, "abcd"};
  printf("holder %ld %s %zu\n", h.value, h.name, sizeof h.name);
  struct point m = mirror(origin);
  printf("mirror %d %d\n", m.x, m.y);
  // Casts, sizeof and compound literals with typeof.
  printf("cast %d\n", (typeof(origin.x))70000);
  printf("sizeof %zu %zu\n", sizeof(typeof(d)), sizeof(__typeof__(char *[4])));
  typeof(origin) *pp = &(typeof(origin)){5, 6};
  printf("literal %d %d\n", pp->x, pp->y);
  // Qualifiers are kept: a const source gives a const object (read through a pointer).
  const int limit = 8;
  typeof(limit) copy = limit + 1;
  printf("copy %d\n", copy);
  // Pointers to arrays and arrays of pointers.
  typeof(int (*)[3]) rows = &triple;
  typeof(typeof(char *)[2]) words = {"one", "two"};
  printf("rows %d words %s %s\n", (*rows)[2], words[0], words[1]);
  // typeof in a for declaration and with a comma expression.
  for (typeof(i) k = 0; k < 2; k++) printf("k %d\n", k);
  typeof((void)0, 'x') c = 'y';
  printf("c %c %zu max %d\n", c, sizeof c, MAX(i, j));
  unsigned char small = 250;
  typeof(small + 1) promoted = small + 10;
  printf("promoted %d\n", promoted);
  return 0;
}
