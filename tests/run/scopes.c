// Block scopes and shadowing (C11 6.2.1): inner declarations hide outer ones until the end of
// their block; for-loop declarations are scoped to the loop; globals hidden by locals.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

int x = 1;
static long shadowed_global = 1000;

static int param_shadow(int x) {
  printf("param %d ", x);
  {
    int x = 50;
    printf("inner %d ", x);
    {
      long x = 0x100000000L;
      printf("inner2 %ld ", x);
    }
    x++;
    printf("inner %d ", x);
  }
  return x;
}

static int global_x(void) {
  return x;
}

int main(void) {
  printf("global %d\n", x);
  int x = 2;
  printf("local %d %d\n", x, global_x());
  {
    int x = 3;
    printf("block %d\n", x);
    {
      char x = 'c';
      printf("char %c\n", x);
    }
    printf("block again %d\n", x);
    x = 30;
  }
  printf("local again %d\n", x);
  printf("ret %d\n", param_shadow(7));

  for (int x = 0; x < 3; x++) printf("loop %d ", x);
  printf("after loop %d\n", x);
  for (int x = 10; x < 12; x++) {
    int x2 = x * 2;
    {
      int x = x2 + 1;
      printf("[%d]", x);
    }
  }
  printf("\n");

  long shadowed_global = 5;
  {
    extern int x;
    printf("extern inside %d\n", x);
    x = 77;
  }
  printf("%ld %d %d\n", shadowed_global, x, global_x());

  // Same name in sibling blocks refers to different objects.
  int sum = 0;
  {
    int t = 10;
    sum += t;
  }
  {
    int t = 20;
    sum += t;
  }
  printf("sum %d\n", sum);
  // A declaration's scope starts at its declarator: the initializer sees the outer x.
  {
    int y = x * 3;
    int x = y + 1;
    printf("%d %d\n", y, x);
  }
  // Scope ends; the outer variable kept its value across shadowed writes.
  int i = 100;
  for (int i = 0; i < 5; i++) {
    int i2 = i;
    (void)i2;
  }
  while (i > 98) {
    int i = 0;
    i++;
    printf("w%d ", i);
    break;
  }
  printf("%d\n", i);
  return 0;
}
