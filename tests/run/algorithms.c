// Small whole programs mixing every construct: a sieve, integer matrix multiply, string
// routines on char arrays, a binary search, insertion sort, a checksum, and number formatting.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static char composite[10001];
static int primes_up_to(int n) {
  int count = 0;
  for (int i = 2; i <= n; i++) {
    if (composite[i]) continue;
    count++;
    for (int j = i * i; j <= n; j += i) composite[j] = 1;
  }
  return count;
}

#define N 12
static long A[N][N], B[N][N], C[N][N];
static void matmul(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      long s = 0;
      for (int k = 0; k < N; k++) s += A[i][k] * B[k][j];
      C[i][j] = s;
    }
}

static int str_len(const char* s) {
  const char* p = s;
  while (*p) p++;
  return p - s;
}
static void str_reverse(char* s) {
  for (int i = 0, j = str_len(s) - 1; i < j; i++, j--) {
    char t = s[i];
    s[i] = s[j];
    s[j] = t;
  }
}
static int str_cmp(const char* a, const char* b) {
  while (*a && *a == *b) a++, b++;
  return (unsigned char)*a - (unsigned char)*b;
}
static char* format_long(long v, char* buf) {
  char* p = buf;
  unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
  do *p++ = '0' + u % 10;
  while (u /= 10);
  if (v < 0) *p++ = '-';
  *p = 0;
  str_reverse(buf);
  return buf;
}
static int binary_search(const int* v, int n, int key) {
  int lo = 0, hi = n - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2;
    if (v[mid] == key) return mid;
    if (v[mid] < key)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return -1;
}
static void insertion_sort(int* v, int n) {
  for (int i = 1; i < n; i++) {
    int key = v[i], j = i - 1;
    while (j >= 0 && v[j] > key) {
      v[j + 1] = v[j];
      j--;
    }
    v[j + 1] = key;
  }
}
static unsigned fnv1a(const char* s) {
  unsigned h = 2166136261u;
  while (*s) {
    h ^= (unsigned char)*s++;
    h *= 16777619u;
  }
  return h;
}

int main(void) {
  printf("primes %d %d\n", primes_up_to(10000), composite[9973]);
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      A[i][j] = i * N + j - 50;
      B[i][j] = (i ^ j) - 3;
    }
  matmul();
  long trace = 0;
  for (int i = 0; i < N; i++) trace += C[i][i] * (i + 1);
  printf("matmul %ld %ld %ld\n", trace, C[0][N - 1], C[N - 1][0]);
  char s[] = "minicc compiles C";
  str_reverse(s);
  printf("%s %d %d %d\n", s, str_len(s), str_cmp("abc", "abd") < 0, str_cmp("same", "same"));
  char buf[32];
  long samples[] = {0, 7, -7, 1234567890123L, -9223372036854775807L - 1, 9223372036854775807L};
  for (int i = 0; i < 6; i++) printf("%s ", format_long(samples[i], buf));
  printf("\n");
  int v[50];
  for (int i = 0; i < 50; i++) v[i] = (i * 37 + 11) % 101;
  insertion_sort(v, 50);
  printf("%d %d %d %d\n", v[0], v[49], binary_search(v, 50, v[17]), binary_search(v, 50, 1000));
  printf("%u %u\n", fnv1a("hello"), fnv1a(""));
  return 0;
}
