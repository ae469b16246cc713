// while, do-while and for loops: break and continue in each (continue in do-while jumps to
// the condition, C11 6.8.6.2), declarations in for, empty parts, nested loops, loops that run
// zero times, conditions with side effects.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

int main(void) {
  int i = 0;
  while (i < 5) printf("w%d ", i++);
  printf("\n");
  i = 10;
  while (i < 5) printf("never ");
  do printf("d%d ", i);
  while (i < 5);
  printf("\n");
  i = 0;
  do {
    i++;
    if (i == 2) continue; // goes to the condition
    if (i == 6) break;
    printf("dc%d ", i);
  } while (i < 8);
  printf("| %d\n", i);
  for (int k = 0; k < 10; k++) {
    if (k % 2) continue;
    if (k > 6) break;
    printf("f%d ", k);
  }
  printf("\n");
  int k = 100;
  for (k = 0; k < 3; k++)
    ;
  printf("after empty body %d\n", k);
  int n = 0;
  for (;;) {
    if (++n == 7) break;
  }
  printf("infinite-for %d\n", n);
  n = 0;
  while (1) {
    n += 3;
    if (n > 20)
      break;
    else
      continue;
    printf("unreachable\n");
  }
  printf("while1 %d\n", n);
  // Nested loops: break/continue affect only the innermost.
  int pairs = 0;
  for (int a = 0; a < 6; a++) {
    for (int b = 0; b < 6; b++) {
      if (b > a) break;
      if ((a + b) % 2) continue;
      pairs++;
    }
  }
  printf("pairs %d\n", pairs);
  // Loop variables of every width, counting down, unsigned wrap exits.
  unsigned char uc = 0;
  int iters = 0;
  do iters++;
  while (++uc != 0);
  printf("uchar iterations %d\n", iters);
  unsigned u = 5;
  iters = 0;
  for (; u < 10; u--) iters++;
  printf("unsigned down %d %u\n", iters, u);
  long big = 0;
  for (long l = 0x100000000L; l < 0x100000000L + 5; l++) big += l;
  printf("long %ld\n", big);
  signed char sc;
  iters = 0;
  for (sc = 120; sc > 0; sc += 3) iters++;
  printf("schar %d %d\n", iters, sc);
  // Condition with side effects is evaluated every iteration, including the last.
  int evals = 0, m = 0;
  while (evals++, m < 4) m++;
  printf("evals %d\n", evals);
  // Multiple for declarations and comma step.
  for (int a = 0, b = 10; a < b; a++, b--) printf("(%d %d)", a, b);
  printf("\n");
  // Deep nesting with an accumulator.
  long acc = 0;
  for (int a = 0; a < 4; a++)
    for (int b = 0; b < 4; b++)
      for (int c = 0; c < 4; c++)
        for (int d = 0; d < 4; d++) acc = (acc * 3 + (a ^ b ^ c ^ d)) % 1000000007L;
  printf("acc %ld\n", acc % 1000000007L);
  // Collatz lengths: data-dependent trip counts.
  long total = 0;
  for (long start = 1; start < 3000; start++) {
    long x = start;
    int steps = 0;
    while (x != 1) {
      x = x % 2 ? 3 * x + 1 : x / 2;
      steps++;
    }
    total += steps;
  }
  printf("collatz %ld\n", total);
  return 0;
}
