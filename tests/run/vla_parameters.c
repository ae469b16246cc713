// Variably modified parameters (C11 6.9.1p10): their sizes are evaluated on entry from the
// parameters before them (prototype scope, 6.2.1p4), [*] in a prototype, [static n].
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
// RUN: %minicc -O2 %s -o %t.O2 && %t.O2 > %t.O2.out
// RUN: diff %t.expected %t.O2.out
#include <stdio.h>
int trace(int n, int m[n][n]) {
  int t = 0;
  for (int i = 0; i < n; i++) t += m[i][i];
  return t + (int)sizeof *m;
}
long rows(int r, int c, long (*a)[c]) {
  long s = 0;
  for (int i = 0; i < r; i++) s += a[i][c - 1];
  return s + (long)sizeof a[0];
}
void fill(int n, double x[static n]) {
  for (int i = 0; i < n; i++) x[i] = i / 2.0;
}
int decl(int n, int m[*][n]);
int decl(int n, int m[n][n]) {
  return m[n - 1][n - 1];
}
int main(void) {
  int m[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
  long a[2][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}};
  double x[5];
  fill(5, x);
  printf("%d %ld %g %d\n", trace(3, m), rows(2, 4, a), x[4], decl(3, m));
}
