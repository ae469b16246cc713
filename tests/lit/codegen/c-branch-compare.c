// A branch on `a < b` is a compare and a conditional jump: no setcc, no 0/1 value.
// RUN: %minicc -S %s -o - | %FileCheck %s

int f(int);

// CHECK-LABEL: pick:
// CHECK-NOT: {{[[:space:]]set[a-z]+[[:space:]]}}
// CHECK: cmpl %esi, %edi
// CHECK-NEXT: j{{l|ge}} .LBB
// CHECK-NOT: {{[[:space:]]set[a-z]+[[:space:]]}}
// CHECK: .size pick
int pick(int a, int b) {
  if (a < b)
    return f(a);
  return f(b);
}

// Loops too: the condition is cmp + jcc.
// CHECK-LABEL: count:
// CHECK-NOT: {{[[:space:]]set[a-z]+[[:space:]]}}
// CHECK: cmpl
// CHECK-NEXT: j{{l|ge|le|g}} .LBB
// CHECK-NOT: {{[[:space:]]set[a-z]+[[:space:]]}}
// CHECK: .size count
int count(int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += i;
  return s;
}

// Only a comparison used as a value needs setcc.
// CHECK-LABEL: less:
// CHECK: cmpl %esi, %edi
// CHECK-NEXT: setl
// CHECK-NEXT: movzbl
int less(int a, int b) { return a < b; }
