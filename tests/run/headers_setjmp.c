// <setjmp.h> from glibc: setjmp returns 0, then the value longjmp passes (1 for 0) after a
// jump out of nested calls; volatile locals keep values changed after setjmp; sigsetjmp and
// siglongjmp too (C11 7.13).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;
static int depth_reached;

static void dive(int depth, int code) {
  depth_reached = depth;
  if (depth == 5) longjmp(env, code);
  dive(depth + 1, code);
  printf("not reached\n");
}

static int attempt(int code) {
  volatile int tries = 0;
  int result = setjmp(env);
  tries++;
  if (result == 0) dive(0, code);
  return result * 100 + tries;
}

int main(void) {
  int first = attempt(7);
  printf("attempt %d depth %d\n", first, depth_reached);
  printf("attempt %d\n", attempt(0)); // longjmp(env, 0) makes setjmp return 1
  volatile long counter = 0;
  jmp_buf loop;
  if (setjmp(loop) < 3) {
    counter++;
    if (counter < 4) longjmp(loop, (int)counter);
  }
  printf("loop %ld\n", counter);
  sigjmp_buf senv;
  volatile int phase = 0;
  if (sigsetjmp(senv, 1) == 0) {
    phase = 1;
    siglongjmp(senv, 2);
  }
  printf("sigsetjmp phase %d\n", phase);
  return 0;
}
