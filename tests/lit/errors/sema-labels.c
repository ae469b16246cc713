// RUN: not %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

void f(int x) {
  // CHECK: sema-labels.c:[[@LINE+1]]:3: error: label 'missing' used but not defined
  goto missing;
  goto done;
done:
  x++;
  // CHECK: sema-labels.c:[[@LINE+2]]:1: error: duplicate label 'done'
  // CHECK: sema-labels.c:[[@LINE-3]]:1: note: previous definition of 'done' with type 'void'
done:
  x--;
}
