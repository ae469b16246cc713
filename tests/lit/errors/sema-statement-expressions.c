// Statement expressions: only inside functions, never entered by a jump, void unless the last
// item is an expression statement (also checked on gcc's output).
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s
// RUN: not %cc -fsyntax-only %s 2>&1 | %FileCheck %s

// CHECK: sema-statement-expressions.c:[[@LINE+1]]:9: error: braced-group within expression allowed only inside a function
int g = ({ 1; });

int f(int x) {
  // CHECK: sema-statement-expressions.c:[[@LINE+1]]:11: error: void value not ignored as it ought to be
  int z = ({ if (x) x++; });
  int y = ({ inside: x + 1; });
  // minicc reports jumps at the end of the function, gcc at the goto: keep it last.
  // CHECK: sema-statement-expressions.c:[[@LINE+2]]:3: error: jump into statement expression
  // CHECK: sema-statement-expressions.c:[[@LINE-3]]:14: note: label 'inside' defined here
  goto inside;
  return y + z;
}
// CHECK-NOT: error:
