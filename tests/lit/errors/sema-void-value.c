// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

void nothing(void);
struct S { int a; } s;

int f(void) {
  // CHECK: sema-void-value.c:[[@LINE+1]]:11: error: void value not ignored as it ought to be
  int x = nothing();
  // CHECK: sema-void-value.c:[[@LINE+1]]:3: error: void value not ignored as it ought to be
  nothing() + 1;
  // CHECK: sema-void-value.c:[[@LINE+1]]:7: error: void value not ignored as it ought to be
  if (nothing())
    return 1;
  // CHECK: sema-void-value.c:[[@LINE+1]]:10: error: used struct type value where scalar is required
  while (s)
    ;
  // A void expression may be discarded, cast to void or be an operand of `,` and `?:`.
  (void)nothing();
  nothing(), x;
  x ? nothing() : nothing();
  return x;
}
