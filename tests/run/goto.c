// goto and labels (C11 6.8.6.1): forward and backward jumps, leaving nested loops, loops
// built from goto, labels on empty statements, several labels on one statement.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int backward_loop(int n) {
  int sum = 0, i = 0;
again:
  if (i >= n) goto done;
  sum += i;
  i++;
  goto again;
done:
  return sum;
}

static int find_pair(int target, int* out_i, int* out_j) {
  for (int i = 0; i < 10; i++)
    for (int j = 0; j < 10; j++)
      for (int k = 0; k < 10; k++)
        if (i * 100 + j * 10 + k == target) {
          *out_i = i;
          *out_j = j * 10 + k;
          goto found;
        }
  return 0;
found:
  return 1;
}

static int cleanup_chain(int fail_at) {
  int acquired = 0;
  if (fail_at == 1) goto fail1;
  acquired |= 1;
  if (fail_at == 2) goto fail2;
  acquired |= 2;
  if (fail_at == 3) goto fail3;
  acquired |= 4;
  return acquired;
fail3:
  acquired &= ~2;
fail2:
  acquired &= ~1;
fail1:
  return -100 - acquired;
}

static int state_machine(const char* s) {
  int count = 0;
start:
  if (*s == 0) goto end;
  if (*s == 'a') goto in_a;
  s++;
  goto start;
in_a:
  s++;
  if (*s == 'b') {
    count++;
    s++;
  }
  goto start;
end:
  return count;
}

static int many_labels(int v) {
  int r = 0;
  if (v == 1) goto one;
  if (v == 2) goto two;
  goto three;
one:
two:
  r += 1;
three:;
  r += 10;
  return r;
}

static int forward_over_block(int v) {
  int r = 1;
  if (v) goto skip;
  {
    int x = 5;
    r = x * 2;
  }
skip:
  return r;
}

int main(void) {
  printf("%d %d\n", backward_loop(10), backward_loop(0));
  int i = -1, j = -1;
  printf("%d ", find_pair(357, &i, &j));
  printf("%d %d ", i, j);
  printf("%d\n", find_pair(1000, &i, &j));
  for (int f = 0; f <= 3; f++) printf("%d ", cleanup_chain(f));
  printf("\n");
  printf("%d %d\n", state_machine("ab ab aab xa b abab"), state_machine(""));
  printf("%d %d %d\n", many_labels(1), many_labels(2), many_labels(3));
  printf("%d %d\n", forward_over_block(0), forward_over_block(1));
  // goto out of a while loop in main, and back into the loop region.
  int n = 0;
loop:
  while (1) {
    n++;
    if (n % 3 == 0) goto out;
  }
out:
  if (n < 9) goto loop;
  printf("%d\n", n);
  return 0;
}
