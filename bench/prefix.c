// Benchmark: prefix sums and a sliding-window maximum over arrays (linear loops, loads and
// stores, comparisons).
int printf(const char*, ...);

#define N 200000
static int data[N];
static long prefix[N + 1];

int main(void) {
  unsigned seed = 1;
  for (int i = 0; i < N; i++) {
    seed = seed * 1664525u + 1013904223u;
    data[i] = (int)(seed >> 8) % 1000 - 500;
  }
  long best = 0;
  for (int round = 0; round < 20; round++) {
    prefix[0] = 0;
    for (int i = 0; i < N; i++) prefix[i + 1] = prefix[i] + data[i] + round;
    int window = 100 + round * 10;
    for (int i = 0; i + window <= N; i += 7) {
      long s = prefix[i + window] - prefix[i];
      if (s > best) best = s;
    }
  }
  printf("prefix %ld %ld\n", best, prefix[N]);
  return 0;
}
