// Parameters are in scope from the end of their declarator (C11 6.2.1p4), so a later
// parameter's array size may name them. The outermost array derivation of a parameter is
// adjusted to a pointer (C11 6.7.6.3p7), so `int a[n]` and `int a[*]` declare `int *` and the
// size need not be constant.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);

int sum(int n, int a[n]);
int sum_star(int n, int a[*]);
int last(int n, const int a[static n]);
int scaled(int n, int a[n * 2 + 1], int k);
long size_of_param(int n, int a[n]);
int (*pick(int n, int (*table[n])(int)))(int);

int sum(int n, int a[n]) {
  int s = 0;
  for (int i = 0; i < n; i++) s += a[i];
  return s;
}
int sum_star(int n, int a[n]) { return sum(n, a) * 2; }
int last(int n, const int a[static n]) { return a[n - 1]; }
int scaled(int n, int a[n * 2 + 1], int k) { return a[2 * n] * k; }
long size_of_param(int n, int a[n]) { return (long)sizeof a + n; }
int trace(int n, int m[n][n]);
int trace(int n, int m[n][n]) {
  int t = 0;
  for (int i = 0; i < n; i++) t += m[i][i];
  return t;
}
static int twice(int x) { return 2 * x; }
static int thrice(int x) { return 3 * x; }
int (*pick(int n, int (*table[n])(int)))(int) { return table[n - 1]; }

int main(void) {
  int v[5] = {1, 2, 3, 4, 5};
  int (*fns[2])(int) = {twice, thrice};
  printf("sum %d\n", sum(5, v));
  printf("sum_star %d\n", sum_star(4, v));
  printf("last %d\n", last(3, v));
  printf("scaled %d\n", scaled(2, v, 10));
  printf("size_of_param %ld\n", size_of_param(7, v));
  int square[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
  printf("trace %d\n", trace(3, square));
  printf("pick %d %d\n", pick(1, fns)(5), pick(2, fns)(5));
  return 0;
}
