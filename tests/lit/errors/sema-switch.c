// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

int f(int x, int *p) {
  switch (x) {
  case 1:
  // CHECK: sema-switch.c:[[@LINE+2]]:3: error: duplicate case value
  // CHECK: sema-switch.c:[[@LINE-2]]:3: note: previously used here
  case 2 - 1:
    break;
  default:
  // CHECK: sema-switch.c:[[@LINE+2]]:3: error: multiple default labels in one switch
  // CHECK: sema-switch.c:[[@LINE-2]]:3: note: this is the first default label
  default:
  // CHECK: sema-switch.c:[[@LINE+1]]:3: error: case label does not reduce to an integer constant
  case x:
    break;
  }
  // CHECK: sema-switch.c:[[@LINE+1]]:11: error: switch quantity not an integer
  switch (p) {
  }
  // CHECK: sema-switch.c:[[@LINE+1]]:3: error: case label not within a switch statement
  case 4:
  return 0;
}
