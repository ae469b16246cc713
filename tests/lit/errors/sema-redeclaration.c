// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

int f(int);
// CHECK: sema-redeclaration.c:[[@LINE+2]]:5: error: conflicting types for 'f'; have 'int(long int)'
// CHECK: sema-redeclaration.c:[[@LINE-2]]:5: note: previous declaration of 'f' with type 'int(int)'
int f(long);

int x;
// CHECK: sema-redeclaration.c:[[@LINE+2]]:17: error: conflicting types for 'x'; have 'unsigned int'
// CHECK: sema-redeclaration.c:[[@LINE-2]]:5: note: previous declaration of 'x' with type 'int'
extern unsigned x;

int y = 1;
// CHECK: sema-redeclaration.c:[[@LINE+2]]:5: error: redefinition of 'y'
// CHECK: sema-redeclaration.c:[[@LINE-2]]:5: note: previous definition of 'y' with type 'int'
int y = 2;

int g(void) { return 0; }
// CHECK: sema-redeclaration.c:[[@LINE+2]]:5: error: redefinition of 'g'
// CHECK: sema-redeclaration.c:[[@LINE-2]]:5: note: previous definition of 'g' with type 'int(void)'
int g(void) { return 1; }

typedef int T;
// (gcc's note spells the previous type 'T' {aka 'int'}: minicc does not keep typedef names)
// CHECK: sema-redeclaration.c:[[@LINE+1]]:6: error: 'T' redeclared as different kind of symbol
long T;

static int s;
// CHECK: sema-redeclaration.c:[[@LINE+1]]:5: error: non-static declaration of 's' follows static declaration
int s;

int t;
// CHECK: sema-redeclaration.c:[[@LINE+1]]:12: error: static declaration of 't' follows non-static declaration
static int t;

enum { A, B };
// CHECK: sema-redeclaration.c:[[@LINE+1]]:8: error: redeclaration of enumerator 'A'
enum { A = 3 };

void h(int p) {
  int local;
  // CHECK: sema-redeclaration.c:[[@LINE+2]]:8: error: conflicting types for 'local'; have 'char'
  // CHECK: sema-redeclaration.c:[[@LINE-2]]:7: note: previous declaration of 'local' with type 'int'
  char local;
  // CHECK: sema-redeclaration.c:[[@LINE+2]]:7: error: 'p' redeclared as different kind of symbol
  // CHECK: sema-redeclaration.c:[[@LINE-6]]:12: note: previous definition of 'p' with type 'int'
  int p;
}

// CHECK: sema-redeclaration.c:[[@LINE+1]]:24: error: redefinition of parameter 'a'
void params(int a, int a) {}

// (gcc points at the tag name; minicc at the struct keyword)
struct R { int a; };
// CHECK: sema-redeclaration.c:[[@LINE+2]]:1: error: redefinition of 'struct R'
// CHECK: sema-redeclaration.c:[[@LINE-2]]:1: note: originally defined here
struct R { int b; };
// CHECK: sema-redeclaration.c:[[@LINE+1]]:1: error: 'R' defined as wrong kind of tag
union R *u;

// Compatible redeclarations are fine: the composite type completes the array.
extern int array[];
int array[3];
int compatible(int (*)[]);
int compatible(int (*)[3]);
