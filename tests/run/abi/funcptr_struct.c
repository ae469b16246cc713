// Function pointers as struct fields, array elements and return values, called with struct and
// double arguments and returning structs (C11 6.5.2.2, 6.7.6.3); a struct holding function
// pointers passed and returned by value; glibc calling a minicc function through a pointer
// with a double-returning callback pattern (a table-driven integrator).
// REQUIRES: minicc-float, minicc-struct
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

struct vec {
  double x, y;
};
struct mixed {
  long id;
  double w;
};

typedef struct vec (*vec_op)(struct vec, struct vec);
typedef double (*real_fn)(double);

static struct vec add(struct vec a, struct vec b) {
  struct vec r = {a.x + b.x, a.y + b.y};
  return r;
}
static struct vec sub(struct vec a, struct vec b) {
  struct vec r = {a.x - b.x, a.y - b.y};
  return r;
}
static struct vec cross_scale(struct vec a, struct vec b) {
  struct vec r = {a.x * b.y, -a.y * b.x};
  return r;
}
static double square(double x) {
  return x * x;
}
static double cube(double x) {
  return x * x * x;
}
static double half(double x) {
  return x / 2;
}
static struct mixed bump(struct mixed m, double by, int times) {
  m.id += times;
  m.w += by * times;
  return m;
}

struct ops {
  const char* name;
  vec_op op;
  real_fn post;
  struct mixed (*update)(struct mixed, double, int);
};

static const struct ops table[3] = {
    {"add", add, square, bump}, {"sub", sub, cube, bump}, {"cross", cross_scale, half, 0}};

static vec_op pick(int k) {
  return table[k % 3].op;
}
static real_fn (*pick_fn_getter(void))(int);
static real_fn post_of(int k) {
  return table[k].post;
}
static real_fn (*pick_fn_getter(void))(int) {
  return post_of;
}

static struct ops with_post(struct ops o, real_fn f) {
  o.post = f;
  return o;
}

static double integrate(real_fn f, double lo, double hi, int steps) {
  double h = (hi - lo) / steps, s = 0;
  for (int i = 0; i < steps; i++) s += f(lo + (i + 0.5) * h) * h;
  return s;
}

int main(void) {
  struct vec a = {1.5, -2.0}, b = {0.25, 4.0};
  for (int k = 0; k < 3; k++) {
    struct vec r = table[k].op(a, b);
    double p = table[k].post(r.x + r.y);
    printf("%s: %g %g post %g\n", table[k].name, r.x, r.y, p);
    if (table[k].update) {
      struct mixed m = {k, 0.5};
      m = table[k].update(m, 1.25, k + 2);
      printf("  update %ld %g\n", m.id, m.w);
    }
  }
  struct vec c = pick(4)(pick(0)(a, b), pick(2)(b, a));
  printf("chained %g %g\n", c.x, c.y);
  printf("getter %g %g\n", pick_fn_getter()(0)(3.0), (*pick_fn_getter())(1)(-2.0));
  struct ops o = with_post(table[0], half);
  printf("by value %s %g %g\n", o.name, o.post(9.0), o.op(a, a).y);
  real_fn fs[3] = {square, cube, half};
  for (int k = 0; k < 3; k++) printf("integrate %d: %.12f\n", k, integrate(fs[k], 0.0, 2.0, 1000));
  printf("same pointer %d %d\n", table[1].op == sub, o.post == half);
  return 0;
}
