// GNU statement expressions `({ ... })`: the block runs in its own scope and the value is that
// of its last expression statement (after lvalue conversion and decay), void otherwise; jumps
// may leave one (return, break, goto); they nest and appear in any expression position.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);

#define MAX(a, b)                                                                            \
  ({                                                                                         \
    __typeof__(a) max_a = (a);                                                               \
    __typeof__(b) max_b = (b);                                                               \
    max_a > max_b ? max_a : max_b;                                                           \
  })

struct pair { int a; long b; };
static int calls;
static int next(void) { return ++calls; }

static int early(int x) {
  int r = ({
    if (x < 0) return -1;
    x * 2;
  });
  return r + 1;
}

static int find(const int *v, int n, int key) {
  int i = 0;
  for (;;) {
    int hit = ({
      if (i == n) break;
      v[i] == key;
    });
    if (hit) return i;
    i++;
  }
  return -1;
}

static int leave_by_goto(int x) {
  int r = ({
    if (x) goto out;
    10;
  });
  return r;
out:
  return 99;
}

int main(void) {
  int x = 5;
  int y = ({ int t = x * 3; t + 1; });
  printf("y %d\n", y);
  printf("max %d %g\n", MAX(next(), next()), MAX(1.5, -2.0));
  printf("calls %d\n", calls);
  double d = ({ 1; }) + ({ 2.5; });
  printf("d %g\n", d);
  struct pair p = ({ struct pair q = {3, 40}; q.b += 2; q; });
  printf("pair %d %ld\n", p.a, p.b);
  int arr[3] = {7, 8, 9};
  int *ap = ({ arr; });
  printf("arr %d\n", ap[2]);
  char c = ({ (char)300; });
  printf("c %d\n", c);
  // Nested, and in conditions and arguments.
  int n = ({ int a = ({ int b = 2; b * b; }); a + ({ 10; }); });
  printf("nested %d\n", n);
  if (({ int z = x; z > 3; })) printf("condition true\n");
  while (({ x--; x > 2; })) printf("loop %d\n", x);
  // A void statement expression, and one used only for its effects.
  ({ printf("void one\n"); });
  ({ x = 42; (void)0; });
  ({ x += 1; x; });
  printf("x %d\n", x);
  // Labels inside, jumps within.
  int k = ({
    int i = 0;
  again:
    if (++i < 4) goto again;
    i;
  });
  printf("k %d\n", k);
  printf("early %d %d\n", early(4), early(-4));
  printf("find %d %d\n", find(arr, 3, 8), find(arr, 3, 1));
  printf("goto %d %d\n", leave_by_goto(0), leave_by_goto(1));
  // Compound assignment and increment on the value are not lvalues: use a copy.
  long total = 0;
  for (int i = 0; i < 4; i++) total += ({ long sq = (long)i * i; sq; });
  printf("total %ld\n", total);
  return 0;
}
