/* The ABI test harness: always built by the reference compiler (gcc), linked with one batch's
 * caller.o, callee.o and cases.o. It runs every case (or the ones named on the command line)
 * in its own child process, so a crash or a hang in one case does not hide the others, and
 * prints one line per case: "RESULT <id> pass|fail|crash <detail>".
 * It also provides what the generated code calls: abi_fail, abi_opaque(_d), abi_check_frame and
 * the abi_targets array that pointer arguments point into. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

extern void (*const abi_cases[])(void);
extern const int abi_case_ids[];
extern const int abi_case_count;

long abi_targets[16];
static int failed;

void abi_fail(int case_id) {
  (void)case_id;
  failed = 1;
}

/* Returns its argument; the compiler building the caller cannot see through it. */
__attribute__((noinline)) long abi_opaque(long value) {
  return value;
}

/* The same for a double: the caller's double sentinels live across calls in xmm registers,
 * which every call clobbers, so they must be spilled (psABI 3.2.1). */
__attribute__((noinline)) double abi_opaque_d(double value) {
  return value;
}

/* Called on entry of gcc-built callees with their frame address: after `push %rbp` the frame
 * is 16-byte aligned exactly when %rsp was at the call instruction (psABI 3.2.2). */
void abi_check_frame(int case_id, void* frame) {
  if ((unsigned long)frame % 16 != 0) {
    failed = 1;
    printf("case %d callee: stack not 16-byte aligned at the call (frame %p)\n", case_id, frame);
  }
}

static int run_one(int index) {
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    exit(2);
  }
  if (pid == 0) {
    alarm(10);
    abi_cases[index]();
    fflush(stdout);
    _exit(failed ? 1 : 0);
  }
  int status;
  waitpid(pid, &status, 0);
  int id = abi_case_ids[index];
  if (WIFSIGNALED(status)) {
    printf("RESULT %d crash signal %d\n", id, WTERMSIG(status));
    return 1;
  }
  int code = WEXITSTATUS(status);
  printf("RESULT %d %s\n", id, code == 0 ? "pass" : "fail");
  return code != 0;
}

int main(int argc, char** argv) {
  int failures = 0;
  for (int i = 0; i < abi_case_count; i++) {
    int wanted = argc == 1;
    for (int a = 1; a < argc; a++)
      if (atoi(argv[a]) == abi_case_ids[i]) wanted = 1;
    if (wanted) failures += run_one(i);
  }
  printf("DONE %d failures\n", failures);
  return failures != 0;
}
