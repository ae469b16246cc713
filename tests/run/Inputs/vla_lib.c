// Built by gcc for tests/run/vla.c: a callee with stack arguments and a variable-length array
// parameter, and one that fills a caller's VLA.
long gcc_sum_rows(int rows, int cols, long (*m)[cols]) {
  long total = 0;
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) total += m[i][j] * (i + 1);
  return total;
}

long gcc_many(long a, long b, long c, long d, long e, long f, long g, long h, long *block) {
  return a + b + c + d + e + f + g * 10 + h * 100 + block[0] + block[1];
}
