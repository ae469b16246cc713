// Addresses of parameters (register- and stack-passed) and locals, large local arrays, locals
// whose address escapes to other functions, and recursion that passes stack arguments — the
// frame layout must keep every object distinct, aligned and alive for its whole scope.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);
int sprintf(char*, const char*, ...);

static void add_to(long* p, long v) {
  *p += v;
}
static void set_char(char* p, char v) {
  *p = v;
}

static long param_addresses(char a, short b, int c, long d, unsigned char e, unsigned short f,
                            int g, long h, char i) {
  // g, h and i arrive on the stack; a..f in registers.
  char* pa = &a;
  short* pb = &b;
  long* pd = &d;
  int* pg = &g;
  long* ph = &h;
  *pa += 1;
  *pb *= 2;
  add_to(pd, 100);
  *pg -= 5;
  add_to(ph, *pg);
  set_char(&i, 'Z');
  unsigned char* pe = &e;
  unsigned short* pf = &f;
  (*pe)++;
  (*pf)--;
  return a + b + c + d + e + f + g + h + i;
}

static long big_frame(int n) {
  long table[5000];
  char text[3001];
  for (int k = 0; k < 5000; k++) table[k] = k * (long)n;
  for (int k = 0; k < 3000; k++) text[k] = 'a' + k % 26;
  text[3000] = 0;
  long s = 0;
  for (int k = 0; k < 5000; k += 7) s += table[k];
  return s + text[2999] + text[0];
}

static int stack_args_recursive(int depth, long a, long b, long c, long d, long e, long f, long g,
                                long h) {
  if (depth == 0) return (int)(a + b + c + d + e + f + g + h);
  long local = g * 2 - h;
  long* escape = &local;
  int r = stack_args_recursive(depth - 1, b, c, d, e, f, g, h, a + 1);
  return r + (int)(*escape % 1000);
}

static int count_distinct(void** ptrs, int n) {
  int distinct = 0;
  for (int i = 0; i < n; i++) {
    int seen = 0;
    for (int j = 0; j < i; j++)
      if (ptrs[i] == ptrs[j]) seen = 1;
    distinct += !seen;
  }
  return distinct;
}

static int aligned(void* p, unsigned long a) {
  return (unsigned long)p % a == 0;
}

int main(void) {
  printf("%ld\n", param_addresses(1, 2, 3, 4, 255, 0, 7, 8, 9));
  printf("%ld %ld\n", big_frame(3), big_frame(-2));
  printf("%d\n", stack_args_recursive(20, 1, 2, 3, 4, 5, 6, 7, 8));
  // Distinct objects have distinct addresses, with their types' alignment.
  char c1, c2;
  short s1;
  int i1;
  long l1, l2;
  char buf[13];
  long arr[3];
  void* ptrs[] = {&c1, &c2, &s1, &i1, &l1, &l2, buf, arr, &arr[1]};
  printf("%d %d %d %d %d\n", count_distinct(ptrs, 9), aligned(&s1, 2), aligned(&i1, 4),
         aligned(&l1, 8), aligned(arr, 8));
  // Locals written by a gcc-built function through their addresses.
  char out[64];
  int n = sprintf(out, "%d-%ld", 42, 0x100000000L);
  printf("%s %d\n", out, n);
  // A local whose address is taken inside a loop body.
  long acc = 0;
  for (int k = 0; k < 5; k++) {
    long cell = k * 11;
    add_to(&cell, 1);
    acc += cell;
  }
  printf("%ld\n", acc);
  return 0;
}
