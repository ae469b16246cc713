// <signal.h> from glibc: signal() handlers run by raise(), sig_atomic_t, SIG_IGN/SIG_DFL,
// sigaction with a sigset_t mask, sigprocmask blocking a signal until it is unblocked
// (C11 7.14 and POSIX).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <signal.h>
#include <stdio.h>
#include <string.h>

static volatile sig_atomic_t received;
static volatile sig_atomic_t last_signal;

static void handler(int sig) {
  received++;
  last_signal = sig;
}

static void action_handler(int sig, siginfo_t *info, void *context) {
  (void)context;
  received += 10;
  last_signal = sig + (info->si_signo == sig ? 1000 : 0);
}

int main(void) {
  void (*previous)(int) = signal(SIGUSR1, handler);
  printf("previous default %d\n", previous == SIG_DFL);
  raise(SIGUSR1);
  raise(SIGUSR1);
  printf("signal %d %d\n", (int)received, last_signal == SIGUSR1);
  signal(SIGUSR2, SIG_IGN);
  raise(SIGUSR2);
  printf("ignored %d\n", (int)received);

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = action_handler;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  printf("sigaction %d\n", sigaction(SIGUSR2, &sa, 0));
  raise(SIGUSR2);
  printf("after %d %d\n", (int)received, last_signal == SIGUSR2 + 1000);

  sigset_t set, old;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  printf("member %d %d\n", sigismember(&set, SIGUSR1), sigismember(&set, SIGUSR2));
  sigprocmask(SIG_BLOCK, &set, &old);
  raise(SIGUSR1);
  printf("blocked %d\n", (int)received);
  sigprocmask(SIG_SETMASK, &old, 0);
  printf("unblocked %d\n", (int)received);
  printf("sizes %zu\n", sizeof(sig_atomic_t));
  return 0;
}
