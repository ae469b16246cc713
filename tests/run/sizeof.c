// sizeof on every type and on expressions (C11 6.5.3.4): the operand is not evaluated, arrays
// do not decay, the result has type unsigned long (size_t).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int side_effects;
static int bump(void) {
  return ++side_effects;
}

int main(void) {
  printf("%lu %lu %lu %lu %lu %lu\n", sizeof(char), sizeof(signed char), sizeof(unsigned char),
         sizeof(short), sizeof(unsigned short), sizeof(_Bool));
  printf("%lu %lu %lu %lu %lu %lu\n", sizeof(int), sizeof(unsigned), sizeof(long),
         sizeof(unsigned long), sizeof(long long), sizeof(unsigned long long));
  printf("%lu %lu %lu %lu\n", sizeof(void*), sizeof(char*), sizeof(int**), sizeof(int (*)(int)));
  int a[7];
  long m[3][5];
  char s[] = "twelve chars";
  printf("%lu %lu %lu %lu %lu\n", sizeof a, sizeof a[0], sizeof m, sizeof m[1], sizeof s);
  printf("%lu %lu %lu\n", sizeof(int[10]), sizeof(char[3][4]), sizeof(long* [2]));
  int* p = a;
  printf("%lu %lu %lu\n", sizeof p, sizeof *p, sizeof &a);
  // Operand types of expressions.
  char c = 1;
  short sh = 1;
  printf("%lu %lu %lu %lu %lu\n", sizeof c, sizeof(c + c), sizeof(c + 1L), sizeof(sh * sh),
         sizeof(-c));
  printf("%lu %lu %lu %lu\n", sizeof 'a', sizeof "abc", sizeof(1 == 1), sizeof(1u + 1));
  printf("%lu %lu %lu\n", sizeof(c = 1000), sizeof(p - p), sizeof(a[0] < a[1]));
  // Not evaluated.
  int i = 5;
  unsigned long n = sizeof(i++) + sizeof(bump()) + sizeof(a[i++]);
  printf("%lu %d %d\n", n, i, side_effects);
  // The result is unsigned.
  printf("%d %d\n", sizeof(int) - 5 > 0, -1 < sizeof(int));
  // sizeof in constant contexts.
  char buffer[sizeof(long) * 3];
  static int table[sizeof(short) + sizeof(int)];
  printf("%lu %lu\n", sizeof buffer, sizeof table / sizeof table[0]);
  return 0;
}
