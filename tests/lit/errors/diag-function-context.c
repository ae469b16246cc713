// gcc's context lines: "f.c: In function 'name':" before the first diagnostic of a function,
// "f.c: At top level:" when diagnostics return to file scope after one. Columns are display
// columns (a tab advances to the next multiple of 8) and the quoted line has its tabs expanded;
// a note at the location just quoted does not quote it again. The checks pass on gcc's output.
// RUN: %expect-exit 1 %minicc -fsyntax-only %s 2>&1 | %FileCheck %s --match-full-lines --strict-whitespace
// RUN: not %cc -fsyntax-only %s 2>&1 | %FileCheck %s --match-full-lines --strict-whitespace

// No context line before the first function.
// CHECK:{{.*}}diag-function-context.c:[[@LINE+4]]:22: warning: comparison between pointer and integer
// CHECK-NEXT:   [[@LINE+3]] | int first = (int *)0 == 1;
// CHECK-NEXT:      |                      {{\^~*}}
// CHECK-NEXT:{{.*}}diag-function-context.c: In function 'tabs':
int first = (int *)0 == 1;

int tabs(void) {
// CHECK-NEXT:{{.*}}diag-function-context.c:[[@LINE+5]]:17: error: 'x' undeclared (first use in this function)
// CHECK-NEXT:   [[@LINE+4]] |         return  x;
// CHECK-NEXT:      |                 ^
// CHECK-NEXT:{{.*}}diag-function-context.c:[[@LINE+2]]:17: note: each undeclared identifier is reported only once for each function it appears in
// CHECK-NEXT:{{.*}}diag-function-context.c: In function 'second':
	return	x;
}

int second(int *p) {
// CHECK-NEXT:{{.*}}diag-function-context.c:[[@LINE+4]]:12: warning: comparison between pointer and integer
// CHECK-NEXT:   [[@LINE+3]] |   return p == 2;
// CHECK-NEXT:      |            {{\^~*}}
// CHECK-NEXT:{{.*}}diag-function-context.c: At top level:
  return p == 2;
}

// CHECK-NEXT:{{.*}}diag-function-context.c:[[@LINE+3]]:21: warning: comparison between pointer and integer
// CHECK-NEXT:   [[@LINE+2]] | int last = (int *)0 == 3;
// CHECK-NEXT:      |                     {{\^~*}}
int last = (int *)0 == 3;
