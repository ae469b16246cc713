// In a UTF-8 locale gcc quotes names with ‘’ (U+2018/U+2019); in the C locale with '. minicc
// follows the locale the same way, for the stages' diagnostics and the driver's own.
// RUN: env LC_ALL=C.UTF-8 %minicc -fsyntax-only %s 2>&1 | %FileCheck %s --check-prefix=UTF8
// RUN: env LC_ALL=C.UTF-8 %cc -fsyntax-only %s 2>&1 | %FileCheck %s --check-prefix=UTF8
// RUN: env LC_ALL=C %minicc -fsyntax-only %s 2>&1 | %FileCheck %s --check-prefix=ASCII
// RUN: env LC_ALL=C.UTF-8 %expect-exit 1 %minicc -frobnicate 2>&1 | %FileCheck %s --check-prefix=DRIVER
// UTF8: diag-utf8-quotes.c: In function ‘f’:
// UTF8: diag-utf8-quotes.c:[[@LINE+5]]:5: warning: assignment to ‘int *’ from incompatible pointer type ‘char *’ [-Wincompatible-pointer-types]
// ASCII: diag-utf8-quotes.c: In function 'f':
// ASCII: diag-utf8-quotes.c:[[@LINE+3]]:5: warning: assignment to 'int *' from incompatible pointer type 'char *' [-Wincompatible-pointer-types]
// DRIVER: minicc: error: unrecognized command-line option ‘-frobnicate’
void f(int *p, char *c) {
  p = c;
}

// An apostrophe inside a word is ’ too (gcc's %'):
// RUN: env LC_ALL=C.UTF-8 %expect-exit 1 %minicc -fsyntax-only -DAPOSTROPHE %s 2>&1 | %FileCheck %s --check-prefix=APOSTROPHE
// RUN: env LC_ALL=C.UTF-8 %expect-exit 1 %cc -fsyntax-only -DAPOSTROPHE %s 2>&1 | %FileCheck %s --check-prefix=APOSTROPHE
#ifdef APOSTROPHE
void g(void) {
  // APOSTROPHE: diag-utf8-quotes.c:[[@LINE+1]]:12: error: storage size of ‘s’ isn’t known
  struct S s;
}
#endif
