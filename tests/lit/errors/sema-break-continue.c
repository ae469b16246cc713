// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

void f(int x) {
  // CHECK: sema-break-continue.c:[[@LINE+1]]:3: error: break statement not within loop or switch
  break;
  switch (x) {
  case 1:
    // CHECK: sema-break-continue.c:[[@LINE+1]]:5: error: continue statement not within a loop
    continue;
  case 2:
    break;
  }
  while (x)
    break;
  if (x)
    // CHECK: sema-break-continue.c:[[@LINE+1]]:5: error: continue statement not within a loop
    continue;
}
