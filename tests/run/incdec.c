// Prefix and postfix ++ and -- on every integer width (wrapping on the store back) and on
// pointers (stepping by the pointee size); the value of the expression (C11 6.5.2.4, 6.5.3.1).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

#define STEP(T, FMT, init)                                                                         \
  do {                                                                                             \
    T v = init;                                                                                    \
    T r;                                                                                           \
    r = v++;                                                                                       \
    printf(#T " " FMT " " FMT, r, v);                                                              \
    r = ++v;                                                                                       \
    printf(" " FMT " " FMT, r, v);                                                                 \
    r = v--;                                                                                       \
    printf(" " FMT " " FMT, r, v);                                                                 \
    r = --v;                                                                                       \
    printf(" " FMT " " FMT "\n", r, v);                                                            \
  } while (0)

int main(void) {
  STEP(char, "%d", 126);
  STEP(char, "%d", -127);
  STEP(signed char, "%d", 127);
  STEP(unsigned char, "%d", 254);
  STEP(unsigned char, "%d", 0);
  STEP(short, "%d", 32766);
  STEP(short, "%d", -32767);
  STEP(unsigned short, "%d", 65534);
  STEP(unsigned short, "%d", 1);
  STEP(int, "%d", 2147483645);
  STEP(int, "%d", -2147483647);
  STEP(unsigned, "%u", 4294967294u);
  STEP(unsigned, "%u", 0u);
  STEP(long, "%ld", 0x7ffffffffffffffdL);
  STEP(long, "%ld", 0xffffffffL);
  STEP(unsigned long, "%lu", 0xfffffffffffffffeul);
  STEP(unsigned long, "%lu", 0ul);
  STEP(long long, "%lld", -1LL);
  STEP(unsigned long long, "%llu", 0xffffffffULL);

  // Wrap by repeated increments.
  unsigned char uc = 250;
  for (int i = 0; i < 10; i++) uc++;
  signed char sc = -120;
  for (int i = 0; i < 10; i++) sc--;
  unsigned short us = 0;
  us--;
  printf("%d %d %d\n", uc, sc, us);

  // Pointers step by the size of what they point to.
  long arr[6] = {10, 20, 30, 40, 50, 60};
  long* p = arr;
  printf("%ld ", *p++);
  printf("%ld ", *p);
  printf("%ld ", *++p);
  printf("%ld ", *p--);
  printf("%ld ", *--p);
  printf("%d\n", (int)(p - arr));
  char str[] = "abcdef";
  char* cp = str + 5;
  while (cp > str) printf("%c", *cp--);
  printf("%c\n", *cp);
  short sa[4] = {1, 2, 3, 4};
  short* sp = &sa[3];
  --sp;
  sp--;
  printf("%d %d\n", *sp, (int)(sp - sa));
  int* ptrs[3];
  int x0 = 7, x1 = 8, x2 = 9;
  ptrs[0] = &x0;
  ptrs[1] = &x1;
  ptrs[2] = &x2;
  int** pp = ptrs;
  pp++;
  printf("%d ", **pp);
  ++pp;
  printf("%d\n", **pp);
  // Increment through pointers and array elements.
  int v[3] = {5, 6, 7};
  int* vp = v;
  (*vp)++;
  ++*vp;
  v[1]--;
  --v[2];
  ++vp[2];
  printf("%d %d %d\n", v[0], v[1], v[2]);
  // Postfix value used in conditions.
  int n = 3, count = 0;
  while (n--) count++;
  printf("%d %d\n", n, count);
  n = 3;
  count = 0;
  while (--n) count++;
  printf("%d %d\n", n, count);
  // _Bool: ++ sets it to 1; -- toggles (C11 6.5.2.4p2 via b = b + 1).
  _Bool b = 0;
  b++;
  printf("%d ", b);
  b++;
  printf("%d ", b);
  b--;
  printf("%d ", b);
  b--;
  printf("%d\n", b);
  return 0;
}
