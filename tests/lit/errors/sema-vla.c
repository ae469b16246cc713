// Variable-length arrays: what C11 6.7.6.2 and 6.8.6.1 forbid, with gcc 12's wording, places
// and order (the same file through gcc gives the same errors).
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s
// RUN: %expect-exit 1 %cc -fsyntax-only -fdiagnostics-plain-output %s 2>&1 | sed "s/[‘’]/'/g" | %FileCheck %s

int sizes(int n) {
  // CHECK: sema-vla.c:[[@LINE+1]]:14: error: storage size of 'a' isn
  static int a[n];
  // CHECK: sema-vla.c:[[@LINE+2]]:14: error: object with variably modified type must have no linkage
  // CHECK: sema-vla.c:[[@LINE+1]]:14: error: storage size of 'b' isn
  extern int b[n];
  // CHECK: sema-vla.c:[[@LINE+1]]:3: error: variable-sized object may not be initialized
  int c[n] = {0};
  // A pointer to a VLA may be static and initialized: only the array has a variable size.
  static int(*p)[n];
  int(*q)[n] = 0;
  // CHECK: sema-vla.c:[[@LINE+1]]:10: error: compound literal has variable size
  return (int[n]){0}[0] + (p == q);
}

void jumps(int n) {
  // CHECK: sema-vla.c:[[@LINE+4]]:3: error: jump into scope of identifier with variably modified type
  // CHECK: sema-vla.c:[[@LINE+5]]:1: note: label 'forward' defined here
  // CHECK: sema-vla.c:[[@LINE+3]]:7: note: 'd' declared here
  // (each error has its notes after it)
  goto forward;
  int d[n];
forward:
  // CHECK: sema-vla.c:[[@LINE+3]]:36: error: switch jumps into scope of identifier with variably modified type
  // CHECK: sema-vla.c:[[@LINE+2]]:3: note: switch starts here
  // CHECK: sema-vla.c:[[@LINE+1]]:30: note: 'e' declared here
  switch (n) { case 1: ; int e[n]; case 2: break; }
  // A typedef of a VLA type counts too.
  // CHECK: sema-vla.c:[[@LINE+3]]:23: error: jump into scope of identifier with variably modified type
  // CHECK: sema-vla.c:[[@LINE+2]]:41: note: label 'inside' defined here
  // CHECK: sema-vla.c:[[@LINE+1]]:38: note: 't' declared here
  { typedef int T[n]; goto inside; T t; inside: ; }
  // Leaving a VLA's scope, or jumping back before its declaration, is fine.
  { int f[n]; if (n) goto out; goto before; before: ; }
out:
  d[0] = 0;
}

// CHECK: sema-vla.c:[[@LINE+1]]:9: error: '[*]' not allowed in other than function prototype scope
int (*r)[*];
extern int m;
// CHECK: sema-vla.c:[[@LINE+1]]:5: error: variably modified 'g' at file scope
int g[m];
