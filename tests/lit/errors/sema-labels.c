// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

void f(int x) {
  // gcc reports the undefined label at the end of the function.
  // CHECK-DAG: sema-labels.c:[[@LINE+1]]:3: error: label 'missing' used but not defined
  goto missing;
  goto done;
done:
  x++;
  // CHECK-DAG: sema-labels.c:[[@LINE+2]]:1: error: duplicate label 'done'
  // CHECK-DAG: sema-labels.c:[[@LINE-3]]:1: note: previous definition of 'done' with type 'void'
done:
  x--;
}
