// Loops, switch and goto: readable block names, break/continue targets, and the IR switch
// with case values converted to the promoted controlling type (C11 6.8.4.2p5).
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s

int g(int);

// CHECK-LABEL: define @loops(i32 %n) -> i32
// CHECK: for.cond:
// CHECK: br i1 %{{[0-9]+}}, %for.body, %for.end
// CHECK: for.body:
// CHECK: br i1 %{{[0-9]+}}, %if.then, %if.end
// CHECK: if.then:
// CHECK-NEXT: jmp %for.inc
// CHECK: for.inc:
// CHECK: jmp %for.cond
// CHECK: for.end:
// CHECK: do.body:
// CHECK: do.cond:
// CHECK: br i1 %{{[0-9]+}}, %do.body, %do.end
int loops(int n) {
  int s = 0;
  for (int i = 0; i < n; i++) {
    if (g(i)) continue;
    s += i;
  }
  do s--; while (s > 10);
  return s;
}

// CHECK-LABEL: define @dispatch(i8 signext %c) -> i32
// CHECK: %[[V:[0-9]+]] = sext i8 %{{[0-9]+}} to i32
// CHECK-NEXT: switch i32 %[[V]], %switch.default [97: %switch.case, 98: %switch.case.1, 99: %switch.case.2]
// CHECK: switch.case:
// CHECK-NEXT: ret i32 1
// CHECK: switch.case.1:
// CHECK-NEXT: jmp %switch.case.2
// CHECK: switch.case.2:
// CHECK-NEXT: jmp %switch.default
// CHECK: switch.default:
// CHECK-NEXT: jmp %switch.end
int dispatch(char c) {
  switch (c) {
  case 'a': return 1;
  case 'b':
  case 'c': /* falls through */
  default: break;
  }
  return 0;
}

// Case values are converted to the (promoted) type of the controlling expression and
// written sign-extended from its width: 4294967295u becomes -1 for an unsigned int switch.
// CHECK-LABEL: define @unsigned_cases(i32 %u) -> i32
// CHECK: switch i32 %{{[0-9]+}}, %switch.end [-1: %switch.case, 7: %switch.case.1]
int unsigned_cases(unsigned u) {
  switch (u) {
  case 4294967295u: return 2;
  case 7: return 3;
  }
  return 0;
}

// CHECK-LABEL: define @jumps(i32 %n) -> i32
// CHECK: jmp %again
// CHECK: again:
// CHECK: br i1 %{{[0-9]+}}, %if.then, %if.end
// CHECK: if.then:
// CHECK-NEXT: jmp %again
int jumps(int n) {
again:
  n--;
  if (n > 0) goto again;
  return n;
}
