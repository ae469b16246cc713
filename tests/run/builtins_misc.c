// gcc's __builtin_expect, __builtin_unreachable, __builtin_trap, __builtin_constant_p,
// inf/huge_val/nan, and library built-ins (called as the library function).
// RUN: %cc -w %s -o %t.gcc -lm && %t.gcc > %t.expected
// RUN: %minicc %s -o %t -lm && %t > %t.out
// RUN: diff %t.expected %t.out
// RUN: %minicc -O2 %s -o %t.O2 -lm && %t.O2 > %t.out.O2
// RUN: diff %t.expected %t.out.O2
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static int g;
static int counter;
static int bump(void) { return ++counter; }

static int sign(int x) {
  if (__builtin_expect(x > 0, 1)) return 1;
  if (x < 0) return -1;
  if (x == 0) return 0;
  __builtin_unreachable();
}

static int pick(int k) {
  switch (k) {
  case 0: return 10;
  case 1: return 20;
  default: __builtin_unreachable();
  }
}

// The child dies of SIGILL (ud2), like gcc's trap.
static void trapInChild(void) {
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    __builtin_trap();
  }
  int status = 0;
  waitpid(pid, &status, 0);
  printf("trap: signaled %d sig %d\n", WIFSIGNALED(status), WTERMSIG(status));
}

static const int isConst = __builtin_constant_p(3 * 4);
static char sized[__builtin_constant_p(1) ? 4 : 1];
static double inf = __builtin_inf();
static float inff = __builtin_huge_valf();

int main(void) {
  int x = 5;
  const int c = 4;
  long e = __builtin_expect(bump() + 41, 0);
  printf("expect %ld %d\n", e, counter);
  printf("sign %d %d %d pick %d %d\n", sign(7), sign(-2), sign(0), pick(0), pick(1));
  printf("constant_p %d %d %d %d %d %d %d %d\n", __builtin_constant_p(3), __builtin_constant_p(x),
         __builtin_constant_p(1.5), __builtin_constant_p("abc"), __builtin_constant_p(&g),
         __builtin_constant_p(c), __builtin_constant_p(x++), x);
  printf("constant_p %d %d %d %zu\n", __builtin_constant_p((void *)0),
         __builtin_constant_p(sizeof x), isConst, sizeof sized);
  printf("inf %g %g %g %Lg %g\n", inf, (double)inff, __builtin_huge_val(), __builtin_infl(),
         -__builtin_inff());
  double n = __builtin_nan("");
  float nf = __builtin_nanf("");
  long double nl = __builtin_nanl("");
  printf("nan %d %d %d\n", n != n, nf != nf, nl != nl);
  char buf[32];
  __builtin_memset(buf, 'x', sizeof buf);
  __builtin_strcpy(buf, "hello");
  __builtin_memcpy(buf + 5, " world", 7);
  __builtin_memmove(buf + 1, buf, 4);
  printf("%s %zu %d %d\n", buf, __builtin_strlen(buf), __builtin_strcmp(buf, "hhell") > 0,
         __builtin_memcmp(buf, "hh", 2));
  char dst[8];
  __builtin_strncpy(dst, "abcdefgh", 4);
  dst[4] = 0;
  __builtin_puts(dst);
  __builtin_putchar('!');
  __builtin_putchar('\n');
  __builtin_printf("%d %ld %lld %g %g %g\n", __builtin_abs(-3), __builtin_labs(-4L),
                   __builtin_llabs(-5LL), __builtin_fabs(-1.5), (double)__builtin_fabsf(-2.5f),
                   __builtin_sqrt(2.0));
  printf("%Lg\n", __builtin_fabsl(-7.25L));
  int* p = __builtin_malloc(4 * sizeof(int));
  int* q = __builtin_calloc(4, sizeof(int));
  p[0] = 1;
  printf("%d %d\n", p[0], q[3]);
  __builtin_free(p);
  __builtin_free(q);
  trapInChild();
  fflush(stdout);
  if (counter > 100) __builtin_abort();
  __builtin_exit(0);
}
