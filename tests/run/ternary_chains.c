// Conditional expressions producing values of mixed widths and pointers, nested and chained,
// used as operands, arguments, array indexes and return values (C11 6.5.15).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int sign(long v) {
  return v < 0 ? -1 : v > 0 ? 1 : 0;
}
static unsigned long clamp(long v, long lo, long hi) {
  return v < lo ? lo : v > hi ? hi : v;
}
static const char* name(int k) {
  return k == 0 ? "zero" : k == 1 ? "one" : k == 2 ? "two" : "many";
}
static int* choose(int* a, int* b, int which) {
  return which ? a : which == 0 ? b : 0;
}
static long mixed(int c, char ch, unsigned short us, long l) {
  return c ? ch : c > 5 ? us : l;
}
static int max3(int a, int b, int c) {
  return a > b ? (a > c ? a : c) : (b > c ? b : c);
}

int main(void) {
  long vals[] = {-5, 0, 7, -0x100000000L, 0x7fffffffffffffffL};
  for (int i = 0; i < 5; i++)
    printf("%d %lu %s\n", sign(vals[i]), clamp(vals[i], -3, 100), name(i));
  int x = 1, y = 2;
  printf("%d %d\n", *choose(&x, &y, 1), *choose(&x, &y, 0));
  printf("%ld %ld %ld\n", mixed(1, -5, 65535, 9), mixed(0, -5, 65535, 9), mixed(0, 'a', 1, -9));
  printf("%d %d %d %d\n", max3(1, 2, 3), max3(3, 2, 1), max3(2, 3, 1), max3(-1, -1, -2));
  int arr[4] = {10, 20, 30, 40};
  for (int i = 0; i < 6; i++) printf("%d ", arr[i < 4 ? i : 3]);
  printf("\n");
  unsigned u = 5;
  int neg = -1;
  // The common type of int and unsigned is unsigned: -1 becomes 4294967295.
  printf("%u %ld\n", u ? neg : u, (long)(u ? neg : u));
  long l = 0;
  for (int i = 0; i < 10; i++)
    l += i % 3 == 0 ? i * 100L : i % 3 == 1 ? -i : (unsigned char)(i * 50);
  printf("%ld\n", l);
  printf("%d\n", (x > y ? x : y) + (x < y ? x : y) * 10);
  return 0;
}
