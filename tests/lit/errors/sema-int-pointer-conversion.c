// gcc 12 warns (-Wint-conversion) when an integer becomes a pointer or a pointer an integer
// without a cast, in each context with its own wording; a null pointer constant is fine.
// RUN: %minicc -fsyntax-only %s 2>&1 | %FileCheck %s
// RUN: %minicc -S %s -o %t.s

void takes_pointer(int *p);
void takes_int(int i);

// CHECK: sema-int-pointer-conversion.c:[[@LINE+1]]:34: warning: returning 'int' from a function with return type 'int *' makes pointer from integer without a cast [-Wint-conversion]
int *returns_int(int i) { return i; }
// CHECK: sema-int-pointer-conversion.c:[[@LINE+1]]:38: warning: returning 'int *' from a function with return type 'int' makes integer from pointer without a cast [-Wint-conversion]
int returns_pointer(int *p) { return p; }

void f(int *p, int i, long l) {
  // CHECK: sema-int-pointer-conversion.c:[[@LINE+1]]:5: warning: assignment to 'int *' from 'int' makes pointer from integer without a cast [-Wint-conversion]
  p = i;
  // CHECK: sema-int-pointer-conversion.c:[[@LINE+1]]:5: warning: assignment to 'long int' from 'int *' makes integer from pointer without a cast [-Wint-conversion]
  l = p;
  // CHECK: sema-int-pointer-conversion.c:[[@LINE+1]]:12: warning: initialization of 'int *' from 'int' makes pointer from integer without a cast [-Wint-conversion]
  int *q = 5;
  // CHECK: sema-int-pointer-conversion.c:[[@LINE+1]]:12: warning: initialization of 'char' from 'int *' makes integer from pointer without a cast [-Wint-conversion]
  char c = p;
  // CHECK: sema-int-pointer-conversion.c:[[@LINE+2]]:17: warning: passing argument 1 of 'takes_pointer' makes pointer from integer without a cast [-Wint-conversion]
  // CHECK: sema-int-pointer-conversion.c:6:25: note: expected 'int *' but argument is of type 'int'
  takes_pointer(i);
  // CHECK: sema-int-pointer-conversion.c:[[@LINE+2]]:13: warning: passing argument 1 of 'takes_int' makes integer from pointer without a cast [-Wint-conversion]
  // CHECK: sema-int-pointer-conversion.c:7:20: note: expected 'int' but argument is of type 'int *'
  takes_int(p);
  // CHECK-NOT: warning
  p = 0;
  p = (void *)0;
  takes_pointer(0);
  (void)q;
  (void)c;
}
