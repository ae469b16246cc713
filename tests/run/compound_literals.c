// Compound literals (C11 6.5.2.5): at file scope (static storage, usable in initializers of
// pointers) and in blocks (automatic, modifiable lvalues, a fresh object each time the block is
// entered), of scalar, array, struct and union type, with designators, as function arguments,
// and their addresses.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);

struct Point { int x, y; };
union Number { int i; unsigned char b[4]; };

static int *gnumbers = (int[]){4, 5, 6};
static struct Point *gpoint = &(struct Point){.y = 9, .x = 8};
static const char *gtext = (const char[]){"literal"};
static int gscalar = 42;

static int sum(const int *values, int n) {
  int total = 0;
  for (int i = 0; i < n; i++) total += values[i];
  return total;
}

static int area(struct Point *p) { return p->x * p->y; }

int main(void) {
  printf("file scope %d %d %d %d %d %s %d\n", gnumbers[0], gnumbers[2], gpoint->x, gpoint->y,
         (int)sizeof gnumbers[0], gtext, gscalar);
  gnumbers[1] = 50;
  printf("modified %d\n", gnumbers[1]);

  printf("argument %d %d\n", sum((int[]){1, 2, 3, 4}, 4), area(&(struct Point){3, 7}));
  int *p = (int[4]){[2] = 7};
  printf("array %d %d %d %d\n", p[0], p[1], p[2], p[3]);
  struct Point q = (struct Point){.y = 2};
  (struct Point){1, 1}.x = 5; // a modifiable lvalue
  printf("struct %d %d\n", q.x, q.y);
  union Number n = (union Number){.b = {1, 0, 0, 0}};
  printf("union %d\n", n.i);
  int *pointers[3];
  for (int i = 0; i < 3; i++) {
    pointers[i] = &(int){i * 10}; // one object, re-initialised each iteration
    printf("loop %d ", *pointers[i]);
  }
  printf("\n");
  char *s = (char[]){"mutable"};
  s[0] = 'M';
  printf("%s %zu\n", s, sizeof((char[]){"mutable"}));
  int x = (int){3} + (int){4};
  const struct Point *cp = &(const struct Point){x, x * 2};
  printf("scalars %d %d %d\n", x, cp->x, cp->y);
  return 0;
}
