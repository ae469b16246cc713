// Recursion: fib, Ackermann, mutual recursion through forward declarations, deep recursion,
// recursion with values live across the recursive calls.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int is_odd(unsigned n);
static int is_even(unsigned n) {
  return n == 0 ? 1 : is_odd(n - 1);
}
static int is_odd(unsigned n) {
  return n == 0 ? 0 : is_even(n - 1);
}

static long fib(int n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static int ackermann(int m, int n) {
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

static unsigned long factorial(unsigned n) {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

static int gcd(int a, int b) {
  return b == 0 ? a : gcd(b, a % b);
}

static long hanoi(int n, int from, int to, int via) {
  if (n == 0) return 0;
  return hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from);
}

static int depth(int n) {
  return n == 0 ? 0 : 1 + depth(n - 1);
}

static long sum_array(const long* a, int n) {
  return n == 0 ? 0 : a[0] + sum_array(a + 1, n - 1);
}

// Many values live across the recursive calls.
static long mix(int n, long a, long b, long c) {
  if (n <= 0) return a ^ b ^ c;
  long x = a * 3 + 1, y = b - 7, z = c ^ 0x5555;
  long r1 = mix(n - 1, y, z, x);
  long r2 = mix(n - 2, z, x, y);
  return x + y * 2 + z * 3 + r1 - r2;
}

static int count_partitions(int n, int max) {
  if (n == 0) return 1;
  if (n < 0 || max == 0) return 0;
  return count_partitions(n - max, max) + count_partitions(n, max - 1);
}

static void print_binary(unsigned v) {
  if (v > 1) print_binary(v >> 1);
  printf("%u", v & 1);
}

static char reverse_buf[32];
static int reverse_into(const char* s, int pos) {
  if (*s == 0) return pos;
  int end = reverse_into(s + 1, pos);
  reverse_buf[end] = *s;
  return end + 1;
}

int main(void) {
  for (int i = 0; i <= 25; i += 5) printf("fib(%d)=%ld ", i, fib(i));
  printf("\n");
  printf("%d %d %d %d\n", ackermann(0, 0), ackermann(1, 5), ackermann(2, 3), ackermann(3, 4));
  printf("%d %d %d %d\n", is_even(10), is_odd(10), is_even(7777), is_odd(7777));
  printf("%lu %lu\n", factorial(10), factorial(20));
  printf("%d %d %d\n", gcd(1071, 462), gcd(17, 5), gcd(0, 9));
  printf("%ld\n", hanoi(16, 1, 3, 2));
  printf("%d\n", depth(50000));
  long arr[10] = {1, -2, 3, -4, 5, -6, 7, -8, 9, -10};
  printf("%ld\n", sum_array(arr, 10));
  printf("%ld\n", mix(12, 1, 2, 3));
  printf("%d %d\n", count_partitions(30, 30), count_partitions(5, 2));
  print_binary(1234567);
  printf("\n");
  int n = reverse_into("recursion", 0);
  reverse_buf[n] = 0;
  printf("%s\n", reverse_buf);
  return 0;
}
