// A static function using a construct that is not supported yet is only an error when the
// unit uses it; unused, it is left out (headers such as csmith's define such helpers).
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s
// RUN: not %minicc -fsyntax-only -DUSE %s 2>&1 | %FileCheck %s --check-prefix=USED

// CHECK-NOT: error:
// CHECK-NOT: @half
// CHECK: define @main() -> i32
static double half(double d) { return d / 2; }
static inline struct Pair { int a, b; } swap(struct Pair p) {
  struct Pair q = {p.b, p.a};
  return q;
}

int main(void) {
#ifdef USE
  // USED: sema-unsupported-unused-static.c:[[@LINE-8]]:15: error: returning 'double' is not supported yet
  return (int)half(3);
#endif
  return 0;
}
