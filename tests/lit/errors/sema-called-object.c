// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

int f(int x) {
  int *p = &x;
  // CHECK: sema-called-object.c:[[@LINE+2]]:3: error: called object 'x' is not a function or function pointer
  // CHECK: sema-called-object.c:[[@LINE-3]]:11: note: declared here
  x(1);
  // CHECK: sema-called-object.c:[[@LINE+1]]:6: error: called object is not a function or function pointer
  (x + 1)();
  // CHECK: sema-called-object.c:[[@LINE+1]]:3: error: called object 'p' is not a function or function pointer
  p();
  return 0;
}
