// Pointer assignments between incompatible types (-Wincompatible-pointer-types) and those that
// drop qualifiers of the pointed-to type (-Wdiscarded-qualifiers) are warnings in gcc 12.
// RUN: %minicc -fsyntax-only %s 2>&1 | %FileCheck %s

void takes(int *p);

// CHECK: sema-pointer-conversion.c:[[@LINE+1]]:37: warning: returning 'char *' from a function with incompatible return type 'int *' [-Wincompatible-pointer-types]
int *returns_char(char *c) { return c; }
// CHECK: sema-pointer-conversion.c:[[@LINE+1]]:43: warning: return discards 'const' qualifier from pointer target type [-Wdiscarded-qualifiers]
int *returns_const(const int *c) { return c; }

void f(int *p, char *c, const int *cp, void *v, char **pp) {
  // CHECK: sema-pointer-conversion.c:[[@LINE+1]]:5: warning: assignment to 'int *' from incompatible pointer type 'char *' [-Wincompatible-pointer-types]
  p = c;
  // CHECK: sema-pointer-conversion.c:[[@LINE+1]]:5: warning: assignment discards 'const' qualifier from pointer target type [-Wdiscarded-qualifiers]
  p = cp;
  // CHECK: sema-pointer-conversion.c:[[@LINE+1]]:25: warning: initialization of 'const char **' from incompatible pointer type 'char **' [-Wincompatible-pointer-types]
  const char **nested = pp;
  // CHECK: sema-pointer-conversion.c:[[@LINE+2]]:9: warning: passing argument 1 of 'takes' from incompatible pointer type [-Wincompatible-pointer-types]
  // CHECK: sema-pointer-conversion.c:5:17: note: expected 'int *' but argument is of type 'char *'
  takes(c);
  // CHECK: sema-pointer-conversion.c:[[@LINE+2]]:9: warning: passing argument 1 of 'takes' discards 'const' qualifier from pointer target type [-Wdiscarded-qualifiers]
  // CHECK: sema-pointer-conversion.c:5:17: note: expected 'int *' but argument is of type 'const int *'
  takes(cp);
  // void * converts to and from any object pointer without a warning.
  // CHECK-NOT: warning
  p = v;
  v = cp == p ? (void *)c : v;
  (void)nested;
}
