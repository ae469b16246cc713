// A static function using a construct that is not supported yet is only an error when the
// unit uses it; unused, it is left out (headers such as csmith's define such helpers).
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s
// RUN: not %minicc -fsyntax-only -DUSE %s 2>&1 | %FileCheck %s --check-prefix=USED

// CHECK-NOT: error:
// CHECK-NOT: @likely
// CHECK: define @main() -> i32
static int likely(int x) { return __builtin_expect(x, 1); }
static inline int also_unused(int x) { return __builtin_expect(x, 0) + 1; }

int main(void) {
#ifdef USE
  // USED: sema-unsupported-unused-static.c:[[@LINE-5]]:35: error: built-in function '__builtin_expect' is not supported yet
  return likely(3);
#endif
  return 0;
}
