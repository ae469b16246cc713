// Benchmark: integer matrix multiply (nested loops, 2-D array indexing, multiply-add).
int printf(const char*, ...);

#define N 140
static long a[N][N], b[N][N], c[N][N];

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = (i * 7 + j * 3) % 17 - 8;
      b[i][j] = (i * 5 - j * 11) % 13 + 2;
    }
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      long sum = 0;
      for (int k = 0; k < N; k++) sum += a[i][k] * b[k][j];
      c[i][j] = sum;
    }
  unsigned long checksum = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) checksum = checksum * 31 + (unsigned long)c[i][j];
  printf("matmul %lu\n", checksum);
  return 0;
}
