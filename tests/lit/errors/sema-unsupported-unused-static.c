// Unused static functions are checked and emitted like any other: over floating types, structs
// by value and variadic arguments (csmith's safe_math.h defines such helpers) they compile, and
// one that uses a construct still unsupported is an error even when nothing calls it.
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s
// RUN: %expect-exit 1 %minicc -fsyntax-only -DBAD %s 2>&1 | %FileCheck %s --check-prefix=BAD

// CHECK-NOT: error:
// CHECK: define internal @half(f64 %d) -> f64
static double half(double d) { return d / 2; }
// CHECK: define internal @swap(
static struct Pair { int a, b; } swap(struct Pair p) {
  struct Pair q = {p.b, p.a};
  return q;
}
// CHECK: define internal @first(i32 %n, ...) -> f64
static double first(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  double d = __builtin_va_arg(ap, double);
  __builtin_va_end(ap);
  return d;
}
#ifdef BAD
// BAD: sema-unsupported-unused-static.c:[[@LINE+1]]:35: error: complex integer types are not supported yet
static int unused_complex(void) { _Complex long z; return 0; }
#endif

// CHECK: define @main() -> i32
int main(void) { return 0; }
