// glibc's qsort and bsearch calling comparators compiled by minicc (function pointers passed to
// gcc-built code and called back), over ints, longs, strings and unsigned bytes.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);
void qsort(void* base, unsigned long n, unsigned long size, int (*cmp)(const void*, const void*));
void* bsearch(const void* key, const void* base, unsigned long n, unsigned long size,
              int (*cmp)(const void*, const void*));
int strcmp(const char*, const char*);

static int comparisons;

static int cmp_int(const void* a, const void* b) {
  int x = *(const int*)a, y = *(const int*)b;
  comparisons++;
  return (x > y) - (x < y);
}
static int cmp_int_desc(const void* a, const void* b) {
  return cmp_int(b, a);
}
static int cmp_long(const void* a, const void* b) {
  long x = *(const long*)a, y = *(const long*)b;
  return x < y ? -1 : x > y;
}
static int cmp_str(const void* a, const void* b) {
  return strcmp(*(const char* const*)a, *(const char* const*)b);
}
static int cmp_uchar(const void* a, const void* b) {
  return *(const unsigned char*)a - *(const unsigned char*)b;
}
// Sort by last digit, then by value: a comparator with more logic and locals.
static int cmp_last_digit(const void* a, const void* b) {
  int x = *(const int*)a, y = *(const int*)b;
  int dx = (x % 10 + 10) % 10, dy = (y % 10 + 10) % 10;
  if (dx != dy) return dx - dy;
  return cmp_int(a, b);
}

int main(void) {
  int v[20];
  unsigned seed = 12345;
  for (int i = 0; i < 20; i++) {
    seed = seed * 1103515245u + 12345u;
    v[i] = (int)(seed >> 16) % 1000 - 500;
  }
  qsort(v, 20, sizeof v[0], cmp_int);
  for (int i = 0; i < 20; i++) printf("%d ", v[i]);
  printf("| %d\n", comparisons > 0);
  for (int i = 0; i < 20; i++) {
    int key = v[i];
    int* hit = bsearch(&key, v, 20, sizeof v[0], cmp_int);
    if (!hit || *hit != key) printf("bsearch failed for %d\n", key);
  }
  int missing = 501;
  printf("%d\n", bsearch(&missing, v, 20, sizeof v[0], cmp_int) == 0);
  qsort(v, 20, sizeof v[0], cmp_int_desc);
  for (int i = 0; i < 20; i++) printf("%d ", v[i]);
  printf("\n");
  qsort(v, 20, sizeof v[0], cmp_last_digit);
  for (int i = 0; i < 20; i++) printf("%d ", v[i]);
  printf("\n");

  long l[8] = {0x7fffffffffffffffL, -1, 0x100000000L, -0x7fffffffffffffffL - 1, 0, 42, -42, 1};
  qsort(l, 8, sizeof l[0], cmp_long);
  for (int i = 0; i < 8; i++) printf("%ld ", l[i]);
  printf("\n");
  long lkey = 0x100000000L;
  long* lhit = bsearch(&lkey, l, 8, sizeof l[0], cmp_long);
  printf("%ld\n", lhit ? (long)(lhit - l) : -1L);

  const char* words[] = {"pear", "apple", "fig", "banana", "cherry", "apricot", "date", "kiwi"};
  qsort(words, 8, sizeof words[0], cmp_str);
  for (int i = 0; i < 8; i++) printf("%s ", words[i]);
  printf("\n");
  const char* wkey = "date";
  const char** whit = bsearch(&wkey, words, 8, sizeof words[0], cmp_str);
  printf("%s %ld\n", whit ? *whit : "none", whit ? (long)(whit - words) : -1L);

  unsigned char bytes[10] = {200, 3, 255, 0, 128, 127, 1, 254, 64, 100};
  qsort(bytes, 10, 1, cmp_uchar);
  for (int i = 0; i < 10; i++) printf("%d ", bytes[i]);
  printf("\n");
  return 0;
}
