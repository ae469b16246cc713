// Structs and unions by value (C11 6.5.2.2p4, 6.8.6.4, 6.5.16.1): assignment, initialisation
// ({...} lists, nested, partial -- the rest zero), arrays of structs and arrays in structs,
// nested structs, passed and returned by value for every psABI class (INTEGER, SSE, SSE+INTEGER,
// INTEGER+SSE, MEMORY), more struct arguments than registers, struct returns used directly as
// arguments and with `.`, and the callee's copy being independent of the caller's.
// REQUIRES: minicc-float, minicc-struct, minicc-union
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

struct cc {
  char a, b;
}; // INTEGER
struct ff {
  float x, y;
}; // SSE (one register)
struct dd {
  double x, y;
}; // SSE, SSE
struct dl {
  double d;
  long l;
}; // SSE, INTEGER
struct ld {
  long l;
  double d;
}; // INTEGER, SSE
struct fi {
  float f;
  int i;
}; // INTEGER (mixed)
struct s9 {
  char s[9];
}; // INTEGER, INTEGER
struct big {
  long a, b, c;
  double d;
}; // MEMORY
struct nest {
  struct ff p;
  int tag;
  struct cc c;
}; // SSE, INTEGER
union u {
  double d;
  long l;
  float f[2];
}; // INTEGER
struct arr {
  short v[5];
  float w[3];
}; // 24 bytes: MEMORY

static struct cc make_cc(char a, char b) {
  struct cc r = {a, b};
  return r;
}
static struct ff make_ff(float x, float y) {
  struct ff r;
  r.x = x;
  r.y = y;
  return r;
}
static struct dd make_dd(double x, double y) {
  struct dd r = {x, y};
  return r;
}
static struct dl make_dl(double d, long l) {
  struct dl r = {d, l};
  return r;
}
static struct ld make_ld(long l, double d) {
  struct ld r = {l, d};
  return r;
}
static struct fi make_fi(float f, int i) {
  struct fi r = {f, i};
  return r;
}
static struct s9 make_s9(char c) {
  struct s9 r;
  for (int i = 0; i < 9; i++) r.s[i] = (char)(c + i);
  return r;
}
static struct big make_big(long a, double d) {
  struct big r = {a, a * 2, a * 3, d};
  return r;
}
static struct nest make_nest(float x, int tag) {
  struct nest r = {{x, -x}, tag, {'n', 'm'}};
  return r;
}
static union u make_u(long l) {
  union u r;
  r.l = l;
  return r;
}

static void show(struct cc c, struct ff f, struct dd d, struct dl dl, struct ld ld, struct fi fi,
                 struct s9 s, struct big b, struct nest n, union u u) {
  printf("cc %d %d | ff %g %g | dd %g %g | dl %g %ld | ld %ld %g | fi %g %d\n", c.a, c.b, f.x, f.y,
         d.x, d.y, dl.d, dl.l, ld.l, ld.d, fi.f, fi.i);
  printf("s9 %d..%d | big %ld %ld %ld %g | nest %g %g %d %c%c | u %lx\n", s.s[0], s.s[8], b.a, b.b,
         b.c, b.d, n.p.x, n.p.y, n.tag, n.c.a, n.c.b, u.l);
}

// The callee modifies its copies: the caller's values must not change.
static double scribble(struct big b, struct dd d, struct arr a) {
  b.a = -1;
  d.x = -1;
  a.v[0] = -1;
  return b.a + d.x + a.v[0] + a.w[2];
}

// Eight {double, double} arguments: four fit in %xmm0-7, the rest go to the stack.
static double sum_dd(struct dd a, struct dd b, struct dd c, struct dd d, struct dd e, struct dd f,
                     struct dd g, struct dd h) {
  return a.x + b.y + c.x + d.y + e.x + f.y + g.x + h.y;
}
// Seven {long, double}: integer and xmm registers run out at different points.
static double sum_ld(struct ld a, struct ld b, struct ld c, struct ld d, struct ld e, struct ld f,
                     struct ld g, int tail) {
  return a.l + b.d + c.l + d.d + e.l + f.d + g.l + g.d + tail;
}
static long sum_cc(struct cc a, struct cc b, struct cc c, struct cc d, struct cc e, struct cc f,
                   struct cc g, struct cc h) {
  return a.a + b.b + c.a + d.b + e.a + f.b + g.a + h.b;
}

static struct dd swap_dd(struct dd d) {
  struct dd r = {d.y, d.x};
  return r;
}
static struct big pass_big(struct big b) {
  b.c += 100;
  return b;
}

struct dd g_dd = {1.25, -2.5};
struct big g_big = {1, 2, 3, 4.5};
struct nest g_nest = {{0.5f, 1.5f}, 7, {'x', 'y'}};
struct arr g_arr = {{1, 2, 3}, {0.5f}}; // partial: the rest is zero
struct dl g_dls[3] = {{1.0, 1}, {2.0, 2}, {3.0, 3}};

int main(void) {
  show(make_cc(1, -2), make_ff(1.5f, -2.5f), make_dd(3.25, -4.5), make_dl(0.5, -7),
       make_ld(-8, 0.75), make_fi(2.5f, 9), make_s9('a'), make_big(5, 6.5), make_nest(1.25f, 3),
       make_u(0x1122334455667788L));
  struct dd d = g_dd, e;
  e = d;
  e.x += 1;
  printf("assign %g %g / %g %g\n", d.x, d.y, e.x, e.y);
  struct big b = g_big;
  struct arr a = g_arr;
  double s = scribble(b, d, a);
  printf("scribble %g; caller keeps %ld %g %d\n", s, b.a, d.x, a.v[0]);
  printf("g_arr %d %d %d %d %d %g %g %g\n", a.v[0], a.v[1], a.v[2], a.v[3], a.v[4], a.w[0], a.w[1],
         a.w[2]);
  printf("sum_dd %g\n", sum_dd(d, e, make_dd(1, 2), swap_dd(d), d, e, make_dd(3, 4), g_dd));
  struct ld l1 = {1, 0.5}, l2 = {2, 0.25};
  printf("sum_ld %g\n", sum_ld(l1, l2, l1, l2, l1, l2, make_ld(3, 0.125), 1000));
  struct cc c1 = {1, 2}, c2 = {3, 4};
  printf("sum_cc %ld\n", sum_cc(c1, c2, c1, c2, c1, c2, make_cc(5, 6), c1));
  printf("member of a call: %g %ld %d %g\n", swap_dd(d).x, pass_big(b).c, make_s9('A').s[4],
         make_nest(2.0f, 1).p.y);
  struct big b2 = pass_big(pass_big(b));
  printf("nested call %ld %ld %ld %g\n", b2.a, b2.b, b2.c, b2.d);
  struct dl arr[3];
  for (int i = 0; i < 3; i++) arr[i] = g_dls[2 - i];
  for (int i = 0; i < 3; i++) printf("arr[%d] %g %ld\n", i, arr[i].d, arr[i].l);
  struct nest n = g_nest;
  n.c = make_cc('p', 'q');
  n.p = make_ff(-1, -2);
  printf("nest %g %g %d %c %c\n", n.p.x, n.p.y, n.tag, n.c.a, n.c.b);
  union u u = make_u(-1);
  u.f[1] = 1.0f;
  printf("union %lx\n", u.l);
  struct fi f = make_fi(0.1f, -1);
  printf("fi %a %d\n", f.f, f.i);
  return 0;
}
