// <assert.h> from glibc: a true assertion does nothing, static_assert is C11's _Static_assert,
// NDEBUG (re-including the header) disables assert, and a false assertion reports the
// expression, file, line and function on stderr and aborts (C11 7.2). The abort is caught
// by a SIGABRT handler so both builds finish and print the same.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected 2> %t.gcc.err
// RUN: %minicc %s -o %t && %t > %t.out 2> %t.err
// RUN: diff %t.expected %t.out
// RUN: grep -F "headers_assert.c:30: " %t.err | grep -F "check_positive" | grep -F "value > 0' failed."
#include <assert.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static_assert(sizeof(int) == 4, "int is 32 bits");

static void on_abort(int sig) {
  printf("caught signal %d\n", sig);
  fflush(stdout);
  _exit(0);
}

static int evaluations;
static int counted(int v) {
  evaluations++;
  return v;
}

static void check_positive(int value) {
  assert(value > 0);
  printf("checked %d\n", value);
}

#define NDEBUG
#include <assert.h>
static void unchecked(void) {
  assert(counted(0)); // disabled: not evaluated
}
#undef NDEBUG
#include <assert.h>

int main(void) {
  signal(SIGABRT, on_abort);
  assert(counted(1));
  unchecked();
  printf("evaluations %d\n", evaluations);
  check_positive(3);
  fflush(stdout);
  check_positive(-1);
  printf("not reached\n");
  return 1;
}
