// GNU complex integer types are rejected with a diagnostic naming them; complex floating types
// and imaginary floating constants are accepted.
// RUN: %expect-exit 1 %minicc -fsyntax-only %s 2>&1 | %FileCheck %s
double _Complex ok = 1.0 + 2.0i;
// CHECK: complex-integer.c:[[@LINE+1]]:33: error: imaginary integer constants (complex integer types) are not supported yet
double _Complex imaginary = 1 + 2i;
// CHECK-NOT: error:
