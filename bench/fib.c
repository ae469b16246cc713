// Benchmark: plain recursion (call overhead, arguments and return values in registers).
int printf(const char*, ...);

static long fib(int n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static int tak(int x, int y, int z) {
  return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z;
}

int main(void) {
  long f = fib(30);
  int t = tak(18, 12, 6);
  printf("fib %ld tak %d\n", f, t);
  return 0;
}
