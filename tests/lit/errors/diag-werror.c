// -Werror makes every warning an error (named ones say [-Werror=name]), ends with gcc's
// "all warnings being treated as errors" line, exits 1 and writes no output; -Wno-error=name
// keeps that one a warning; -Wno-name drops it; -w drops every warning and its notes. The
// checks pass on gcc's output (whose last line says cc1 instead of minicc).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %minicc -c %s -o %t/plain.o 2>&1 | %FileCheck %s --check-prefix=WARN
// RUN: test -f %t/plain.o
// WARN: diag-werror.c:[[@LINE+21]]:10: warning: implicit declaration of function 'helper' [-Wimplicit-function-declaration]
// WARN: diag-werror.c:[[@LINE+22]]:21: warning: excess elements in array initializer
// WARN: diag-werror.c:[[@LINE+21]]:21: note: (near initialization for 'excess')
// RUN: %expect-exit 1 %minicc -Werror -c %s -o %t/werror.o 2>&1 | %FileCheck %s --check-prefix=ERROR
// RUN: not %cc -Werror -c %s -o %t/gcc.o 2>&1 | %FileCheck %s --check-prefix=ERROR
// RUN: test ! -e %t/werror.o
// ERROR: diag-werror.c:[[@LINE+15]]:10: error: implicit declaration of function 'helper' [-Werror=implicit-function-declaration]
// ERROR: diag-werror.c:[[@LINE+16]]:21: error: excess elements in array initializer
// ERROR: diag-werror.c:[[@LINE+15]]:21: note: (near initialization for 'excess')
// ERROR: {{(cc1|minicc)}}: all warnings being treated as errors
// RUN: %expect-exit 1 %minicc -Werror -Wno-error=implicit-function-declaration -c %s -o %t/some.o 2>&1 | %FileCheck %s --check-prefix=SOME
// SOME: warning: implicit declaration of function 'helper' [-Wimplicit-function-declaration]
// SOME: error: excess elements in array initializer
// SOME: minicc: all warnings being treated as errors
// RUN: %minicc -Wno-implicit-function-declaration -c %s -o %t/no.o 2>&1 | %FileCheck %s --check-prefix=NO --implicit-check-not=helper
// NO: warning: excess elements in array initializer
// RUN: %minicc -w -c %s -o %t/quiet.o 2>&1 | count 0
// RUN: %minicc -w -Werror -c %s -o %t/quiet-werror.o 2>&1 | count 0
// RUN: test -f %t/quiet-werror.o

int f(void) {
  return helper();
}
int excess[1] = {1, 2};
