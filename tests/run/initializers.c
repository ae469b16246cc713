// Initializers (C11 6.7.9): designators (.m = and [i] =, nested .a[1].b =, later ones
// overriding earlier ones, positional ones continuing after a designator), nested braces and
// brace elision for arrays of structs and unions, the first member of a union, string literals
// initialising char arrays (unsized, larger, exactly the size without the NUL, in structs,
// with braces), unsized arrays sized by their initializer; static and automatic objects alike.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);

struct Point { int x, y; };
struct Shape { char name[8]; struct Point corners[3]; int tag; };
union Value { int i; char bytes[4]; short pair[2]; };
struct Tagged { int kind; union Value v; };
struct Matrix { int m[2][3]; };

static struct Point gp = {.y = 2, .x = 1};
static int garr[8] = {[3] = 30, 40, [0] = 1, [6] = 60};
static int gover[4] = {[1] = 1, [1] = 11, [2] = 2, 3};
static struct Shape gshape = {"tri", {{1, 2}, [2] = {.y = 9}}, .tag = 7};
static struct Shape gelided = {"sq", 1, 2, 3, 4, 5, 6, 8};
static union Value gu = {0x01020304};
static union Value gu2 = {.pair = {-1, 2}};
static struct Tagged gt[] = {{1, {5}}, {2, .v.bytes = "ab"}, [3].v.i = 9};
static char gs1[] = "hello";
static char gs2[10] = "hi";
static char gs3[3] = "abc";
static char gs4[] = {"braced"};
static struct Matrix gmat = {{{1, 2, 3}, {4}}};
static struct Matrix gflat = {1, 2, 3, 4, 5, 6};
static int gnested[2][2][2] = {[1][0][1] = 5, [0] = {{1}, {2, 3}}};
static const char *gwords[] = {"zero", [2] = "two", "three"};

static void dump_ints(const char *name, const int *p, int n) {
  printf("%s:", name);
  for (int i = 0; i < n; i++) printf(" %d", p[i]);
  printf("\n");
}

static void dump_shape(const char *label, const struct Shape *s) {
  printf("%s %s", label, s->name);
  for (int i = 0; i < 3; i++) printf(" (%d,%d)", s->corners[i].x, s->corners[i].y);
  printf(" tag %d\n", s->tag);
}

static void statics(void) {
  printf("gp %d %d\n", gp.x, gp.y);
  dump_ints("garr", garr, 8);
  dump_ints("gover", gover, 4);
  dump_shape("gshape", &gshape);
  dump_shape("gelided", &gelided);
  printf("gu %d %d %d\n", gu.i, gu.bytes[0], gu.bytes[3]);
  printf("gu2 %d %d %d\n", gu2.pair[0], gu2.pair[1], gu2.i);
  printf("gt %d:", (int)(sizeof gt / sizeof gt[0]));
  for (int i = 0; i < 4; i++) printf(" %d/%d", gt[i].kind, gt[i].v.i);
  printf("\n");
  printf("strings %zu %s %zu %s %zu %.3s %zu %s\n", sizeof gs1, gs1, sizeof gs2, gs2, sizeof gs3,
         gs3, sizeof gs4, gs4);
  printf("gs2 tail %d %d\n", gs2[2], gs2[9]);
  dump_ints("gmat", &gmat.m[0][0], 6);
  dump_ints("gflat", &gflat.m[0][0], 6);
  dump_ints("gnested", &gnested[0][0][0], 8);
  printf("gwords %zu %s %p %s %s\n", sizeof gwords / sizeof gwords[0], gwords[0], (void *)gwords[1],
         gwords[2], gwords[3]);
}

static void automatics(int seed) {
  struct Point p = {.y = seed, .x = seed + 1};
  int arr[8] = {[3] = seed, seed * 2, [0] = 1, [6] = 60};
  int over[4] = {[1] = 1, [1] = seed, [2] = 2, 3};
  struct Shape shape = {"tri", {{seed, 2}, [2] = {.y = 9}}, .tag = 7};
  struct Shape elided = {"sq", 1, 2, 3, 4, 5, 6, seed};
  union Value u = {.pair = {-1, (short)seed}};
  struct Tagged t[] = {{1, {5}}, {2, .v.bytes = "ab"}, [3].v.i = seed};
  char s1[] = "hello";
  char s2[10] = "hi";
  char s3[3] = "abc";
  char s4[] = {"braced"};
  struct Matrix mat = {{{1, 2, seed}, {4}}};
  int nested[2][2][2] = {[1][0][1] = seed, [0] = {{1}, {2, 3}}};
  struct { char text[6]; int n; } with_string = {"inner", seed};
  printf("p %d %d\n", p.x, p.y);
  dump_ints("arr", arr, 8);
  dump_ints("over", over, 4);
  dump_shape("shape", &shape);
  dump_shape("elided", &elided);
  printf("u %d %d\n", u.pair[0], u.pair[1]);
  printf("t %d:", (int)(sizeof t / sizeof t[0]));
  for (int i = 0; i < 4; i++) printf(" %d/%d", t[i].kind, t[i].v.i);
  printf("\n");
  printf("strings %zu %s %zu %s %zu %.3s %zu %s\n", sizeof s1, s1, sizeof s2, s2, sizeof s3, s3,
         sizeof s4, s4);
  printf("s2 tail %d %d\n", s2[2], s2[9]);
  dump_ints("mat", &mat.m[0][0], 6);
  dump_ints("nested", &nested[0][0][0], 8);
  printf("with_string %s %d\n", with_string.text, with_string.n);
}

int main(void) {
  statics();
  automatics(5);
  automatics(-3);
  return 0;
}
