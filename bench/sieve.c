// Benchmark: sieve of Eratosthenes (byte array stores, nested loops with strides).
int printf(const char*, ...);

#define LIMIT 2000000
static char composite[LIMIT + 1];

int main(void) {
  int count = 0;
  long sum = 0;
  for (int round = 0; round < 3; round++) {
    for (int i = 0; i <= LIMIT; i++) composite[i] = 0;
    count = 0;
    sum = 0;
    for (long i = 2; i <= LIMIT; i++) {
      if (composite[i]) continue;
      count++;
      sum += i;
      for (long j = i * i; j <= LIMIT; j += i) composite[j] = 1;
    }
  }
  printf("sieve %d %ld\n", count, sum);
  return 0;
}
