// Errors are located through #line directives (cpp passes them on as line markers).
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

#line 100 "renamed.c"
int main(void) {
  return 0
}
// CHECK: renamed.c:101:11: error: expected ';' before '}' token
