// Pointer arithmetic scaled by the pointee size, pointer difference (ptrdiff_t, in elements),
// comparison, pointers to pointers, void * round trips, & and * (C11 6.5.6, 6.5.8, 6.5.3.2).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static void swap(int* a, int* b) {
  int t = *a;
  *a = *b;
  *b = t;
}

static void set_through(int** pp, int* target) {
  *pp = target;
}

static long sum(const long* begin, const long* end) {
  long s = 0;
  while (begin != end) s += *begin++;
  return s;
}

static char* find(char* s, char c) {
  for (; *s; s++)
    if (*s == c) return s;
  return 0;
}

int main(void) {
  int a[10];
  for (int i = 0; i < 10; i++) a[i] = i * i;
  int* p = a;
  int* q = a + 9;
  printf("%d %d %d %d\n", *p, *q, *(p + 3), *(q - 2));
  printf("%ld %ld %ld\n", (long)(q - p), (long)(p - q), (long)(&a[7] - &a[2]));
  printf("%d %d %d\n", p[4], 4 [p], *(4 + p));
  int* mid = &a[5];
  printf("%d %d %d\n", mid[-1], mid[-5], *(mid - 3));
  long i = 2;
  unsigned char k = 3;
  short neg = -2;
  printf("%d %d %d\n", *(p + i), *(p + k), *(mid + neg));
  p += 4;
  p -= 1;
  printf("%d\n", *p);

  // Different element sizes.
  char c[8] = "abcdefg";
  short s[4] = {100, 200, 300, 400};
  long l[4] = {1000000000000L, 2, 3, 4};
  char* cp = c;
  short* sp = s;
  long* lp = l;
  printf("%c %d %ld\n", *(cp + 6), *(sp + 3), *(lp + 0));
  printf("%ld %ld %ld\n", (long)((char*)(sp + 1) - (char*)sp), (long)((char*)(lp + 3) - (char*)lp),
         (long)(cp + 5 - cp));

  // Comparisons.
  int *x = &a[2], *y = &a[6];
  printf("%d %d %d %d %d %d\n", x<y, x> y, x <= x, y >= x, x == y, x != y);
  int* null = 0;
  printf("%d %d %d\n", null == 0, !null, x != 0);
  if (null) printf("bad\n");
  if (x) printf("nonnull\n");

  // Pointers to pointers.
  int v1 = 1, v2 = 2;
  int* pv = &v1;
  int** ppv = &pv;
  int*** pppv = &ppv;
  printf("%d ", ***pppv);
  set_through(ppv, &v2);
  printf("%d %d\n", *pv, **ppv);
  **ppv = 20;
  printf("%d\n", v2);
  swap(&v1, &v2);
  printf("%d %d\n", v1, v2);

  // & and * cancel.
  printf("%d %d\n", *&v1, &*pv == pv);

  // void * round trips.
  void* vp = a;
  int* back = vp;
  printf("%d %d\n", back[3], (char*)vp + 4 == (char*)&a[1]);

  // Byte view of an int (little endian).
  unsigned int word = 0x11223344u;
  unsigned char* bytes = (unsigned char*)&word;
  printf("%x %x %x %x\n", bytes[0], bytes[1], bytes[2], bytes[3]);
  bytes[3] = 0xab;
  printf("%x\n", word);

  // Pointer loops.
  long arr[5] = {1, 2, 3, 4, 5};
  printf("%ld %ld\n", sum(arr, arr + 5), sum(arr + 1, arr + 3));
  char text[] = "hello world";
  char* w = find(text, 'w');
  printf("%s %ld %d\n", w, (long)(w - text), find(text, 'z') == 0);

  // Arrays of pointers and pointer into a 2-D array.
  int m[3][4];
  for (int r = 0; r < 3; r++)
    for (int col = 0; col < 4; col++) m[r][col] = r * 10 + col;
  int* flat = &m[0][0];
  printf("%d %d %d\n", flat[5], *(flat + 11), *(*(m + 2) + 1));
  int* rows[3] = {m[2], m[0], m[1]};
  printf("%d %d\n", rows[0][3], *rows[2]);
  return 0;
}
