// typeof keeps qualifiers, rejects bit-fields and sees earlier parameters; C23's typeof_unqual
// drops the qualifiers (gcc 12 has no typeof_unqual, so this test is not run on gcc's output).
// RUN: %expect-exit 1 %minicc -fsyntax-only %s 2>&1 | %FileCheck %s

struct B { int x : 3; };
void prototype(int n, typeof(n) *m);

void f(void) {
  const int c = 1;
  typeof(c) d = 2;
  // CHECK: sema-typeof.c:[[@LINE+1]]:5: error: assignment of read-only variable 'd'
  d = 3;
  typeof_unqual(c) e = 2;
  __typeof_unqual__(const long) g = 2;
  e = 3;
  g = 4;
  struct B b;
  // CHECK: sema-typeof.c:[[@LINE+1]]:10: error: 'typeof' applied to a bit-field
  typeof(b.x) q;
  // CHECK: sema-typeof.c:[[@LINE+1]]:10: error: 'undeclared_name' undeclared (first use in this function)
  typeof(undeclared_name) r;
}
// CHECK-NOT: error:
