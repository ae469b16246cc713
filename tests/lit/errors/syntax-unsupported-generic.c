// Constructs the parser recognises but minicc cannot compile yet are named in the error.
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

int main(void) {
  // CHECK: syntax-unsupported-generic.c:[[@LINE+1]]:10: error: '_Generic' is not supported yet
  return _Generic(1, int: 0, default: 1);
}
