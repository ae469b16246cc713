// -fdiagnostics-color=always writes gcc's escape sequences byte for byte: bold locations and
// quoted names, the label and the [-W...] option in the label's colour (red errors, magenta
// warnings, cyan notes), the character under the caret and the caret itself coloured; each
// switch followed by "erase line" (ESC[K). The checks pass on gcc's own output.
// RUN: %expect-exit 1 %minicc -fsyntax-only -fdiagnostics-color=always %s 2>&1 | %FileCheck %s --match-full-lines --strict-whitespace
// RUN: not %cc -fsyntax-only -fdiagnostics-color=always %s 2>&1 | %FileCheck %s --match-full-lines --strict-whitespace
// Without colour (never, and auto when standard error is not a terminal) there is none.
// RUN: %expect-exit 1 %minicc -fsyntax-only -fdiagnostics-color=never %s 2>&1 | %FileCheck %s --check-prefix=PLAIN
// RUN: %expect-exit 1 %minicc -fsyntax-only -fdiagnostics-color=auto %s 2>&1 | %FileCheck %s --check-prefix=PLAIN
// RUN: %expect-exit 1 %minicc -fsyntax-only %s 2>&1 | %FileCheck %s --check-prefix=PLAIN
// PLAIN-NOT: {{.}}[
// PLAIN: diag-color.c: In function 'f':

int f(int *p, char *c) {
  // CHECK:{{.}}[01m{{.}}[K{{.*}}diag-color.c:{{.}}[m{{.}}[K In function '{{.}}[01m{{.}}[Kf{{.}}[m{{.}}[K':
  // CHECK-NEXT:{{.}}[01m{{.}}[K{{.*}}diag-color.c:[[@LINE+3]]:5:{{.}}[m{{.}}[K {{.}}[01;35m{{.}}[Kwarning: {{.}}[m{{.}}[Kassignment to '{{.}}[01m{{.}}[Kint *{{.}}[m{{.}}[K' from incompatible pointer type '{{.}}[01m{{.}}[Kchar *{{.}}[m{{.}}[K' [{{.}}[01;35m{{.}}[K-Wincompatible-pointer-types{{.}}[m{{.}}[K]
  // CHECK-NEXT:   [[@LINE+2]] |   p {{.}}[01;35m{{.}}[K={{.}}[m{{.}}[K c;
  // CHECK-NEXT:      |     {{.}}[01;35m{{.}}[K^{{.}}[m{{.}}[K
  p = c;
  // CHECK-NEXT:{{.}}[01m{{.}}[K{{.*}}diag-color.c:[[@LINE+4]]:10:{{.}}[m{{.}}[K {{.}}[01;31m{{.}}[Kerror: {{.}}[m{{.}}[K'{{.}}[01m{{.}}[Ky{{.}}[m{{.}}[K' undeclared (first use in this function)
  // CHECK-NEXT:   [[@LINE+3]] |   return {{.}}[01;31m{{.}}[Ky{{.}}[m{{.}}[K;
  // CHECK-NEXT:      |          {{.}}[01;31m{{.}}[K^{{.}}[m{{.}}[K
  // CHECK-NEXT:{{.}}[01m{{.}}[K{{.*}}diag-color.c:[[@LINE+1]]:10:{{.}}[m{{.}}[K {{.}}[01;36m{{.}}[Knote: {{.}}[m{{.}}[Keach undeclared identifier is reported only once for each function it appears in
  return y;
}
