// Conditions are lowered straight to branches: `&&`, `||`, `!` and comparisons that feed a
// branch never materialise a 0/1 value; the same operators used as values do.
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s

int g(void);

// CHECK-LABEL: define @short_circuit(i32 %a, i32 %b, ptr %p) -> i32
// CHECK: %[[LT:[0-9]+]] = icmp slt i32
// CHECK-NEXT: br i1 %[[LT]], %land.rhs, %lor.rhs
// CHECK: land.rhs:
// CHECK: %[[NN:[0-9]+]] = icmp ne ptr %{{[0-9]+}}, null
// CHECK-NEXT: br i1 %[[NN]], %if.then, %lor.rhs
// CHECK: lor.rhs:
// CHECK: %[[CALL:[0-9]+]] = call () -> i32 @g()
// CHECK-NEXT: %[[NZ:[0-9]+]] = icmp ne i32 %[[CALL]], 0
// CHECK-NEXT: br i1 %[[NZ]], %if.then, %if.end
// CHECK-NOT: zext
// CHECK: if.then:
int short_circuit(int a, int b, int *p) {
  if ((a < b && p) || g())
    return 1;
  return 0;
}

// `!` swaps the branch targets instead of computing a value.
// CHECK-LABEL: define @negation(i32 %a) -> i32
// CHECK: %[[EQ:[0-9]+]] = icmp eq i32 %{{[0-9]+}}, 3
// CHECK-NEXT: br i1 %[[EQ]], %while.end, %while.body
int negation(int a) {
  while (!(a == 3)) a++;
  return a;
}

// Used as values, comparisons are zero-extended and && becomes a phi of 1 and 0.
// CHECK-LABEL: define @as_values(i32 %a, i32 %b) -> i32
// CHECK: %[[C:[0-9]+]] = icmp sle i32
// CHECK-NEXT: zext i1 %[[C]] to i32
// CHECK: logic.end:
// CHECK-NEXT: phi i32 [1, %logic.true], [0, %logic.false]
int as_values(int a, int b) {
  int le = a <= b;
  int both = a && b;
  return le + both;
}

// A constant condition becomes an unconditional jump.
// CHECK-LABEL: define @forever() -> i32
// CHECK: while.cond:
// CHECK-NEXT: jmp %while.body
int forever(void) {
  while (1)
    if (g()) break;
  return 0;
}
