// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

struct B { int a; } sb;
int f(void);

// CHECK: sema-initializers.c:[[@LINE+1]]:13: warning: initializer-string for array of 'char' is too long
char s[2] = "abc";
// CHECK: sema-initializers.c:[[@LINE+2]]:20: warning: excess elements in array initializer
// CHECK: sema-initializers.c:[[@LINE+1]]:20: note: (near initialization for 'ia')
int ia[2] = {1, 2, 3};
// CHECK: sema-initializers.c:[[@LINE+2]]:14: warning: excess elements in scalar initializer
// CHECK: sema-initializers.c:[[@LINE+1]]:14: note: (near initialization for 'sc')
int sc = {1, 2};
// CHECK: sema-initializers.c:[[@LINE+1]]:25: error: 'struct B' has no member named 'c'
struct B designated = {.c = 1};
// CHECK: sema-initializers.c:[[@LINE+2]]:15: error: array index in initializer exceeds array bounds
// CHECK: sema-initializers.c:[[@LINE+1]]:15: note: (near initialization for 'ib')
int ib[3] = {[5] = 1};
// CHECK: sema-initializers.c:[[@LINE+1]]:9: error: initializer element is not constant
int g = f();
// CHECK: sema-initializers.c:[[@LINE+1]]:17: error: initializer element is not constant
struct B copy = sb;
// CHECK: sema-initializers.c:[[@LINE+1]]:16: error: invalid initializer
int array[2] = 5;
// CHECK: sema-initializers.c:[[@LINE+2]]:12: warning: cast from pointer to integer of different size [-Wpointer-to-int-cast]
// CHECK: sema-initializers.c:[[@LINE+1]]:12: error: initializer element is not constant
int addr = (int)&sb;

void local(void) {
  // Automatic objects may use any expression.
  int fine = f();
  struct B copy2 = sb;
  // CHECK: sema-initializers.c:[[@LINE+1]]:18: error: invalid initializer
  struct B bad = 1;
  (void)fine, (void)copy2, (void)bad;
}
