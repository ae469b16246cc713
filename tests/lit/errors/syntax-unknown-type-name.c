// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

int main(void) {
  // CHECK: syntax-unknown-type-name.c:[[@LINE+1]]:3: error: unknown type name 'string'
  string name;
  return 0;
}
