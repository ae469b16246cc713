// Benchmark: glibc qsort calling a comparator compiled by the compiler under test, plus an
// insertion pass and a binary-search pass written in C.
int printf(const char*, ...);
void qsort(void* base, unsigned long n, unsigned long size, int (*cmp)(const void*, const void*));

#define N 100000
static int values[N];

static int compare(const void* a, const void* b) {
  int x = *(const int*)a, y = *(const int*)b;
  return (x > y) - (x < y);
}

static int lower_bound(const int* v, int n, int key) {
  int lo = 0, hi = n;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (v[mid] < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

int main(void) {
  unsigned seed = 42;
  for (int i = 0; i < N; i++) {
    seed = seed * 1103515245u + 12345u;
    values[i] = (int)(seed >> 4);
  }
  qsort(values, N, sizeof values[0], compare);
  unsigned long checksum = 0;
  for (int i = 0; i < N; i += 97) checksum = checksum * 131 + (unsigned)values[i];
  long found = 0;
  for (int i = 0; i < N; i++) found += lower_bound(values, N, values[(i * 7919) % N]);
  printf("qsort %lu %ld\n", checksum, found);
  return 0;
}
